package org.fcsim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.fcsim.stats.MetricSummary;
import org.fcsim.task.Performer;
import org.fcsim.task.TaskType;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The "which tasks shift to people" charts, from the task metrics of the summary: associate
 * hours by task category ({@code humanTaskHours.<category>}) and the share of each task type
 * done by people ({@code humanShare.<taskType>}, with {@code taskCount.<taskType>.<performer>}
 * telling whether the type occurs at all). Tasks are coloured by {@link TaskPalette}. Pure.
 */
final class TaskCharts {
  static final String HOURS_PREFIX = "humanTaskHours";
  static final String SHARE_PREFIX = "humanShare";
  static final String COUNT_PREFIX = "taskCount";
  static final String TOTAL = "total";
  static final String PEOPLE = "people";
  static final String ROBOTS = "robots";

  private TaskCharts() {}

  /**
   * Stacked bars, one per level: the mean associate hours in each task category, bottom to top
   * in {@link TaskType.Category} order (unknown categories after). A category that is zero at
   * every level is left out. Above each bar, the total and its 95% CI half-width from
   * {@code humanTaskHours.total} when present. Empty when there are no category metrics.
   */
  static Optional<JFreeChart> humanHours(List<MetricSummary> rows) {
    SummaryLookup s = new SummaryLookup(rows);
    List<String> categories = new ArrayList<>(s.suffixes(HOURS_PREFIX));
    categories.remove(TOTAL);
    categories.removeIf(c -> s.levels().stream().noneMatch(l -> s.mean(l, HOURS_PREFIX + "." + c) > 0));
    categories.sort(Comparator.comparingInt(TaskCharts::categoryOrder));
    if (categories.isEmpty()) {
      return Optional.empty();
    }
    List<String> levels = s.levels().stream()
        .filter(l -> categories.stream().anyMatch(c -> s.get(l, HOURS_PREFIX + "." + c) != null)).toList();
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    StackedBarRenderer bars = stacked();
    for (int i = 0; i < categories.size(); i++) {
      String c = categories.get(i);
      bars.setSeriesPaint(i, TaskPalette.of(c));
      for (String level : levels) {
        double h = s.mean(level, HOURS_PREFIX + "." + c);
        data.addValue(Double.isNaN(h) ? null : Double.valueOf(h), ChartStyle.words(c), level);
      }
    }
    NumberAxis hours = ChartStyle.valueAxis("associate work hours (h)");
    hours.setUpperMargin(0.12);
    CategoryPlot plot = new CategoryPlot(data, new LevelAxis(levels, Charts.WIDTH), hours, bars);
    ChartStyle.style(plot);
    NumberFormat f = NumberFormat.getNumberInstance(Locale.US);
    f.setMaximumFractionDigits(0);
    for (String level : levels) {
      double total = 0;
      for (String c : categories) {
        double h = s.mean(level, HOURS_PREFIX + "." + c);
        total += Double.isNaN(h) ? 0 : h;
      }
      String label = f.format(total) + " h";
      MetricSummary t = s.get(level, HOURS_PREFIX + "." + TOTAL);
      if (t != null && !Double.isNaN(SummaryCharts.halfWidth(t))) {
        label = f.format(t.mean()) + " ± " + f.format(SummaryCharts.halfWidth(t)) + " h";
      }
      totalLabel(plot, label, level, total);
    }
    String note = "work time of all associates after warm-up, by task category; "
        + ChartStyle.replicationsNote(s, levels) + "; label: total ± 95% CI";
    return Optional.of(ChartStyle.chart("Which tasks people do: associate hours by task category", note, plot, true));
  }

  /**
   * Small multiples, one panel per level side by side, sharing one axis of task types: a 100%
   * bar per task type split into the share of its tasks done by people (in the task's colour)
   * and by robots (grey). Task types come in {@link TaskType} order; a type that never occurs
   * is left out, and a panel has no bar for a type that does not occur at its level. Empty when
   * there are no share metrics.
   */
  static Optional<JFreeChart> humanShare(List<MetricSummary> rows) {
    SummaryLookup s = new SummaryLookup(rows);
    List<String> types = new ArrayList<>(s.suffixes(SHARE_PREFIX));
    types.sort(Comparator.comparingInt(TaskCharts::typeOrder));
    Map<String, List<String>> occurs = new LinkedHashMap<>();
    for (String level : s.levels()) {
      List<String> here = types.stream().filter(t -> occurs(s, rows, level, t)).toList();
      if (!here.isEmpty()) {
        occurs.put(level, here);
      }
    }
    types.removeIf(t -> occurs.values().stream().noneMatch(l -> l.contains(t)));
    if (types.isEmpty()) {
      return Optional.empty();
    }
    CategoryAxis typeAxis = ChartStyle.axis(new CategoryAxis(null));
    typeAxis.setCategoryMargin(0.25);
    CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(typeAxis);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setGap(40);
    for (Map.Entry<String, List<String>> e : occurs.entrySet()) {
      DefaultCategoryDataset data = new DefaultCategoryDataset();
      for (String t : types) {
        boolean here = e.getValue().contains(t);
        double people = here ? peopleShare(s, rows, e.getKey(), t) : Double.NaN;
        data.addValue(here ? Double.valueOf(people) : null, PEOPLE, ChartStyle.words(t));
        data.addValue(here ? Double.valueOf(1 - people) : null, ROBOTS, ChartStyle.words(t));
      }
      StackedBarRenderer bars = new StackedBarRenderer() {
        @Override
        public Paint getItemPaint(int row, int column) {
          return row == 0 ? TaskPalette.of(types.get(column)) : TaskPalette.ROBOTS;
        }
      };
      look(bars);
      NumberAxis share = ChartStyle.percentAxis(e.getKey(), 0.5);
      share.setTickLabelFont(ChartStyle.SMALL);
      CategoryPlot panel = new CategoryPlot(data, null, share, bars);
      ChartStyle.style(panel);
      plot.add(panel);
    }
    LegendItemCollection key = new LegendItemCollection();
    List<String> peopleTypes = types.stream().filter(t -> occurs.entrySet().stream()
        .anyMatch(e -> e.getValue().contains(t) && peopleShare(s, rows, e.getKey(), t) > 0)).toList();
    peopleTypes.stream().map(t -> TaskType.byKey(t) == null ? t : TaskType.byKey(t).category().key()).distinct()
        .sorted(Comparator.comparingInt(TaskCharts::categoryOrder))
        .forEach(c -> key.add(legendItem("people: " + ChartStyle.words(c), TaskPalette.of(c))));
    key.add(legendItem(ROBOTS, TaskPalette.ROBOTS));
    plot.setFixedLegendItems(key);
    String note = "share of each task type's tasks done by people (coloured by task category) and by robots (grey), "
        + "by level; no bar: the task does not occur at that level";
    return Optional.of(ChartStyle.chart("Who does each task: people vs robots", note, plot, true));
  }

  /**
   * People's share of the {@code type} tasks of {@code level} over all its replications: their mean
   * count over the mean count of every performer, so a replication without such a task weighs
   * nothing (the mean of the per-replication {@code humanShare}, which reads 0 there, would paint
   * a task no robot does as mostly robots'); the share metric itself without counts.
   */
  private static double peopleShare(SummaryLookup s, List<MetricSummary> rows, String level, String type) {
    String prefix = COUNT_PREFIX + "." + type + ".";
    double people = 0;
    double all = 0;
    for (MetricSummary r : rows) {
      if (r.level().equals(level) && r.metric().name().startsWith(prefix)) {
        Performer p = Performer.byKey(r.metric().name().substring(prefix.length()));
        all += r.mean();
        people += p != null && p.human() ? r.mean() : 0;
      }
    }
    return all > 0 ? people / all : s.mean(level, SHARE_PREFIX + "." + type);
  }

  /**
   * Whether {@code type} occurs at {@code level}: some {@code taskCount.<type>.*} mean is
   * positive; without any such counts, whether the share metric is present.
   */
  private static boolean occurs(SummaryLookup s, List<MetricSummary> rows, String level, String type) {
    if (s.get(level, SHARE_PREFIX + "." + type) == null) {
      return false;
    }
    String prefix = COUNT_PREFIX + "." + type + ".";
    boolean anyCount = false;
    for (MetricSummary r : rows) {
      if (r.level().equals(level) && r.metric().name().startsWith(prefix)) {
        anyCount = true;
        if (r.mean() > 0) {
          return true;
        }
      }
    }
    return !anyCount;
  }

  /** {@code label} centred above the bar of {@code level} whose top is at {@code total}. */
  static void totalLabel(CategoryPlot plot, String label, String level, double total) {
    CategoryTextAnnotation a = new CategoryTextAnnotation(label, level, total);
    a.setFont(ChartStyle.SMALL);
    a.setPaint(ChartStyle.TEXT);
    a.setTextAnchor(TextAnchor.BOTTOM_CENTER);
    plot.addAnnotation(a);
  }

  private static LegendItem legendItem(String label, Color colour) {
    LegendItem item = new LegendItem(label, colour);
    item.setLabelFont(ChartStyle.TICK);
    return item;
  }

  static StackedBarRenderer stacked() {
    return look(new StackedBarRenderer());
  }

  private static StackedBarRenderer look(StackedBarRenderer bars) {
    bars.setBarPainter(new StandardBarPainter());
    bars.setShadowVisible(false);
    bars.setDrawBarOutline(true);
    bars.setDefaultOutlinePaint(Color.WHITE);
    bars.setDefaultOutlineStroke(new BasicStroke(0.8f));
    bars.setAutoPopulateSeriesOutlinePaint(false);
    bars.setAutoPopulateSeriesOutlineStroke(false);
    bars.setMaximumBarWidth(0.14);
    return bars;
  }

  /** Position of a category key in {@link TaskType.Category} order; unknown keys last. */
  static int categoryOrder(String key) {
    for (TaskType.Category c : TaskType.Category.values()) {
      if (c.key().equals(key)) {
        return c.ordinal();
      }
    }
    return Integer.MAX_VALUE;
  }

  private static int typeOrder(String key) {
    TaskType t = TaskType.byKey(key);
    return t == null ? Integer.MAX_VALUE : t.ordinal();
  }
}
