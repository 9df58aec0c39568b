package org.fcsim.validation;

import static org.fcsim.validation.ClosedNetworkValidationTest.assertInsideTightCi;

import java.util.List;
import org.fcsim.analysis.ErlangC;
import org.fcsim.analysis.PollaczekKhinchine;
import org.fcsim.dist.DistSpec;
import org.fcsim.experiment.ProgressListener;
import org.fcsim.experiment.Experiment;
import org.fcsim.model.Metrics;
import org.fcsim.stats.MetricSummary;
import org.fcsim.stats.Summaries;
import org.junit.jupiter.api.Test;

/**
 * The problem-solve desk under Poisson arrivals against exact open-queue results, at 80%
 * utilization where waiting is long and variable: 30 replications of 2,000 h after a 50 h
 * warm-up (fixed seed), exact value inside the 95% CI, half-width under 3% of it.
 */
class OpenQueueValidationTest {
  private static final double HORIZON_SEC = 2050 * 3600.0;
  private static final int REPLICATIONS = 30;

  private static List<MetricSummary> simulate(double arrivalsPerHour, int solvers, DistSpec handle) {
    return Summaries.of("test", Experiment.run(
        List.of(Scenarios.desk(arrivalsPerHour, solvers, handle, HORIZON_SEC, REPLICATIONS)),
        Runtime.getRuntime().availableProcessors(), ProgressListener.NONE).get(0));
  }

  @Test
  void threeSolversWithExponentialHandlingMatchErlangC() {
    // λ = 36/h, s = 4 min: offered load 2.4 Erlang on c = 3, ρ = 0.8
    ErlangC exact = ErlangC.of(36 / 3600.0, 240, 3);
    List<MetricSummary> rows = simulate(36, 3, new DistSpec.Exponential(240));
    assertInsideTightCi(rows, Metrics.DESK_WAIT, exact.meanWaitInQueueSec(), "M/M/3");
    assertInsideTightCi(rows, Metrics.DESK_QUEUE, exact.meanNumberInQueue(), "M/M/3");
    assertInsideTightCi(rows, Metrics.SOLVER_UTILIZATION, exact.utilization(), "M/M/3");
    assertInsideTightCi(rows, Metrics.EXCEPTIONS_PER_HOUR, 36, "M/M/3");
  }

  @Test
  void oneSolverWithConstantHandlingMatchesPollaczekKhinchine() {
    // λ = 12/h, s = 4 min constant: ρ = 0.8, Wq = ρ s / (2 (1 - ρ)) = 480 s
    PollaczekKhinchine exact = PollaczekKhinchine.of(12 / 3600.0, 240, 0);
    List<MetricSummary> rows = simulate(12, 1, new DistSpec.Constant(240));
    assertInsideTightCi(rows, Metrics.DESK_WAIT, exact.meanWaitInQueueSec(), "M/D/1");
    assertInsideTightCi(rows, Metrics.DESK_QUEUE, exact.meanNumberInQueue(), "M/D/1");
    assertInsideTightCi(rows, Metrics.SOLVER_UTILIZATION, exact.utilization(), "M/D/1");
  }
}
