package org.fcsim.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.commons.math3.special.Gamma;
import org.fcsim.analysis.MeanValueAnalysis.Solution;
import org.fcsim.analysis.MeanValueAnalysis.Station;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeanValueAnalysisTest {

  private static final double EXACT = 1e-12;
  private static final double TIGHT = 1e-9;

  @Test
  void singleServerWithoutDelayIsAlwaysBusy() {
    int n = 7;
    Solution s = MeanValueAnalysis.solve(n, 0, List.of(new Station("pick", 2, 2.5)));

    assertRelative(1 / (2 * 2.5), s.throughputPerSec(), EXACT);
    assertRelative(n, s.meanNumber()[0], EXACT);
    assertRelative(n * 2.5, s.responseTimeSec()[0], EXACT);
    assertRelative(1, s.utilization()[0], EXACT);
    assertEquals(0, s.meanNumberAtDelay());
    assertLittle(s);
  }

  /** Finite-source M/M/1//N: p_n ∝ N!/(N−n)! (s/Z)^n, computed here by its ratios. */
  @ParameterizedTest
  @CsvSource({"1, 10, 1", "5, 10, 1", "20, 8, 1", "60, 30, 1", "200, 45, 0.5"})
  void machineRepairmanMatchesProductForm(int n, double thinkSec, double serviceSec) {
    double[] p = new double[n + 1];
    p[0] = 1;
    double total = 1;
    for (int i = 1; i <= n; i++) {
      p[i] = p[i - 1] * (n - i + 1) * serviceSec / thinkSec;
      total += p[i];
    }
    double meanAtStation = 0;
    for (int i = 0; i <= n; i++) {
      p[i] /= total;
      meanAtStation += i * p[i];
    }
    double throughput = (1 - p[0]) / serviceSec;

    Solution s =
        MeanValueAnalysis.solve(n, thinkSec, List.of(new Station("repair", 1, serviceSec)));

    assertRelative(throughput, s.throughputPerSec(), TIGHT);
    assertRelative(meanAtStation, s.meanNumber()[0], TIGHT);
    assertRelative(meanAtStation / throughput, s.responseTimeSec()[0], TIGHT);
    assertRelative(1 - p[0], s.utilization()[0], TIGHT);
    assertRelative(throughput * thinkSec, s.meanNumberAtDelay(), TIGHT);
    assertLittle(s);
  }

  @Test
  void singleAndThreeServerStationsMatchStateEnumerationAtEveryPopulation() {
    double thinkSec = 4;
    List<Station> stations =
        List.of(new Station("pick", 1, 0.5, 1), new Station("pack", 2, 1.5, 3));
    for (int n = 1; n <= 6; n++) {
      assertMatchesEnumeration(n, thinkSec, stations, EXACT);
    }
  }

  /**
   * With the textbook closure p(0|n) = 1 − …, this network came out with X = 0.56 instead of 1
   * and 244 instead of 199 customers at the dock.
   */
  @Test
  void saturatedSixteenServerStationStaysExact() {
    List<Station> stations =
        List.of(new Station("dock", 1, 16, 16), new Station("scan", 1, 0.5, 1));
    Solution s = assertMatchesEnumeration(300, 100, stations, TIGHT);

    assertTrue(s.throughputPerSec() <= 1, "cannot beat 16 servers / 16 s");
  }

  @Test
  void twoThousandCustomersWithMultiServerBottleneckMatchEnumeration() {
    List<Station> stations =
        List.of(new Station("pick", 1, 3, 4), new Station("pack", 0.5, 1.2, 1));
    Solution s = assertMatchesEnumeration(2000, 60, stations, TIGHT);

    assertTrue(s.throughputPerSec() <= 4.0 / 3, "cannot beat 4 servers / 3 s");
    assertTrue(s.utilization()[0] <= 1);
  }

  @Test
  void stationWithAtLeastAsManyServersAsCustomersNeverQueues() {
    int n = 5;
    for (int servers : new int[] {5, 6, 1000}) {
      Solution s =
          MeanValueAnalysis.solve(
              n, 3, List.of(new Station("wide", 1, 2, servers), new Station("narrow", 1, 1)));
      assertRelative(2, s.responseTimeSec()[0], EXACT);
      assertLittle(s);
    }
  }

  @Test
  void stationOrderDoesNotMatter() {
    Random random = new Random(42);
    List<Station> stations = new ArrayList<>();
    for (int k = 0; k < 12; k++) {
      stations.add(
          new Station(
              "s" + k, 0.2 + random.nextDouble(), 0.5 + 2 * random.nextDouble(),
              1 + random.nextInt(6)));
    }
    Solution original = MeanValueAnalysis.solve(400, 30, stations);
    List<Integer> order = new ArrayList<>();
    for (int k = 0; k < stations.size(); k++) {
      order.add(k);
    }
    Collections.shuffle(order, random);
    List<Station> shuffled = new ArrayList<>();
    for (int k : order) {
      shuffled.add(stations.get(k));
    }
    Solution permuted = MeanValueAnalysis.solve(400, 30, shuffled);

    assertRelative(original.throughputPerSec(), permuted.throughputPerSec(), EXACT);
    for (int i = 0; i < order.size(); i++) {
      assertRelative(original.meanNumber()[order.get(i)], permuted.meanNumber()[i], EXACT);
    }
  }

  @Test
  void thousandCustomersFiftyStationsIsFastAndObeysLittle() {
    int n = 1000;
    double thinkSec = 60;
    List<Station> stations = new ArrayList<>();
    for (int k = 0; k < 50; k++) {
      stations.add(new Station("aisle" + k, 1.0 / 50, 3));
    }

    long start = System.nanoTime();
    Solution s = MeanValueAnalysis.solve(n, thinkSec, stations);
    double elapsedSec = (System.nanoTime() - start) / 1e9;

    assertTrue(elapsedSec < 0.5, "took " + elapsedSec + " s");
    assertLittle(s);
    double demandSec = 3.0 / 50;
    assertTrue(s.throughputPerSec() <= 1 / demandSec);
    assertTrue(s.throughputPerSec() <= n / (thinkSec + 50 * demandSec));
    for (int k = 1; k < 50; k++) {
      assertRelative(s.meanNumber()[0], s.meanNumber()[k], EXACT);
    }
  }

  @Test
  void twoThousandCustomersFiftyMultiServerStationsIsFastAndConsistent() {
    int n = 2000;
    List<Station> stations = new ArrayList<>();
    for (int k = 0; k < 50; k++) {
      stations.add(new Station("zone" + k, 1, 0.2 + 0.01 * k, 1 + k % 5));
    }

    long start = System.nanoTime();
    Solution s = MeanValueAnalysis.solve(n, 60, stations);
    double elapsedSec = (System.nanoTime() - start) / 1e9;

    assertTrue(elapsedSec < 0.5, "took " + elapsedSec + " s");
    assertLittle(s);
    for (int k = 0; k < 50; k++) {
      assertTrue(s.utilization()[k] <= 1 + EXACT, "station " + k + " over capacity");
      assertTrue(s.responseTimeSec()[k] >= stations.get(k).serviceTimeSec() * (1 - EXACT));
    }
  }

  @Test
  void zeroPopulationIsEmpty() {
    Solution s =
        MeanValueAnalysis.solve(0, 5, List.of(new Station("a", 1, 2), new Station("b", 1, 3, 2)));

    assertEquals(0, s.throughputPerSec());
    assertEquals(0, s.meanNumber()[0]);
    assertEquals(0, s.utilization()[1]);
    assertEquals(3, s.responseTimeSec()[1]);
    assertEquals(0, s.meanNumberAtDelay());
  }

  @Test
  void delayOnlyNetworkHasThroughputNOverZ() {
    Solution s = MeanValueAnalysis.solve(12, 4, List.of());

    assertRelative(3, s.throughputPerSec(), EXACT);
    assertRelative(12, s.meanNumberAtDelay(), EXACT);
    assertRelative(4, s.cycleTimeSec(), EXACT);
  }

  @Test
  void unvisitedStationHoldsNobody() {
    Solution s =
        MeanValueAnalysis.solve(
            8, 2, List.of(new Station("idle", 0, 5, 3), new Station("busy", 1, 1)));

    assertEquals(0, s.meanNumber()[0]);
    assertEquals(0, s.utilization()[0]);
    assertLittle(s);
  }

  @Test
  void solutionArraysAreDefensiveCopies() {
    Solution s = MeanValueAnalysis.solve(3, 1, List.of(new Station("a", 1, 1)));
    s.meanNumber()[0] = -1;

    assertTrue(s.meanNumber()[0] > 0);
    assertEquals(s, MeanValueAnalysis.solve(3, 1, List.of(new Station("a", 1, 1))));
  }

  @Test
  void rejectsInvalidArguments() {
    List<Station> one = List.of(new Station("a", 1, 1));
    assertThrows(IllegalArgumentException.class, () -> MeanValueAnalysis.solve(-1, 1, one));
    assertThrows(IllegalArgumentException.class, () -> MeanValueAnalysis.solve(1, -1, one));
    assertThrows(
        IllegalArgumentException.class, () -> MeanValueAnalysis.solve(1, Double.NaN, one));
    assertThrows(IllegalArgumentException.class, () -> MeanValueAnalysis.solve(1, 0, List.of()));
    assertThrows(
        IllegalArgumentException.class,
        () -> MeanValueAnalysis.solve(1, 0, List.of(new Station("a", 0, 1))));
    assertThrows(IllegalArgumentException.class, () -> new Station("a", 1, 1, 0));
    assertThrows(IllegalArgumentException.class, () -> new Station("a", -1, 1));
    assertThrows(IllegalArgumentException.class, () -> new Station("a", 1, Double.NaN));
  }

  // ---------------------------------------------------------------------------------------------

  private static void assertLittle(Solution s) {
    double total = s.meanNumberAtDelay();
    for (double q : s.meanNumber()) {
      total += q;
    }
    assertRelative(s.population(), total, TIGHT);
  }

  private static void assertRelative(double expected, double actual, double tolerance) {
    assertEquals(expected, actual, tolerance * Math.max(Math.abs(expected), Double.MIN_NORMAL),
        () -> "relative error " + Math.abs(actual - expected) / Math.abs(expected));
  }

  /** Compares MVA with product-form means summed over every state of a one- or two-station network. */
  private static Solution assertMatchesEnumeration(
      int n, double thinkSec, List<Station> stations, double tolerance) {
    Enumeration atN = Enumeration.of(n, thinkSec, stations);
    Enumeration atNMinus1 = Enumeration.of(n - 1, thinkSec, stations);
    double throughput = Math.exp(atNMinus1.logConstant - atN.logConstant);

    Solution s = MeanValueAnalysis.solve(n, thinkSec, stations);

    assertRelative(throughput, s.throughputPerSec(), tolerance);
    assertRelative(atN.meanNumber[0], s.meanNumberAtDelay(), tolerance);
    for (int k = 0; k < stations.size(); k++) {
      Station station = stations.get(k);
      double meanNumber = atN.meanNumber[k + 1];
      assertRelative(meanNumber, s.meanNumber()[k], tolerance);
      assertRelative(
          meanNumber / (throughput * station.visitRatio()), s.responseTimeSec()[k], tolerance);
      assertRelative(
          throughput * station.demandSec() / station.servers(), s.utilization()[k], tolerance);
    }
    assertLittle(s);
    return s;
  }

  /**
   * Normalizing constant and mean numbers of the product form
   * P(n_0, n_1, n_2) ∝ Z^{n_0}/n_0! · Π_k D_k^{n_k} / Π_{i ≤ n_k} min(i, c_k), by brute force over
   * all states, with log-weights to survive thousands of customers.
   */
  private record Enumeration(double logConstant, double[] meanNumber) {
    static Enumeration of(int n, double thinkSec, List<Station> stations) {
      assertTrue(stations.size() <= 2, "enumeration supports at most two stations");
      double[] delay = new double[n + 1];
      double[] first = logWeights(n, stations.get(0));
      double[] second =
          stations.size() > 1 ? logWeights(n, stations.get(1)) : logWeights(n, new Station("", 0, 0));
      for (int i = 1; i <= n; i++) {
        delay[i] =
            thinkSec == 0
                ? Double.NEGATIVE_INFINITY
                : i * Math.log(thinkSec) - Gamma.logGamma(i + 1.0);
      }
      double maxLog = Double.NEGATIVE_INFINITY;
      for (int n1 = 0; n1 <= n; n1++) {
        for (int n2 = 0; n1 + n2 <= n; n2++) {
          maxLog = Math.max(maxLog, delay[n - n1 - n2] + first[n1] + second[n2]);
        }
      }
      double total = 0;
      double[] weighted = new double[3];
      for (int n1 = 0; n1 <= n; n1++) {
        for (int n2 = 0; n1 + n2 <= n; n2++) {
          int n0 = n - n1 - n2;
          double w = Math.exp(delay[n0] + first[n1] + second[n2] - maxLog);
          total += w;
          weighted[0] += n0 * w;
          weighted[1] += n1 * w;
          weighted[2] += n2 * w;
        }
      }
      for (int i = 0; i < 3; i++) {
        weighted[i] /= total;
      }
      return new Enumeration(maxLog + Math.log(total), weighted);
    }

    /** log of D^j / Π_{i ≤ j} min(i, c), each from closed form rather than running sums. */
    private static double[] logWeights(int n, Station station) {
      double[] log = new double[n + 1];
      double demand = station.demandSec();
      int c = station.servers();
      for (int j = 1; j <= n; j++) {
        double logRates =
            j <= c ? Gamma.logGamma(j + 1.0) : Gamma.logGamma(c + 1.0) + (j - c) * Math.log(c);
        log[j] = demand == 0 ? Double.NEGATIVE_INFINITY : j * Math.log(demand) - logRates;
      }
      return log;
    }
  }
}
