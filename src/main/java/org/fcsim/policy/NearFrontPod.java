package org.fcsim.policy;

import java.util.Collection;
import java.util.Comparator;
import org.fcsim.floor.Pod;
import org.fcsim.scenario.NamedChoice;

/**
 * Among the first {@code window} pending pods (those holding the oldest open lines), the one
 * stored nearest the front edge, where the pick stations stand: the lowest row of its cell.
 * Ties go to the pod pending longest, so {@code window: 1} is {@code oldestLine}. Trades a
 * little line age for shorter trips; looks at no more than {@code window} pods.
 */
public final class NearFrontPod implements PodPolicy {
  static final NamedChoice.Parameter WINDOW = NamedChoice.Parameter.integer("window", 10, 1, 100_000,
      "how many of the oldest pending pods it chooses among");
  private final int window;

  public NearFrontPod(int window) {
    if (window < 1) {
      throw new IllegalArgumentException("window must be at least 1, got " + window);
    }
    this.window = window;
  }

  @Override
  public Pod choose(Collection<Pod> pending) {
    // Stream.min keeps the first of equal elements: ties go to the pod pending longest
    return pending.stream().limit(window).min(Comparator.comparingInt(pod -> pod.cell()[1])).orElseThrow();
  }
}
