package org.fcsim.report;

import static org.fcsim.report.HtmlReport.escape;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.fcsim.stats.MetricSummary;
import org.fcsim.task.TaskType;

/**
 * The key tables of the HTML report, as HTML fragments built from the summary rows: every text
 * escaped, numbers right-aligned with a thousands separator (these tables are for reading; the
 * CSV files are for computing), a 95% CI beside each mean where one exists, and an en dash
 * where a value is absent. Each method returns an empty string when its metrics are absent.
 */
final class ReportTables {
  private static final String DASH = "\u2013";

  private ReportTables() {}

  /** Throughput per level: every {@link SummaryCharts#THROUGHPUT_METRICS} metric present. */
  static String throughput(SummaryLookup s) {
    List<String> metrics = SummaryCharts.THROUGHPUT_METRICS.stream().filter(s::has).toList();
    if (metrics.isEmpty()) {
      return "";
    }
    List<String> head = new ArrayList<>(List.of("level"));
    for (String m : metrics) {
      head.add(SummaryCharts.throughputLabel(m, unit(s, m)));
      head.add("95% CI");
    }
    head.add("replications");
    List<List<Cell>> rows = new ArrayList<>();
    for (String level : s.levels()) {
      List<Cell> row = new ArrayList<>(List.of(Cell.text(level)));
      for (String m : metrics) {
        MetricSummary r = s.get(level, m);
        row.add(Cell.num(r == null ? DASH : number(r.mean())));
        row.add(Cell.num(r == null ? DASH : interval(r)));
      }
      row.add(Cell.num(Integer.toString(s.replications(level))));
      rows.add(row);
    }
    return table("throughput", head, rows);
  }

  /** Associate hours by task category (columns, in category order) per level, and the total. */
  static String humanHours(SummaryLookup s) {
    List<String> categories = new ArrayList<>(s.suffixes(TaskCharts.HOURS_PREFIX));
    categories.remove(TaskCharts.TOTAL);
    if (categories.isEmpty()) {
      return "";
    }
    categories.sort(Comparator.comparingInt(TaskCharts::categoryOrder));
    List<String> head = new ArrayList<>(List.of("level"));
    categories.forEach(c -> head.add(ChartStyle.words(c) + " (h)"));
    boolean total = s.has(TaskCharts.HOURS_PREFIX + "." + TaskCharts.TOTAL);
    if (total) {
      head.add("total (h)");
      head.add("95% CI");
    }
    List<List<Cell>> rows = new ArrayList<>();
    for (String level : s.levels()) {
      List<Cell> row = new ArrayList<>(List.of(Cell.text(level)));
      categories.forEach(c -> row.add(Cell.num(number(s.mean(level, TaskCharts.HOURS_PREFIX + "." + c)))));
      if (total) {
        MetricSummary t = s.get(level, TaskCharts.HOURS_PREFIX + "." + TaskCharts.TOTAL);
        row.add(Cell.num(t == null ? DASH : number(t.mean())));
        row.add(Cell.num(t == null ? DASH : interval(t)));
      }
      rows.add(row);
    }
    return table("human-hours", head, rows);
  }

  /**
   * The task ledger of one level: task type × performer with the mean count, hours (with CI),
   * and the share of that task type done by people. Rows with no tasks are left out; task types
   * in {@link TaskType} order, performers of one type in ledger order.
   */
  static String ledger(SummaryLookup s, List<LedgerCsv.Row> pivot, String level) {
    List<List<Cell>> rows = new ArrayList<>();
    List<LedgerCsv.Row> here = pivot.stream().filter(r -> r.level().equals(level))
        .filter(r -> !(zero(r.count()) && zero(r.hours())))
        .sorted(Comparator.comparingInt((LedgerCsv.Row r) -> TaskType.byKey(r.taskType()) == null
            ? Integer.MAX_VALUE : TaskType.byKey(r.taskType()).ordinal()))
        .toList();
    for (LedgerCsv.Row r : here) {
      TaskType type = TaskType.byKey(r.taskType());
      double share = s.mean(level, TaskCharts.SHARE_PREFIX + "." + r.taskType());
      rows.add(List.of(
          Cell.swatch(r.taskType(), ChartStyle.words(r.taskType())),
          Cell.text(type == null ? DASH : ChartStyle.words(type.category().key())),
          Cell.text(ChartStyle.words(r.performer())),
          Cell.text(r.human().isEmpty() ? DASH : r.human().equals("true") ? "person" : "robot"),
          Cell.num(r.count() == null ? DASH : number(r.count().mean())),
          Cell.num(r.hours() == null ? DASH : number(r.hours().mean())),
          Cell.num(r.hours() == null ? DASH : interval(r.hours())),
          Cell.num(Double.isNaN(share) ? DASH : percent(share))));
    }
    if (rows.isEmpty()) {
      return "";
    }
    return table("ledger", List.of("task type", "category", "performer", "kind", "tasks", "hours (h)", "95% CI",
        "share of type done by people"), rows);
  }

  /**
   * Utilization (and availability, where reported) of every agent group: groups down, levels
   * across. A group with no one on shift at a level shows a dash.
   */
  static String utilization(SummaryLookup s) {
    List<String> metrics = new ArrayList<>();
    for (String g : s.suffixes(SummaryCharts.UTILIZATION_PREFIX)) {
      metrics.add(SummaryCharts.UTILIZATION_PREFIX + "." + g);
    }
    for (String g : s.suffixes("availability")) {
      metrics.add("availability." + g);
    }
    if (metrics.isEmpty()) {
      return "";
    }
    List<String> head = new ArrayList<>(List.of("agent group", "measure"));
    s.levels().forEach(head::add);
    List<List<Cell>> rows = new ArrayList<>();
    for (String m : metrics) {
      String group = m.substring(m.indexOf('.') + 1);
      List<Cell> row = new ArrayList<>(List.of(Cell.text(ChartStyle.words(group)), Cell.text(m.substring(0, m.indexOf('.')))));
      for (String level : s.levels()) {
        MetricSummary r = s.get(level, m);
        boolean absent = r == null || s.mean(level, "onShiftHours." + group) == 0;
        row.add(Cell.num(absent ? DASH : percent(r.mean()) + " " + percentInterval(r)));
      }
      rows.add(row);
    }
    return table("utilization", head, rows);
  }

  /** Order cycle time statistics per level, in minutes. */
  static String cycleTime(SummaryLookup s) {
    List<String> stats = List.of("mean", "p50", "p90", "p95", "p99");
    List<String> present = stats.stream().filter(st -> s.has(CycleTimeChart.PREFIX + "." + st)).toList();
    if (present.isEmpty()) {
      return "";
    }
    List<String> head = new ArrayList<>(List.of("level"));
    present.forEach(st -> head.add(st + " (min)"));
    List<List<Cell>> rows = new ArrayList<>();
    for (String level : s.levels()) {
      List<Cell> row = new ArrayList<>(List.of(Cell.text(level)));
      present.forEach(st -> row.add(Cell.num(number(s.mean(level, CycleTimeChart.PREFIX + "." + st) / 60))));
      rows.add(row);
    }
    return table("cycle-time", head, rows);
  }

  /** A table cell: escaped text, optionally right-aligned, optionally led by a task colour swatch. */
  record Cell(String text, boolean numeric, String swatchKey) {
    static Cell text(String t) {
      return new Cell(t, false, null);
    }

    static Cell num(String t) {
      return new Cell(t, true, null);
    }

    static Cell swatch(String key, String t) {
      return new Cell(t, false, key);
    }

    String html() {
      StringBuilder b = new StringBuilder(numeric ? "<td class=\"num\">" : "<td>");
      if (swatchKey != null) {
        java.awt.Color c = TaskPalette.of(swatchKey);
        b.append(String.format(Locale.ROOT, "<span class=\"sw\" style=\"background:#%06x\"></span>", c.getRGB() & 0xFFFFFF));
      }
      return b.append(escape(text)).append("</td>").toString();
    }
  }

  static String table(String cssClass, List<String> head, List<List<Cell>> rows) {
    StringBuilder b = new StringBuilder("<div class=\"scroll\"><table class=\"").append(cssClass).append("\">\n<thead><tr>");
    head.forEach(h -> b.append("<th>").append(escape(h)).append("</th>"));
    b.append("</tr></thead>\n<tbody>\n");
    for (List<Cell> row : rows) {
      b.append("<tr>");
      row.forEach(c -> b.append(c.html()));
      b.append("</tr>\n");
    }
    return b.append("</tbody></table></div>\n").toString();
  }

  /** A number for reading: 3,824 · 305.8 · 4.89 · 0.494; an en dash for NaN. */
  static String number(double x) {
    if (Double.isNaN(x)) {
      return DASH;
    }
    double a = Math.abs(x);
    String f = a >= 1000 ? "%,.0f" : a >= 10 ? "%,.1f" : a >= 1 || a == 0 ? "%.2f" : "%.3g";
    return String.format(Locale.US, f, x);
  }

  static String percent(double fraction) {
    return Double.isNaN(fraction) ? DASH : String.format(Locale.US, "%.1f%%", 100 * fraction);
  }

  private static String interval(MetricSummary r) {
    if (Double.isNaN(r.ci95Low()) || Double.isNaN(r.ci95High())) {
      return DASH;
    }
    return "[" + number(r.ci95Low()) + ", " + number(r.ci95High()) + "]";
  }

  private static String percentInterval(MetricSummary r) {
    if (Double.isNaN(r.ci95Low()) || Double.isNaN(r.ci95High())) {
      return "";
    }
    return String.format(Locale.US, "[%.1f, %.1f]", 100 * r.ci95Low(), 100 * r.ci95High());
  }

  private static String unit(SummaryLookup s, String metric) {
    for (String level : s.levels()) {
      MetricSummary r = s.get(level, metric);
      if (r != null) {
        return r.metric().unit();
      }
    }
    return "";
  }

  private static boolean zero(MetricSummary m) {
    return m == null || m.mean() == 0;
  }
}
