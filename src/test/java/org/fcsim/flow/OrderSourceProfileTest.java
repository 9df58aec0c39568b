package org.fcsim.flow;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.fcsim.floor.Pod;
import org.fcsim.scenario.Scenario;
import org.fcsim.scenario.ScenarioLoader;
import org.fcsim.sim.Action;
import org.fcsim.sim.Streams;
import org.fcsim.sim.Variates;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import umontreal.ssj.simevents.Simulator;

/**
 * The order generator against the profile it is given: a Poisson process whose rate is
 * 600/h, 1,800/h, 1,200/h in hours 0, 1, 2 and repeats every three hours. The source runs
 * alone on its own {@link Simulator} for 600 h (200 cycles of the profile; seed 1871,
 * replication 0), and every order's arrival time and size is recorded. The expected values are
 * the numbers written in the scenario text, never anything the source reports about itself.
 *
 * <p>Tolerances, each with a false-alarm probability under 10⁻³ for a correct generator:
 * <ul>
 *   <li>orders in all the hours of one phase: Poisson with mean rate × 200 h, within 4 standard
 *       deviations (4 √mean, about 1% of it);</li>
 *   <li>the 200 hourly counts of a phase are Poisson, not just right on average:
 *       Σ (N − μ)² / μ is χ² with 200 degrees of freedom, inside its 0.05% and 99.95% quantiles;</li>
 *   <li>arrivals spread evenly over each hour (the rate switches exactly on the hour): counts
 *       in ten 6-minute slices, Pearson's χ² against rate × 6 min × 200 below the 99.95%
 *       quantile of χ² with 10 degrees of freedom;</li>
 *   <li>lines per order (empirical 1, 1, 1, 2, 2, 3: mean 5/3) and units per line (1, 1, 1, 1, 2:
 *       mean 1.2): sample means within 4 standard errors of the exact means.</li>
 * </ul>
 */
class OrderSourceProfileTest {
  private static final double[] ORDERS_PER_HOUR = {600, 1800, 1200};
  private static final int CYCLES = 200;
  private static final int SLICES = 10;
  private static final double LINES_MEAN = 10.0 / 6;
  private static final double LINES_VARIANCE = (3 * 1 + 2 * 4 + 9) / 6.0 - LINES_MEAN * LINES_MEAN;
  private static final double UNITS_MEAN = 1.2;
  private static final double UNITS_VARIANCE = (4 * 1 + 4) / 5.0 - UNITS_MEAN * UNITS_MEAN;
  private static final String SCENARIO = """
      seed: 1871
      demand:
        mode: poisson
        ordersPerHour: [600/h, 1800/h, 1200/h]
        linesPerOrder: { dist: empirical, values: [1, 1, 1, 2, 2, 3] }
        unitsPerLine: { dist: empirical, values: [1, 1, 1, 1, 2] }
        skus: 100
      """;

  /** Orders by (hour, slice of the hour). */
  private static long[][] orders;
  private static long orderCount;
  private static long lineCount;
  private static long unitCount;

  @BeforeAll
  static void runTheSourceAlone() {
    Scenario scenario = ScenarioLoader.parse("profile.yaml", SCENARIO.getBytes(StandardCharsets.UTF_8)).scenario();
    Scenario.Demand demand = scenario.demand();
    int hours = CYCLES * ORDERS_PER_HOUR.length;
    orders = new long[hours][SLICES];
    Simulator simulator = new Simulator();
    simulator.init();
    Streams streams = new Streams(scenario.seed(), 0);
    Pod[] pods = {new Pod(0, new int[] {0, 0}, 0)};
    Order[] last = {null};
    OrderSource source = new OrderSource(simulator, demand, new Catalog(demand, pods.length, streams.stream("layout")), pods,
        streams.stream("orderArrivals"), Variates.of(demand.linesPerOrder(), streams.stream("linesPerOrder")),
        Variates.of(demand.unitsPerLine(), streams.stream("unitsPerLine")), streams.stream("skuChoice"), line -> {
          lineCount++;
          unitCount += line.units();
          if (line.order() != last[0]) { // an order hands on its lines one after the other
            last[0] = line.order();
            orderCount++;
            double hour = line.order().createdAt() / 3600;
            orders[(int) hour][(int) ((hour - Math.floor(hour)) * SLICES)]++;
          }
        });
    source.start();
    new Action(simulator, simulator::stop).schedule(hours * 3600.0);
    simulator.start();
  }

  private static long inHour(int hour) {
    return Arrays.stream(orders[hour]).sum();
  }

  @Test
  void eachPhaseOfTheProfileGetsItsRate() {
    for (int phase = 0; phase < ORDERS_PER_HOUR.length; phase++) {
      double expected = ORDERS_PER_HOUR[phase] * CYCLES;
      long seen = 0;
      for (int hour = phase; hour < orders.length; hour += ORDERS_PER_HOUR.length) {
        seen += inHour(hour);
      }
      assertTrue(Math.abs(seen - expected) < 4 * Math.sqrt(expected),
          String.format("hours at %.0f/h: %d orders in %d h, expected %.0f ± %.0f", ORDERS_PER_HOUR[phase], seen, CYCLES,
              expected, 4 * Math.sqrt(expected)));
    }
  }

  @Test
  void hourlyCountsArePoisson() {
    ChiSquaredDistribution chi2 = new ChiSquaredDistribution(CYCLES);
    for (int phase = 0; phase < ORDERS_PER_HOUR.length; phase++) {
      double mean = ORDERS_PER_HOUR[phase];
      double dispersion = 0;
      for (int hour = phase; hour < orders.length; hour += ORDERS_PER_HOUR.length) {
        dispersion += Math.pow(inHour(hour) - mean, 2) / mean;
      }
      double low = chi2.inverseCumulativeProbability(0.0005);
      double high = chi2.inverseCumulativeProbability(0.9995);
      assertTrue(low < dispersion && dispersion < high, String.format(
          "hours at %.0f/h: dispersion %.1f outside [%.1f, %.1f] (chi-squared, %d df)", mean, dispersion, low, high, CYCLES));
    }
  }

  @Test
  void arrivalsSpreadEvenlyOverEachHour() {
    double limit = new ChiSquaredDistribution(SLICES).inverseCumulativeProbability(0.9995);
    for (int phase = 0; phase < ORDERS_PER_HOUR.length; phase++) {
      double expected = ORDERS_PER_HOUR[phase] / SLICES * CYCLES;
      long[] bySlice = new long[SLICES];
      for (int hour = phase; hour < orders.length; hour += ORDERS_PER_HOUR.length) {
        for (int s = 0; s < SLICES; s++) {
          bySlice[s] += orders[hour][s];
        }
      }
      double pearson = Arrays.stream(bySlice).mapToDouble(n -> Math.pow(n - expected, 2) / expected).sum();
      assertTrue(pearson < limit, String.format("hours at %.0f/h: slices %s, expected %.0f each; chi-squared %.1f >= %.1f",
          ORDERS_PER_HOUR[phase], Arrays.toString(bySlice), expected, pearson, limit));
    }
  }

  @Test
  void ordersGetTheirLinesAndUnits() {
    double lines = (double) lineCount / orderCount;
    double units = (double) unitCount / lineCount;
    double linesTolerance = 4 * Math.sqrt(LINES_VARIANCE / orderCount);
    double unitsTolerance = 4 * Math.sqrt(UNITS_VARIANCE / lineCount);
    assertTrue(Math.abs(lines - LINES_MEAN) < linesTolerance,
        String.format("%.5f lines per order, expected %.5f ± %.5f", lines, LINES_MEAN, linesTolerance));
    assertTrue(Math.abs(units - UNITS_MEAN) < unitsTolerance,
        String.format("%.5f units per line, expected %.5f ± %.5f", units, UNITS_MEAN, unitsTolerance));
  }
}
