package org.fcsim.policy;

import java.util.Collection;
import org.fcsim.floor.Pod;

/**
 * The pod with the most open units, so each trip serves as many lines as possible (pile-on).
 * Ties go to the pod pending longest. Scans every pending pod: cost grows with the backlog.
 */
public final class MostUnitsPod implements PodPolicy {
  @Override
  public Pod choose(Collection<Pod> pending) {
    Pod best = null;
    for (Pod pod : pending) {
      if (best == null || pod.openUnits() > best.openUnits()) {
        best = pod;
      }
    }
    return best;
  }
}
