package org.fcsim.validation;

import static org.fcsim.validation.ClosedNetworkValidationTest.assertInsideTightCi;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.fcsim.analysis.ErlangC;
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
 * The workforce's task queue on the order-driven floor against Erlang C: the packers as an
 * M/M/c queue, reached through the whole order path (scenario → {@code OrderFloor} → order
 * source, pod dispatcher, station picking, fulfilment → {@code Workforce}).
 *
 * <p>The model ({@link Scenarios#orderFloor}): Poisson orders at λ = 384/h, one line of one
 * unit each; everything before packing is a pure delay: travel to one of 8 stations
 * (exponential, mean 20 s, an M/G/∞ node: its output stays Poisson), picking and sorting take
 * 0 s, no drive unit, slot or person is ever waited for. So pack tasks reach the packers as a
 * Poisson stream at λ, and c = 4 packers with exponential packing (mean 30 s) form an M/M/4
 * FCFS queue at ρ = 384/h × 30 s / 4 = 0.8. Incidents, quality checks and breaks are off, so an
 * order's cycle is travel + wait for a packer + pack.
 *
 * <p>Exact values (Erlang C, offered load 3.2 Erlang): probability of waiting 0.5964, mean wait
 * for a packer Wq = 22.37 s, cycle 20 + 22.37 + 30 = 72.37 s, packer utilization 0.8.
 *
 * <p>Tolerance: 20 replications of 250 h after a 1 h warm-up (seed 1955); each exact value
 * must lie inside fcsim's 95% interval, whose half-width must be under 3% of it. The mean wait
 * is the ledger's (taskWaitHours.pack.packer / taskCount.pack.packer, per replication).
 */
class OrderFloorPackingValidationTest {
  private static final double ORDERS_PER_HOUR = 384;
  private static final DistSpec TRAVEL = new DistSpec.Exponential(20);
  private static final int PACKERS = 4;
  private static final double PACK_SEC = 30;
  private static final double HORIZON_SEC = 251 * 3600.0;
  private static final int REPLICATIONS = 20;

  @Test
  void packersMatchErlangC() {
    Scenario s = Scenarios.orderFloor(ORDERS_PER_HOUR, 8, TRAVEL, new DistSpec.Constant(0), PACKERS,
        new DistSpec.Exponential(PACK_SEC), HORIZON_SEC, REPLICATIONS);
    List<ReplicationResult> reps = Experiment.run(List.of(s), Runtime.getRuntime().availableProcessors(),
        ProgressListener.NONE).get(0);
    List<MetricSummary> rows = Summaries.of("test", reps);
    for (ReplicationResult r : reps) {
      // the premise: nothing before packing queues, so pack requests stay Poisson
      for (String zero : List.of("taskHours.pick.picker", "taskWaitHours.pick.picker", "taskHours.sort.sorter",
          "taskWaitHours.sort.sorter")) {
        assertEquals(0, r.get(zero), "replication " + r.replication() + ": " + zero);
      }
    }

    ErlangC exact = ErlangC.of(ORDERS_PER_HOUR / 3600, PACK_SEC, PACKERS);
    MetricSummary packWait = Derived.of("packWaitSec", "s", reps,
        r -> r.get("taskWaitHours.pack.packer") * 3600 / r.get("taskCount.pack.packer"));
    assertInsideTightCi(packWait, exact.meanWaitInQueueSec(), "M/M/4 packers");
    assertInsideTightCi(rows, Metrics.ORDER_CYCLE_MEAN, TRAVEL.mean() + exact.meanResponseTimeSec(), "M/M/4 packers");
    assertInsideTightCi(rows, new Metric("utilization.packer", "fraction"), exact.utilization(), "M/M/4 packers");
    assertInsideTightCi(rows, Metrics.ORDERS_PER_HOUR, ORDERS_PER_HOUR, "M/M/4 packers");
  }
}
