package org.fcsim.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fcsim.stats.MetricSummary;

/**
 * The summary rows of a run, indexed: levels in the order they first appear, and the row of any
 * (level, metric name). Charts and the HTML report read the summary through this.
 */
final class SummaryLookup {
  private final List<String> levels;
  private final Map<String, MetricSummary> rows = new HashMap<>();
  private final List<String> metricNames;

  SummaryLookup(List<MetricSummary> summary) {
    Set<String> lv = new LinkedHashSet<>();
    Set<String> names = new LinkedHashSet<>();
    for (MetricSummary r : summary) {
      lv.add(r.level());
      names.add(r.metric().name());
      rows.putIfAbsent(key(r.level(), r.metric().name()), r);
    }
    levels = List.copyOf(lv);
    metricNames = List.copyOf(names);
  }

  /** Every level with at least one row, in order of first appearance. */
  List<String> levels() {
    return levels;
  }

  /** The row of {@code metric} at {@code level}, or null. */
  MetricSummary get(String level, String metric) {
    return rows.get(key(level, metric));
  }

  /** The mean of {@code metric} at {@code level}, or NaN when the row is absent. */
  double mean(String level, String metric) {
    MetricSummary r = get(level, metric);
    return r == null ? Double.NaN : r.mean();
  }

  /** Every metric name, in order of first appearance. */
  List<String> metricNames() {
    return metricNames;
  }

  boolean has(String metric) {
    return metricNames.contains(metric);
  }

  /**
   * The parts after {@code prefix + "."} of every metric name that starts so and has no further
   * dot, in order of first appearance: {@code suffixes("utilization")} gives {@code picker},
   * {@code driveUnits}, ….
   */
  List<String> suffixes(String prefix) {
    List<String> out = new ArrayList<>();
    String p = prefix + ".";
    for (String n : metricNames) {
      if (n.startsWith(p) && n.length() > p.length() && n.indexOf('.', p.length()) < 0) {
        out.add(n.substring(p.length()));
      }
    }
    return out;
  }

  /** Replications behind {@code level}'s rows (the largest count among them), 0 if none. */
  int replications(String level) {
    int n = 0;
    for (MetricSummary r : rows.values()) {
      if (r.level().equals(level)) {
        n = Math.max(n, r.replications());
      }
    }
    return n;
  }

  private static String key(String level, String metric) {
    return level + '\u0000' + metric;
  }
}
