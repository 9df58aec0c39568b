package org.fcsim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.fcsim.scenario.Quantities;
import org.fcsim.scenario.Scenario;
import org.fcsim.scenario.ScenarioLevels;
import org.fcsim.stats.MetricSummary;

/**
 * The summary of a run for the terminal: one block per level, each showing at most
 * {@link #ROWS_PER_LEVEL} metrics and saying where the rest are. A run of the single level
 * {@code base} prints exactly {@link SummaryTable}'s table.
 */
final class LevelTables {
  static final int ROWS_PER_LEVEL = 12;

  private LevelTables() {}

  /**
   * @param levels     the levels that ran, in run order
   * @param summary    every level's rows, level by level, as in {@code summary.csv}
   * @param summaryCsv where the full table is, named when rows were left out
   */
  static String format(List<ScenarioLevels.Level> levels, List<MetricSummary> summary, Path summaryCsv) {
    StringBuilder sb = new StringBuilder();
    if (levels.size() == 1 && levels.get(0).name().equals("base")) {
      List<MetricSummary> rows = rowsOf("base", summary);
      sb.append(SummaryTable.format(levels.get(0).scenario().scenario(), head(rows)));
      sb.append(more(rows, summaryCsv));
      return sb.toString();
    }
    Scenario first = levels.get(0).scenario().scenario();
    sb.append(String.format(Locale.ROOT, "%s: %d level%s, seed %d%n",
        first.name(), levels.size(), levels.size() == 1 ? "" : "s", first.seed()));
    for (ScenarioLevels.Level level : levels) {
      Scenario s = level.scenario().scenario();
      List<MetricSummary> rows = rowsOf(level.name(), summary);
      sb.append(String.format(Locale.ROOT, "%nlevel %s: %d replications of %s (warm-up %s)%n", level.name(),
          s.replications(), Quantities.formatDuration(s.horizonSec()), Quantities.formatDuration(s.warmupSec())));
      // columns as in SummaryTable
      sb.append(String.format(Locale.ROOT, "%-34s %14s  %-27s %s%n",
          "metric", "mean", "95% confidence interval", "unit"));
      for (MetricSummary r : head(rows)) {
        String ci = Double.isNaN(r.ci95Low()) ? "(needs 2+ replications)"
            : String.format(Locale.ROOT, "[%s, %s]", number(r.ci95Low()), number(r.ci95High()));
        sb.append(String.format(Locale.ROOT, "%-34s %14s  %-27s %s%n",
            r.metric().name(), number(r.mean()), ci, r.metric().unit()));
      }
      sb.append(more(rows, summaryCsv));
    }
    return sb.toString();
  }

  private static List<MetricSummary> rowsOf(String level, List<MetricSummary> summary) {
    return summary.stream().filter(r -> r.level().equals(level)).toList();
  }

  private static List<MetricSummary> head(List<MetricSummary> rows) {
    return rows.subList(0, Math.min(ROWS_PER_LEVEL, rows.size()));
  }

  private static String more(List<MetricSummary> rows, Path summaryCsv) {
    int left = rows.size() - ROWS_PER_LEVEL;
    return left <= 0 ? "" : String.format(Locale.ROOT, "... %d more metrics in %s%n", left, summaryCsv);
  }

  private static String number(double v) {
    return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.1f" : "%.4f", v);
  }
}
