package org.fcsim.stats;

import java.util.ArrayList;
import java.util.List;
import umontreal.ssj.stat.Tally;

/** Aggregates replications into means with Student-t 95% confidence intervals. */
public final class Summaries {
  private Summaries() {}

  /**
   * One row per metric, in the order the first replication reported them.
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
        tally.add(value);
      }
      rows.add(row(level, metric, tally));
    }
    return rows;
  }

  private static MetricSummary row(String level, Metric metric, Tally tally) {
    int n = tally.numberObs();
    double mean = tally.average();
    if (n < 2) {
      return new MetricSummary(level, metric, mean, Double.NaN, Double.NaN, n);
    }
    double[] centerAndRadius = new double[2];
    tally.confidenceIntervalStudent(0.95, centerAndRadius);
    return new MetricSummary(level, metric, mean, mean - centerAndRadius[1], mean + centerAndRadius[1], n);
  }

  /** Convenience for tests and reports: the row of {@code metricName}. */
  public static MetricSummary find(List<MetricSummary> rows, String metricName) {
    return rows.stream().filter(r -> r.metric().name().equals(metricName)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no metric " + metricName));
  }

}
