package org.fcsim.stats;

import java.util.List;

/** Every replication of one automation level, in replication order: the raw material of reports. */
public record LevelResults(String level, List<ReplicationResult> replications) {
  public LevelResults {
    replications = List.copyOf(replications);
  }
}
