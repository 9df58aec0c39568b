package org.fcsim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.fcsim.model.FloorModel;
import org.fcsim.scenario.Scenario;
import org.fcsim.stats.ReplicationResult;

/**
 * Runs a scenario's replications on a pool of threads. Each replication builds its whole model
 * inside its own task and returns plain numbers; results are collected in replication order,
 * so the outcome is identical whatever the number of threads.
 */
public final class Replications {
  private Replications() {}

  /** Replications 0 … {@code scenario.replications()-1}, in that order. */
  public static List<ReplicationResult> run(Scenario scenario, int threads, ProgressListener progress) {
    int total = scenario.replications();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, total)), r -> {
      Thread t = new Thread(r, "fcsim-replication");
      t.setDaemon(true);
      return t;
    });
    try {
      AtomicInteger done = new AtomicInteger();
      List<Future<ReplicationResult>> futures = new ArrayList<>();
      for (int r = 0; r < total; r++) {
        int replication = r;
        futures.add(pool.submit(() -> {
          ReplicationResult result = new FloorModel(scenario, replication).run();
          progress.replicationDone(done.incrementAndGet(), total);
          return result;
        }));
      }
      List<ReplicationResult> results = new ArrayList<>();
      for (Future<ReplicationResult> f : futures) {
        results.add(f.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running replications", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(cause);
    } finally {
      pool.shutdownNow();
    }
  }
}
