package org.fcsim.experiment;

import org.fcsim.stats.ReplicationResult;

/**
 * Where finished (level, replication) cells are kept, so an interrupted experiment can resume.
 * Called from worker threads: implementations must be thread-safe.
 */
public interface CellStore {
  CellStore NONE = new CellStore() {
    @Override
    public ReplicationResult find(int level, int replication) {
      return null;
    }

    @Override
    public void save(int level, int replication, ReplicationResult result) {}
  };

  /** The finished cell, or {@code null} if it has not been kept (or cannot be read back whole). */
  ReplicationResult find(int level, int replication);

  /** Keeps a finished cell; a cell is either kept whole or not at all. */
  void save(int level, int replication, ReplicationResult result);
}
