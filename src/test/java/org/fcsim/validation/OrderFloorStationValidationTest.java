package org.fcsim.validation;

import static org.fcsim.validation.ClosedNetworkValidationTest.assertInsideTightCi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.fcsim.analysis.PollaczekKhinchine;
import org.fcsim.dist.DistSpec;
import org.fcsim.experiment.Experiment;
import org.fcsim.experiment.ProgressListener;
import org.fcsim.model.Metrics;
import org.fcsim.scenario.Scenario;
import org.fcsim.stats.Metric;
import org.fcsim.stats.MetricSummary;
import org.fcsim.stats.ReplicationResult;
import org.fcsim.stats.Summaries;
import org.junit.jupiter.api.Test;

/**
 * A goods-to-person pick station of the order-driven floor (scenario → {@code OrderFloor}:
 * order source, pod dispatcher, station picking, workforce, fulfilment) against the
 * Pollaczek–Khinchine formula for the M/G/1 queue.
 *
 * <p>The model ({@link Scenarios#orderFloor}): Poisson orders at λ = 1,920/h, one line of one
 * unit each. Each line's pod is sent to one of K = 8 stations chosen uniformly at random, so a
 * station receives a thinned Poisson stream of λ/K = 240/h, delayed by independent travel
 * times (uniform 10–30 s, mean 20 s): an M/G/∞ node, whose output is again Poisson. A drive
 * unit and a station slot are always free (400 units, 1,000 slots a station) and fetching the
 * pod takes 0 s with {@code travel: distributions}, so travel is the whole trip to the
 * station. Each station is then an M/G/1 FCFS queue of pods served by its one picker,
 * ρ = 240/h × 12 s = 0.8. Sorting and packing take 0 s with people to spare, incidents and
 * quality checks are off and nobody takes a break, so an order's cycle (created → shipped) is
 * exactly travel + wait at the station + pick.
 *
 * <p>Exact values: lognormal picking (mean 12 s, cv 0.5, E[S²] = 180 s²) waits
 * Wq = λ E[S²] / (2 (1 − ρ)) = 30 s, cycle 20 + 30 + 12 = 62 s; constant picking (12 s) waits
 * 24 s, cycle 56 s. Picker utilization 0.8; 1,920 units and orders shipped an hour.
 *
 * <p>Tolerance: 20 replications of 40 h after a 1 h warm-up (seed 1955); each exact value must
 * lie inside fcsim's 95% interval and the half-width must be under 3% of it. The station wait
 * alone (cycle − E[travel] − E[pick], per replication) is held to the same 3%, so an error of
 * a second in the queue fails. The premises are checked too: two lines share a pod visit for
 * under 0.2% of lines, no pod ever waited in storage for a drive unit or a slot, and sorting
 * and packing added exactly 0 s.
 */
class OrderFloorStationValidationTest {
  private static final double ORDERS_PER_HOUR = 1920;
  private static final int STATIONS = 8;
  private static final DistSpec TRAVEL = new DistSpec.Uniform(10, 30);
  private static final double PICK_SEC = 12;
  private static final double HORIZON_SEC = 41 * 3600.0;
  private static final int REPLICATIONS = 20;
  /** The order floor's per-role utilization, not the closed loop's {@link Metrics#PICKER_UTILIZATION}. */
  private static final Metric PICKER_UTILIZATION = new Metric("utilization.picker", "fraction");

  @Test
  void lognormalPickingMatchesPollaczekKhinchine() {
    assertStationIsMg1(new DistSpec.Lognormal(PICK_SEC, 0.5), "M/G/1, lognormal cv 0.5");
  }

  @Test
  void constantPickingMatchesPollaczekKhinchine() {
    assertStationIsMg1(new DistSpec.Constant(PICK_SEC), "M/D/1");
  }

  /**
   * With {@code pickersPerStation: unlimited} and no pickers at all, a station is a pure delay
   * (M/G/∞): an order's cycle is travel plus pick, 20 + 12 = 32 s (to 0.1 s), with no wait: the
   * cycle less each replication's mean pick is the travel's 20 s, inside its 95% interval; the picks are
   * in the ledger under pickers, with no waiting. 10 replications of 11 h; one SKU a pod, so a
   * line whose pod is out on another trip (and waits for it) is rare enough not to show.
   */
  @Test
  void pureDelayStationsAddThePickTimeAndNoWait() {
    DistSpec pick = new DistSpec.Lognormal(PICK_SEC, 0.5);
    Scenario s = Scenarios.orderFloorWithPureDelayStations(ORDERS_PER_HOUR, STATIONS, TRAVEL, pick, 11 * 3600.0, 10);
    assertEquals(0, s.associates().countPerShift().get(org.fcsim.task.Role.PICKER));
    List<ReplicationResult> reps = Experiment.run(List.of(s), Runtime.getRuntime().availableProcessors(),
        ProgressListener.NONE).get(0);
    List<MetricSummary> rows = Summaries.of("test", reps);
    // the station adds its pick and nothing else: the cycle less each replication's own mean pick
    // is the travel alone (this takes the picks' sampling noise out of the comparison)
    MetricSummary travelOnly = Derived.of("cycleLessPickSec", "s", reps, r -> r.get(Metrics.ORDER_CYCLE_MEAN.name())
        - 3600 * r.get("taskHours.pick.picker") / r.get("taskCount.pick.picker"));
    assertInsideTightCi(travelOnly, TRAVEL.mean(), "M/G/inf stations");
    assertEquals(TRAVEL.mean() + pick.mean(), Summaries.find(rows, Metrics.ORDER_CYCLE_MEAN.name()).mean(), 0.1);
    for (ReplicationResult r : reps) {
      assertEquals(0.0, r.get("taskWaitHours.pick.picker"), "nobody waits for a picker");
      assertTrue(r.get("taskCount.pick.picker") > 0.9 * ORDERS_PER_HOUR * 10, "every line picked");
    }
  }

  private static void assertStationIsMg1(DistSpec pick, String context) {
    Scenario s = Scenarios.orderFloor(ORDERS_PER_HOUR, STATIONS, TRAVEL, pick, 4, new DistSpec.Constant(0),
        HORIZON_SEC, REPLICATIONS);
    List<ReplicationResult> reps = Experiment.run(List.of(s), Runtime.getRuntime().availableProcessors(),
        ProgressListener.NONE).get(0);
    List<MetricSummary> rows = Summaries.of("test", reps);
    assertPremises(reps, context);

    PollaczekKhinchine station = PollaczekKhinchine.of(ORDERS_PER_HOUR / STATIONS / 3600, pick.mean(), pick.scv());
    double exactCycle = TRAVEL.mean() + station.meanWaitInQueueSec() + pick.mean();
    assertInsideTightCi(rows, Metrics.ORDER_CYCLE_MEAN, exactCycle, context);
    MetricSummary stationWait = Derived.of("stationWaitSec", "s", reps,
        r -> r.get(Metrics.ORDER_CYCLE_MEAN.name()) - TRAVEL.mean() - pick.mean());
    assertInsideTightCi(stationWait, station.meanWaitInQueueSec(), context);
    assertInsideTightCi(rows, PICKER_UTILIZATION, station.utilization(), context);
    assertInsideTightCi(rows, Metrics.UNITS_PER_HOUR, ORDERS_PER_HOUR, context);
    assertInsideTightCi(rows, Metrics.ORDERS_PER_HOUR, ORDERS_PER_HOUR, context);
  }

  /** What makes the floor the textbook network: without these the formula would not apply. */
  private static void assertPremises(List<ReplicationResult> reps, String context) {
    for (ReplicationResult r : reps) {
      String where = context + ", replication " + r.replication();
      double picks = r.get("taskCount.pick.picker");
      double trips = r.get("taskCount.podTransport.driveUnit");
      // a line that finds its pod already out joins that visit or waits for the pod's next trip; the
      // few pods between pick and storage at the warm-up's end and at the horizon count on one side only
      assertTrue(Math.abs(trips - picks) < 0.002 * picks, where + ": " + trips + " pod trips for " + picks + " lines");
      assertTrue(Arrays.stream(r.series(Metrics.PODS_PENDING.name())).allMatch(v -> v == 0),
          where + ": a pod waited in storage for a drive unit or a station slot");
      for (String zero : List.of("taskWaitHours.pick.picker", "taskHours.sort.sorter", "taskWaitHours.sort.sorter",
          "taskHours.pack.packer", "taskWaitHours.pack.packer")) {
        assertEquals(0, r.get(zero), where + ": " + zero);
      }
    }
  }
}
