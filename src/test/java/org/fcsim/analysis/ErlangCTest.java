package org.fcsim.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.special.Gamma;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErlangCTest {

  private static final double EXACT = 1e-12;

  /** a = 0.8 Erlangs on 2 servers: C = (a²/2)/(1−ρ) / (1 + a + (a²/2)/(1−ρ)) = 8/35. */
  @Test
  void twoServersMatchHandComputedFractions() {
    ErlangC q = ErlangC.of(1, 0.8, 2);

    assertEquals(8.0 / 35, q.probabilityOfWaiting(), EXACT);
    double rho = 0.4;
    assertEquals(2 * rho * rho / (1 + rho), q.probabilityOfWaiting(), EXACT, "M/M/2 closed form");
    assertEquals(rho, q.utilization(), EXACT);
    assertEquals(16.0 / 105, q.meanWaitInQueueSec(), EXACT);
    assertEquals(16.0 / 105, q.meanNumberInQueue(), EXACT);
    assertEquals(16.0 / 105 + 0.8, q.meanNumberInSystem(), EXACT);
    assertEquals(16.0 / 105 + 0.8, q.meanResponseTimeSec(), EXACT);
  }

  /** Standard traffic tables: B(10 Erlangs, 10 lines) = 0.2146, C(10 Erlangs, 11 agents) = 0.6821. */
  @Test
  void matchesPublishedTableValues() {
    assertEquals(0.2146, ErlangC.erlangB(10, 10), 5e-5);
    assertEquals(0.6821, ErlangC.of(10, 1, 11).probabilityOfWaiting(), 5e-5);
  }

  @ParameterizedTest
  @CsvSource({"1, 0.8, 2", "10, 1, 11", "0.5, 7, 4", "3, 2.9, 9", "120, 0.25, 31", "980, 1, 1000"})
  void matchesDirectSumFormula(double lambda, double serviceSec, int servers) {
    double a = lambda * serviceSec;
    double rho = a / servers;
    // Σ_{k<c} a^k/k! and a^c/c!/(1−ρ), in logs so that c = 1000 does not overflow
    double logLast = servers * Math.log(a) - Gamma.logGamma(servers + 1.0) - Math.log1p(-rho);
    double head = 0;
    for (int k = 0; k < servers; k++) {
      head += Math.exp(k * Math.log(a) - Gamma.logGamma(k + 1.0) - logLast);
    }
    double expected = 1 / (1 + head);

    ErlangC q = ErlangC.of(lambda, serviceSec, servers);

    assertEquals(expected, q.probabilityOfWaiting(), 1e-9 * expected);
    assertEquals(
        expected * serviceSec / (servers - a), q.meanWaitInQueueSec(), 1e-9 * q.meanWaitInQueueSec());
    assertEquals(lambda * q.meanResponseTimeSec(), q.meanNumberInSystem(), EXACT * q.meanNumberInSystem());
  }

  @Test
  void oneServerReducesToMm1() {
    double lambda = 0.3;
    double serviceSec = 2.5;
    double rho = 0.75;
    ErlangC q = ErlangC.of(lambda, serviceSec, 1);

    assertEquals(rho, q.probabilityOfWaiting(), EXACT);
    assertEquals(rho / (1 - rho), q.meanNumberInSystem(), EXACT);
    assertEquals(rho * rho / (1 - rho), q.meanNumberInQueue(), EXACT);
    assertEquals(rho * serviceSec / (1 - rho), q.meanWaitInQueueSec(), EXACT);
    assertEquals(serviceSec / (1 - rho), q.meanResponseTimeSec(), EXACT);
  }

  @Test
  void erlangBWithOneLineIsLoadOverOnePlusLoad() {
    assertEquals(0.6 / 1.6, ErlangC.erlangB(1, 0.6), EXACT);
    assertEquals(1, ErlangC.erlangB(0, 3), EXACT);
  }

  @Test
  void noArrivalsMeansNoWaiting() {
    ErlangC q = ErlangC.of(0, 3, 4);

    assertEquals(0, q.probabilityOfWaiting());
    assertEquals(0, q.meanWaitInQueueSec());
    assertEquals(0, q.meanNumberInSystem());
  }

  @Test
  void waitingGrowsWithoutBoundNearSaturation() {
    assertTrue(ErlangC.of(3.99, 1, 4).meanWaitInQueueSec() > 20);
  }

  @Test
  void rejectsUnstableAndInvalidQueues() {
    assertThrows(IllegalArgumentException.class, () -> ErlangC.of(2, 1, 2));
    assertThrows(IllegalArgumentException.class, () -> ErlangC.of(3, 1, 2));
    assertThrows(IllegalArgumentException.class, () -> ErlangC.of(-1, 1, 2));
    assertThrows(IllegalArgumentException.class, () -> ErlangC.of(1, 0, 2));
    assertThrows(IllegalArgumentException.class, () -> ErlangC.of(1, 1, 0));
    assertThrows(IllegalArgumentException.class, () -> ErlangC.of(Double.NaN, 1, 2));
    assertThrows(IllegalArgumentException.class, () -> ErlangC.erlangB(-1, 1));
  }
}
