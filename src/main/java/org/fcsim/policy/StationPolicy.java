package org.fcsim.policy;

import java.util.List;
import org.fcsim.floor.PickStation;

/**
 * Chooses the pick station a drive unit carries its pod to. Called once per trip, when the
 * drive unit leaves storage with a pod, at that simulated instant. Implementations may keep
 * state across calls within one replication; one instance serves one replication only.
 */
public interface StationPolicy {
  /**
   * @param stations every pick station, in index order; never empty
   * @return one of {@code stations}
   */
  PickStation choose(List<PickStation> stations);
}
