package org.fcsim.policy;

import java.util.Collection;
import org.fcsim.floor.Pod;

/** First come, first served: the pod holding the oldest open line. */
public final class OldestLinePod implements PodPolicy {
  @Override
  public Pod choose(Collection<Pod> pending) {
    return pending.iterator().next();
  }
}
