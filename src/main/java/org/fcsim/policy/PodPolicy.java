package org.fcsim.policy;

import java.util.Collection;
import org.fcsim.floor.Pod;

/**
 * Chooses which pod a free drive unit fetches next, among the pods in storage that hold open
 * order lines. Called when a drive unit is idle and some station can take another pod.
 */
public interface PodPolicy {
  /**
   * @param pending pods with open lines, never empty, in the order they became pending
   *                (the pod whose oldest open line is oldest comes first)
   * @return one of {@code pending}
   */
  Pod choose(Collection<Pod> pending);
}
