package org.fcsim.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether a level met one target, on the safe side. A target is an upper limit on a metric;
 * with the metric's Student-t 95% interval over replications: {@code met} when the upper bound is
 * within the limit, {@code missed} when the lower bound is above it, {@code undecided} otherwise
 * (and with fewer than 2 replications that observed it); {@code n/a} when no replication observed
 * it (no robots to wait for care). A target over a family of metrics (every group of people) is
 * met when all are, missed when any is, and reports the worst.
 *
 * @param name   what the target is, as a reader says it ({@code p95 order cycle})
 * @param metric the metric judged (for a family, the member that decided)
 * @param family whether the target was over a family of metrics
 */
public record TargetCheck(String name, String metric, String unit, double limit, double mean, double low, double high,
    String met, boolean family) {

  /**
   * A target to judge: {@code metricOrPrefix} names one metric, or a family when it ends in a
   * dot; {@code groups}, when not empty, keeps only the family members whose name after the
   * prefix starts with one of them (a role: {@code picker} takes {@code picker.station} too).
   */
  public record Target(String name, String metricOrPrefix, String unit, double limit, List<String> groups) {
    public Target(String name, String metric, String unit, double limit) {
      this(name, metric, unit, limit, List.of());
    }

    boolean judges(String metric) {
      if (!metricOrPrefix.endsWith(".")) {
        return metric.equals(metricOrPrefix);
      }
      if (!metric.startsWith(metricOrPrefix)) {
        return false;
      }
      String group = metric.substring(metricOrPrefix.length()).split("\\.")[0];
      return groups.isEmpty() || groups.contains(group);
    }
  }

  public static List<TargetCheck> judge(List<Target> targets, List<ReplicationResult> reps) {
    List<TargetCheck> out = new ArrayList<>();
    for (Target t : targets) {
      TargetCheck worst = null;
      for (Metric m : reps.get(0).values().keySet()) {
        if (!t.judges(m.name())) {
          continue;
        }
        double[] ci = Verdict.interval(reps.stream().mapToDouble(r -> r.values().getOrDefault(m, Double.NaN)).toArray());
        if (!m.signed() && ci[1] < 0) {
          ci[1] = 0; // a wait or a utilization cannot be negative
        }
        String met = Double.isNaN(ci[0]) ? "n/a" : Double.isNaN(ci[1]) ? "undecided"
            : ci[2] <= t.limit() ? "met" : ci[1] > t.limit() ? "missed" : "undecided";
        TargetCheck c = new TargetCheck(t.name(), m.name(), t.unit(), t.limit(), ci[0], ci[1], ci[2], met,
            t.metricOrPrefix().endsWith("."));
        if (worst == null || rank(c) > rank(worst) || rank(c) == rank(worst) && c.high() > worst.high()) {
          worst = c;
        }
      }
      out.add(worst != null ? worst
          : new TargetCheck(t.name(), t.metricOrPrefix(), t.unit(), t.limit(), Double.NaN, Double.NaN, Double.NaN, "n/a",
              t.metricOrPrefix().endsWith(".")));
    }
    return out;
  }

  private static int rank(TargetCheck c) {
    return switch (c.met) {
      case "missed" -> 2;
      case "undecided" -> 1;
      case "met" -> 0;
      default -> -1;
    };
  }

  /**
   * Short, for the first screen: {@code p95 order cycle 2222 ≤ 2700 s met}; a family names the
   * member that decided ({@code utilization 0.93 problemSolver ≤ 0.95 undecided}). The interval is
   * in {@code targets.csv}.
   */
  public String line() {
    if (met.equals("n/a")) {
      return name + " n/a";
    }
    String member = family ? " " + metric.substring(metric.indexOf('.') + 1) : "";
    return String.format(Locale.ROOT, "%s %s%s ≤ %s%s %s", name, number(mean), member, number(limit),
        unit.isEmpty() ? "" : " " + unit, met);
  }

  private static String number(double v) {
    return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.0f" : Math.abs(v) >= 1 ? "%.1f" : "%.3f", v);
  }
}
