package org.fcsim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Summaries over replications: missing observations are left out, not read as 0; intervals of non-negative quantities stop at 0. */
class SummariesTest {
  private static final Metric CYCLE = new Metric("orderCycleSec.mean", "s");
  private static final Metric GROWTH = new Metric("wipGrowthUnitsPerHour", "units/h");

  private static ReplicationResult rep(int r, double cycle, double growth) {
    return new ReplicationResult(r, Map.of(CYCLE, cycle, GROWTH, growth));
  }

  @Test
  void aMetricAReplicationDidNotObserveIsLeftOutOfItsSummary() {
    List<MetricSummary> rows = Summaries.of("L", List.of(rep(0, 100, 1), rep(1, Double.NaN, 2), rep(2, 200, 3)));
    MetricSummary cycle = Summaries.find(rows, CYCLE.name());
    assertEquals(150, cycle.mean(), 1e-12);
    assertEquals(2, cycle.replications());
    MetricSummary none = Summaries.find(Summaries.of("L", List.of(rep(0, Double.NaN, 0), rep(1, Double.NaN, 0))), CYCLE.name());
    assertTrue(Double.isNaN(none.mean()) && Double.isNaN(none.ci95Low()) && none.replications() == 0, none.toString());
  }

  @Test
  void theIntervalOfANonNegativeQuantityStopsAtZeroButASignedOneDoesNot() {
    List<MetricSummary> rows = Summaries.of("L", List.of(rep(0, 0, -5), rep(1, 0.5, 1), rep(2, 0, 3)));
    assertEquals(0, Summaries.find(rows, CYCLE.name()).ci95Low());
    assertTrue(Summaries.find(rows, GROWTH.name()).ci95Low() < -5, "growth may be negative");
  }
}
