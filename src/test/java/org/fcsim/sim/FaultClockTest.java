package org.fcsim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The operating-time fault clock, on scripted times to a fault (100 s, then 50 s). */
class FaultClockTest {
  private static FaultClock clock(Double... operatingSecToFault) {
    ArrayDeque<Double> next = new ArrayDeque<>(List.of(operatingSecToFault));
    return new FaultClock(next::pollFirst);
  }

  @Test
  void onlyOperatingTimeCountsAndTheFaultFallsInTheStretchThatReachesIt() {
    FaultClock c = clock(100.0, 50.0);
    assertFalse(c.operate(60));
    assertFalse(c.operate(30));
    assertEquals(10, c.remainingSec(), 1e-12, "idle time between stretches never counts: nothing else moves the clock");
    assertTrue(c.operate(20), "due inside this stretch; the robot finishes it, then goes down");
    assertTrue(c.operate(5), "stays due until repaired");
    c.restart();
    assertEquals(50, c.remainingSec(), 1e-12, "a fresh draw from the repair on");
    assertTrue(c.operate(50), "reaching the fault exactly counts");
  }

  @Test
  void withoutATimeToFaultTheRobotNeverFaults() {
    FaultClock never = new FaultClock(null);
    assertFalse(never.operate(1e12));
    never.restart();
    assertEquals(Double.POSITIVE_INFINITY, never.remainingSec());
  }
}
