package org.fcsim.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PollaczekKhinchineTest {

  private static final double EXACT = 1e-12;

  @Test
  void exponentialServiceReducesToMm1() {
    double lambda = 0.3;
    double serviceSec = 2.5;
    double rho = 0.75;
    PollaczekKhinchine q = PollaczekKhinchine.of(lambda, serviceSec, 1);
    ErlangC mm1 = ErlangC.of(lambda, serviceSec, 1);

    assertEquals(rho * serviceSec / (1 - rho), q.meanWaitInQueueSec(), EXACT);
    assertEquals(rho * rho / (1 - rho), q.meanNumberInQueue(), EXACT);
    assertEquals(rho / (1 - rho), q.meanNumberInSystem(), EXACT);
    assertEquals(mm1.meanWaitInQueueSec(), q.meanWaitInQueueSec(), EXACT);
    assertEquals(mm1.meanResponseTimeSec(), q.meanResponseTimeSec(), EXACT);
  }

  @Test
  void deterministicServiceHalvesTheMm1Wait() {
    double lambda = 0.3;
    double serviceSec = 2.5;
    double rho = 0.75;
    PollaczekKhinchine md1 = PollaczekKhinchine.of(lambda, serviceSec, 0);

    assertEquals(
        PollaczekKhinchine.of(lambda, serviceSec, 1).meanWaitInQueueSec() / 2,
        md1.meanWaitInQueueSec(), EXACT);
    assertEquals(rho * rho / (2 * (1 - rho)), md1.meanNumberInQueue(), EXACT);
    assertEquals(serviceSec * serviceSec, md1.serviceTimeSecondMomentSec2(), EXACT);
  }

  /** λ = 0.5, s = 1.2, cv² = 2.5: ρ = 0.6, E[S²] = 1.44 · 3.5 = 5.04, Wq = 0.5 · 5.04 / 0.8. */
  @Test
  void highVariabilityMatchesHandComputation() {
    PollaczekKhinchine q = PollaczekKhinchine.of(0.5, 1.2, 2.5);

    assertEquals(0.6, q.utilization(), EXACT);
    assertEquals(5.04, q.serviceTimeSecondMomentSec2(), EXACT);
    assertEquals(3.15, q.meanWaitInQueueSec(), EXACT);
    assertEquals(4.35, q.meanResponseTimeSec(), EXACT);
    assertEquals(1.575, q.meanNumberInQueue(), EXACT);
    assertEquals(2.175, q.meanNumberInSystem(), EXACT);
  }

  @Test
  void noArrivalsMeansNoWaiting() {
    PollaczekKhinchine q = PollaczekKhinchine.of(0, 4, 3);

    assertEquals(0, q.meanWaitInQueueSec());
    assertEquals(4, q.meanResponseTimeSec());
    assertEquals(0, q.meanNumberInSystem());
  }

  @Test
  void rejectsUnstableAndInvalidQueues() {
    assertThrows(IllegalArgumentException.class, () -> PollaczekKhinchine.of(1, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> PollaczekKhinchine.of(2, 1, 0));
    assertThrows(IllegalArgumentException.class, () -> PollaczekKhinchine.of(0.5, 1, -0.1));
    assertThrows(IllegalArgumentException.class, () -> PollaczekKhinchine.of(0.5, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> PollaczekKhinchine.of(-0.5, 1, 1));
    assertThrows(
        IllegalArgumentException.class, () -> PollaczekKhinchine.of(0.5, 1, Double.NaN));
  }
}
