package org.fcsim.validation;

import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.fcsim.stats.Metric;
import org.fcsim.stats.MetricSummary;
import org.fcsim.stats.ReplicationResult;
import org.fcsim.stats.Summaries;

/**
 * A quantity computed per replication from that replication's metrics (a ratio, a difference),
 * then summarized across replications exactly as a reported metric is: its mean and Student-t
 * 95% interval. Computing it per replication keeps the replications independent, so the
 * interval is valid; a ratio of two means across replications would not have one.
 */
final class Derived {
  private Derived() {}

  static MetricSummary of(String name, String unit, List<ReplicationResult> replications,
      ToDoubleFunction<ReplicationResult> value) {
    Metric metric = new Metric(name, unit);
    List<ReplicationResult> derived = replications.stream()
        .map(r -> new ReplicationResult(r.replication(), Map.of(metric, value.applyAsDouble(r))))
        .toList();
    return Summaries.of("derived", derived).get(0);
  }
}
