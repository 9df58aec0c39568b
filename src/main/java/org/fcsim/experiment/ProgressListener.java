package org.fcsim.experiment;

/**
 * Told as replications finish. Called from worker threads, possibly concurrently: an
 * implementation must be thread-safe and quick.
 */
@FunctionalInterface
public interface ProgressListener {
  ProgressListener NONE = (done, total) -> { };

  void replicationDone(int done, int total);
}
