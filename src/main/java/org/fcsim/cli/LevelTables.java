package org.fcsim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.fcsim.scenario.Quantities;
import org.fcsim.scenario.Scenario;
import org.fcsim.scenario.ScenarioLevels;
import org.fcsim.stats.MetricSummary;

/**
 * The summary of a run for the terminal. A run of the single level {@code base} prints
 * {@link SummaryTable}'s table: the key metrics first (throughput against demand, utilization,
 * human hours), then the file's other rows in file order, {@link #ROWS_PER_LEVEL} rows in all
 * unless there are more key metrics; a run of several levels prints one row per key metric and
 * one column per level, so levels compare at a glance (the README shows it).
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
      List<MetricSummary> shown = leading(rows);
      sb.append(SummaryTable.format(levels.get(0).scenario().scenario(), shown));
      sb.append(more(rows.size() - shown.size(), summaryCsv));
      return sb.toString();
    }
    Scenario first = levels.get(0).scenario().scenario();
    sb.append(String.format(Locale.ROOT, "%s: %d %s, seed %d, %d %s of %s each (warm-up %s); mean ± 95%% CI half-width%n",
        first.name(), levels.size(), levels.size() == 1 ? "level" : "levels", first.seed(), first.replications(),
        first.replications() == 1 ? "replication" : "replications",
        Quantities.formatDuration(first.horizonSec()), Quantities.formatDuration(first.warmupSec())));
    List<String> names = levels.stream().map(ScenarioLevels.Level::name).toList();
    int width = Math.max(16, names.stream().mapToInt(String::length).max().orElse(0) + 2);
    List<String> keys = keyMetrics(summary);
    int labelWidth = 2 + keys.stream().mapToInt(k -> label(k, summary).length()).max().orElse(0);
    StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-" + labelWidth + "s", "metric (unit)"));
    names.forEach(n -> header.append(String.format(Locale.ROOT, "%" + width + "s", n)));
    sb.append(header.toString().stripTrailing()).append(System.lineSeparator());
    for (String metric : keys) {
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-" + labelWidth + "s", label(metric, summary)));
      for (String level : names) {
        line.append(String.format(Locale.ROOT, "%" + width + "s", summary.stream()
            .filter(r -> r.level().equals(level) && r.metric().name().equals(metric)).findFirst()
            .map(LevelTables::meanAndHalfWidth).orElse("-")));
      }
      sb.append(line.toString().stripTrailing()).append(System.lineSeparator());
    }
    sb.append(String.format(Locale.ROOT, "All %d metrics per level: %s%n", summary.size() / levels.size(), summaryCsv));
    return sb.toString();
  }

  /** The metrics a planner compares first across levels, in this order, when the run has them. */
  private static final List<String> KEY_PREFIXES = List.of(
      "unitsPerHour", "ordersPerHour", "podVisitsPerHour", "orderCycleSec.mean", "orderCycleSec.p95", "costPerUnit",
      "humanTaskHours.", "robotStowedShare", "machinePackedShare", "utilization.", "availability.");

  /**
   * The metrics a planner reads first about one level, in this order: throughput against demand,
   * time in the building, cost, utilization, human hours, what machines took over.
   */
  private static final List<String> SINGLE_LEVEL_KEY_PREFIXES = List.of(
      "unitsPerHour", "demandUnitsPerHour", "ordersPerHour", "podVisitsPerHour", "orderCycleSec.mean",
      "orderCycleSec.p95", "costPerUnit", "utilization.", "humanTaskHours.", "robotStowedShare", "machinePackedShare",
      "availability.");

  private static List<String> keyMetrics(List<MetricSummary> summary) {
    return keyMetrics(summary, KEY_PREFIXES);
  }

  private static List<String> keyMetrics(List<MetricSummary> summary, List<String> prefixes) {
    List<String> names = summary.stream().map(r -> r.metric().name()).distinct().toList();
    List<String> keys = new java.util.ArrayList<>();
    for (String prefix : prefixes) {
      for (String name : names) {
        if ((prefix.endsWith(".") ? name.startsWith(prefix) : name.equals(prefix)) && !keys.contains(name)) {
          keys.add(name);
        }
      }
    }
    return keys;
  }

  private static String label(String metric, List<MetricSummary> summary) {
    MetricSummary any = summary.stream().filter(r -> r.metric().name().equals(metric)).findFirst().orElseThrow();
    return metric + " (" + any.metric().unit() + ")";
  }

  /** Mean and half-width with the same number of decimals, chosen by the mean's size. */
  private static String meanAndHalfWidth(MetricSummary r) {
    if (Double.isNaN(r.mean())) {
      return "-";
    }
    double a = Math.abs(r.mean());
    String format = a >= 100 ? "%.0f" : a >= 1 ? "%.1f" : "%.3f";
    String mean = String.format(Locale.ROOT, format, r.mean());
    return Double.isNaN(r.ci95Low()) ? mean
        : mean + " ±" + String.format(Locale.ROOT, format, r.ci95High() - r.mean());
  }

  private static List<MetricSummary> rowsOf(String level, List<MetricSummary> summary) {
    return summary.stream().filter(r -> r.level().equals(level)).toList();
  }

  /** One level's rows to print: its key metrics in key order, then the rest in file order, cut. */
  private static List<MetricSummary> leading(List<MetricSummary> rows) {
    List<String> keys = keyMetrics(rows, SINGLE_LEVEL_KEY_PREFIXES);
    List<MetricSummary> ordered = new java.util.ArrayList<>();
    keys.forEach(k -> rows.stream().filter(r -> r.metric().name().equals(k)).findFirst().ifPresent(ordered::add));
    rows.stream().filter(r -> !keys.contains(r.metric().name())).forEach(ordered::add);
    return ordered.subList(0, Math.min(Math.max(ROWS_PER_LEVEL, keys.size()), ordered.size()));
  }

  private static String more(int left, Path summaryCsv) {
    return left <= 0 ? "" : String.format(Locale.ROOT, "... %d more metrics in %s%n", left, summaryCsv);
  }

  private static String number(double v) {
    return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.1f" : "%.4f", v);
  }
}
