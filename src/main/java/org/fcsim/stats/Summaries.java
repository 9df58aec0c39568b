package org.fcsim.stats;

import java.util.ArrayList;
import java.util.List;
import umontreal.ssj.stat.Tally;

/** Aggregates replications into means with Student-t 95% confidence intervals. */
public final class Summaries {
  private Summaries() {}

  /**
   * One row per metric, in the order the first replication reported them. A value of NaN means
   * the replication observed nothing for that metric (a cycle time with no order shipped): the
   * row is over the replications that did observe it, their count in
   * {@link MetricSummary#replications()}; with none, mean and bounds are NaN. The 95% interval
   * is Student-t over replications; for a metric that cannot be negative ({@link Metric#signed()}
   * false, every observation ≥ 0) its lower bound is cut at 0.
   *
   * @param results every replication of one level, each reporting the same metrics
   */
  public static List<MetricSummary> of(String level, List<ReplicationResult> results) {
    if (results.isEmpty()) {
      throw new IllegalArgumentException("no replications to summarize");
    }
    List<MetricSummary> rows = new ArrayList<>();
    for (Metric metric : results.get(0).values().keySet()) {
      Tally tally = new Tally(metric.name());
      for (ReplicationResult r : results) {
        Double value = r.values().get(metric);
        if (value == null) {
          throw new IllegalArgumentException("replication " + r.replication() + " lacks " + metric.name());
        }
        if (!value.isNaN()) {
          tally.add(value);
        }
      }
      rows.add(row(level, metric, tally));
    }
    return rows;
  }

  private static MetricSummary row(String level, Metric metric, Tally tally) {
    int n = tally.numberObs();
    double mean = n == 0 ? Double.NaN : tally.average();
    if (n < 2) {
      return new MetricSummary(level, metric, mean, Double.NaN, Double.NaN, n);
    }
    double[] centerAndRadius = new double[2];
    tally.confidenceIntervalStudent(0.95, centerAndRadius);
    double low = mean - centerAndRadius[1];
    // a quantity that cannot be negative has no interval below zero
    if (!metric.signed() && tally.min() >= 0) {
      low = Math.max(0, low);
    }
    return new MetricSummary(level, metric, mean, low, mean + centerAndRadius[1], n);
  }

  /** Convenience for tests and reports: the row of {@code metricName}. */
  public static MetricSummary find(List<MetricSummary> rows, String metricName) {
    return rows.stream().filter(r -> r.metric().name().equals(metricName)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no metric " + metricName));
  }

}
