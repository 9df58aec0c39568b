package org.fcsim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
    List<Integer> first = levels.stream().map(l -> 0).toList();
    return run(levels, first, levels.stream().map(Scenario::replications).toList(), threads, progress);
  }

  /**
   * Runs replications {@code first[i]} … {@code first[i] + counts[i] - 1} of level i (a level's
   * {@code replications()} is ignored): more replications of levels already run, each the
   * same as it would be in one longer run, since replication r always uses substream r.
   *
   * @param first  per level, the first replication index to run, at least 0
   * @param counts per level, how many replications to run, at least 0
   * @return per level in the given order, its replications in index order (empty if count 0)
   */
  public static List<List<ReplicationResult>> run(
      List<Scenario> levels, List<Integer> first, List<Integer> counts, int threads, ProgressListener progress) {
    return run(levels, first, counts, threads, progress, CellStore.NONE);
  }

  /**
   * As {@link #run(List, List, List, int, ProgressListener)}, taking finished cells from
   * {@code store} instead of running them, and keeping every newly finished cell there.
   */
  public static List<List<ReplicationResult>> run(List<Scenario> levels, List<Integer> first, List<Integer> counts,
      int threads, ProgressListener progress, CellStore store) {
    if (first.size() != levels.size() || counts.size() != levels.size()) {
      throw new IllegalArgumentException(levels.size() + " levels but " + first.size() + " first indices and "
          + counts.size() + " counts");
    }
    int total = counts.stream().mapToInt(Integer::intValue).sum();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, total)), r -> {
      Thread t = new Thread(r, "fcsim-replication");
      t.setDaemon(true);
      return t;
    });
    try {
      AtomicInteger done = new AtomicInteger();
      List<List<Future<ReplicationResult>>> futures = new ArrayList<>();
      for (int i = 0; i < levels.size(); i++) {
        Scenario level = levels.get(i);
        int levelIndex = i;
        List<Future<ReplicationResult>> cells = new ArrayList<>();
        for (int r = first.get(i); r < first.get(i) + counts.get(i); r++) {
          int replication = r;
          cells.add(pool.submit(() -> {
            ReplicationResult result = store.find(levelIndex, replication);
            if (result == null) {
              result = new FloorModel(level, replication).run();
              store.save(levelIndex, replication, result);
            }
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
      awaitWorkers(pool);
    }
  }

  /**
   * Waits for cells still running after a failure to end (a replication cannot be interrupted
   * part-way), so that nothing writes into the cell cache once the run has reported its error.
   */
  private static void awaitWorkers(ExecutorService pool) {
    try {
      pool.awaitTermination(10, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
