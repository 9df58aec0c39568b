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
 * Runs every (level, replication) cell of an experiment on one pool of threads, so all
 * cores stay busy across levels rather than idling at the end of each. Cells are submitted
 * level by level, replication by replication, and results are collected in that order, so
 * the outcome is identical whatever the number of threads. Replication r of every level is
 * built from substream r of the same named streams (the level scenarios share their seed):
 * levels are compared with common random numbers.
 */
public final class Experiment {
  private Experiment() {}

  /**
   * Runs all cells.
   *
   * @param levels   one scenario per level, each run for its own {@code replications()}
   * @param progress told after each cell with (cells done, cells in all)
   * @return per level in the given order, its replications 0 … n-1 in order
   */
  public static List<List<ReplicationResult>> run(List<Scenario> levels, int threads, ProgressListener progress) {
    int total = levels.stream().mapToInt(Scenario::replications).sum();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, total)), r -> {
      Thread t = new Thread(r, "fcsim-replication");
      t.setDaemon(true);
      return t;
    });
    try {
      AtomicInteger done = new AtomicInteger();
      List<List<Future<ReplicationResult>>> futures = new ArrayList<>();
      for (Scenario level : levels) {
        List<Future<ReplicationResult>> cells = new ArrayList<>();
        for (int r = 0; r < level.replications(); r++) {
          int replication = r;
          cells.add(pool.submit(() -> {
            ReplicationResult result = new FloorModel(level, replication).run();
            progress.replicationDone(done.incrementAndGet(), total);
            return result;
          }));
        }
        futures.add(cells);
      }
      List<List<ReplicationResult>> results = new ArrayList<>();
      for (List<Future<ReplicationResult>> cells : futures) {
        List<ReplicationResult> level = new ArrayList<>();
        for (Future<ReplicationResult> f : cells) {
          level.add(f.get());
        }
        results.add(List.copyOf(level));
      }
      return List.copyOf(results);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running replications", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    } finally {
      pool.shutdownNow();
    }
  }
}
