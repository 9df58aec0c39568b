package org.fcsim.policy;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.fcsim.floor.Pod;
import org.fcsim.scenario.Choice;
import org.junit.jupiter.api.Test;

/** Exact cases of nearFront: the front-most (lowest row) of the first {@code window} pending pods, ties to the oldest. */
class NearFrontPodTest {
  private static Pod pod(int index, int row) {
    return new Pod(index, new int[] {index, row}, 0);
  }

  private final Pod oldest = pod(0, 7);
  private final Pod second = pod(1, 3);
  private final Pod third = pod(2, 3);
  private final Pod fourth = pod(3, 0);
  private final List<Pod> pending = List.of(oldest, second, third, fourth);

  @Test
  void choosesTheFrontMostPodAmongTheWindowOldest() {
    assertSame(oldest, new NearFrontPod(1).choose(pending), "window 1 is oldestLine");
    assertSame(second, new NearFrontPod(2).choose(pending));
    assertSame(second, new NearFrontPod(3).choose(pending), "a tie in row goes to the pod pending longer");
    assertSame(fourth, new NearFrontPod(4).choose(pending));
    assertSame(fourth, new NearFrontPod(100).choose(pending), "a window past the backlog sees every pod");
  }

  @Test
  void theScenarioWindowReachesThePolicy() {
    assertSame(second, PodPolicies.create(new Choice("nearFront", java.util.Map.of("window", 3.0))).choose(pending));
    assertSame(fourth, PodPolicies.create("nearFront").choose(pending), "default window 10");
    assertThrows(IllegalArgumentException.class, () -> new NearFrontPod(0));
  }
}
