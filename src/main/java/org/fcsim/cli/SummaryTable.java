package org.fcsim.cli;

import java.util.List;
import java.util.Locale;
import org.fcsim.scenario.Quantities;
import org.fcsim.scenario.Scenario;
import org.fcsim.stats.MetricSummary;

/** The summary as an aligned plain-text table for the terminal. */
final class SummaryTable {
  private SummaryTable() {}

  static String format(Scenario scenario, List<MetricSummary> rows) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%s: %d %s of %s (warm-up %s), seed %d%n",
        scenario.name(), scenario.replications(), scenario.replications() == 1 ? "replication" : "replications",
        Quantities.formatDuration(scenario.horizonSec()),
        Quantities.formatDuration(scenario.warmupSec()), scenario.seed()));
    sb.append(String.format(Locale.ROOT, "%-34s %14s  %-27s %s%n", "metric", "mean", "95% confidence interval", "unit"));
    for (MetricSummary r : rows) {
      String ci = Double.isNaN(r.mean()) ? "(no replication observed it)"
          : Double.isNaN(r.ci95Low()) ? "(needs 2+ replications)"
          : String.format(Locale.ROOT, "[%s, %s]", number(r.ci95Low()), number(r.ci95High()));
      sb.append(String.format(Locale.ROOT, "%-34s %14s  %-27s %s%n",
          r.metric().name(), number(r.mean()), ci, r.metric().unit()));
    }
    return sb.toString();
  }

  private static String number(double v) {
    if (Double.isNaN(v)) {
      return "-";
    }
    return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.1f" : "%.4f", v);
  }
}
