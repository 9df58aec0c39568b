package org.fcsim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fcsim.stats.MetricSummary;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/**
 * The summary charts with confidence intervals: throughput and utilization by level. Bars are
 * means over replications, error bars the 95% confidence interval (drawn as mean ± half its
 * width). With one replication the interval is undefined and the bar has no error bar at all,
 * rather than a zero-width one that would read as certainty. Levels keep the order of the rows
 * and their {@link LevelPalette} colour. Pure: returns charts, writes nothing.
 */
final class SummaryCharts {
  static final String THROUGHPUT_METRIC = "unitsPerHour";
  static final String DEMAND_METRIC = "demandUnitsPerHour";
  /** Throughput metrics, each its own panel when present, in this order. */
  static final List<String> THROUGHPUT_METRICS = List.of("unitsPerHour", "ordersPerHour", "podVisitsPerHour");
  static final String UTILIZATION_PREFIX = "utilization";

  private SummaryCharts() {}

  /**
   * Throughput by level: one panel per metric of {@link #THROUGHPUT_METRICS} that the summary
   * has (units/h, and orders/h or pod visits/h), sharing the level axis; one bar per level in
   * the level's colour. Empty when none is present.
   */
  static Optional<JFreeChart> throughput(List<MetricSummary> rows) {
    SummaryLookup s = new SummaryLookup(rows);
    List<String> levels = s.levels();
    CategoryAxis levelAxis = new LevelAxis(levels, Charts.WIDTH);
    CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(levelAxis);
    plot.setGap(14);
    boolean anyInterval = false;
    for (String metric : THROUGHPUT_METRICS) {
      if (!s.has(metric)) {
        continue;
      }
      DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
      String unit = null;
      for (String level : levels) {
        MetricSummary r = s.get(level, metric);
        if (r != null) {
          Double h = errorBar(r);
          anyInterval |= h != null;
          data.add(Double.valueOf(r.mean()), h, metric, level);
          unit = r.metric().unit();
        }
      }
      StatisticalBarRenderer byLevel = look(new StatisticalBarRenderer() {
        @Override
        public Paint getItemPaint(int row, int column) {
          int level = levels.indexOf((String) data.getColumnKey(column));
          return LevelPalette.of(level, levels.size());
        }
      });
      CategoryPlot panel = new CategoryPlot(data, null, ChartStyle.valueAxis(throughputLabel(metric, unit)), byLevel);
      if (metric.equals(THROUGHPUT_METRIC) && s.has(DEMAND_METRIC)) {
        demandLine(panel, s, levels);
      }
      ChartStyle.style(panel);
      plot.add(panel, 1);
    }
    if (plot.getSubplots().isEmpty()) {
      return Optional.empty();
    }
    String note = ChartStyle.replicationsNote(s, levels) + " after warm-up"
        + (anyInterval ? "; error bars: 95% confidence interval" : "") + (s.has(DEMAND_METRIC) ? "; dashed line: demand" : "");
    return Optional.of(ChartStyle.chart("Throughput by automation level", note, plot, false));
  }

  /** The demand offered at each level, drawn over its shipped units as a line: where a bar falls short, the level does not keep up. */
  private static void demandLine(CategoryPlot panel, SummaryLookup s, List<String> levels) {
    DefaultCategoryDataset demand = new DefaultCategoryDataset();
    for (String level : levels) {
      MetricSummary r = s.get(level, DEMAND_METRIC);
      demand.addValue(r == null ? null : Double.valueOf(r.mean()), "demand", level);
    }
    LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
    line.setSeriesPaint(0, Color.BLACK);
    line.setSeriesStroke(0, new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {8f, 6f}, 0f));
    panel.setDataset(1, demand);
    panel.setRenderer(1, line);
    panel.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
  }

  /** The axis label (and table heading) of a throughput metric, unit included. */
  static String throughputLabel(String metric, String unit) {
    return switch (metric) {
      case "unitsPerHour" -> "units shipped (units/h)";
      case "ordersPerHour" -> "orders shipped (orders/h)";
      case "podVisitsPerHour" -> "pod visits (visits/h)";
      default -> ChartStyle.words(metric) + " (" + unit + ")";
    };
  }

  /**
   * Utilization by agent group (every metric named {@code utilization.<group>}): groups along
   * the axis, one bar per level in the level's colour, 0–100%. A group is left out at a level
   * where the summary says it has no one on shift ({@code onShiftHours.<group>} is 0), so an
   * absent role does not read as an idle one. Empty when no utilization is present.
   */
  static Optional<JFreeChart> utilization(List<MetricSummary> rows) {
    SummaryLookup s = new SummaryLookup(rows);
    List<String> levels = s.levels();
    DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
    List<String> groups = new ArrayList<>(s.suffixes(UTILIZATION_PREFIX));
    double top = 1.0;
    boolean anyInterval = false;
    for (String level : levels) {
      for (String group : groups) {
        MetricSummary r = s.get(level, UTILIZATION_PREFIX + "." + group);
        if (r == null || s.mean(level, "onShiftHours." + group) == 0) {
          continue;
        }
        Double h = errorBar(r);
        anyInterval |= h != null;
        top = Math.max(top, r.mean() + (h == null ? 0 : h));
        data.add(Double.valueOf(r.mean()), h, level, ChartStyle.words(group));
      }
    }
    if (data.getRowCount() == 0) {
      return Optional.empty();
    }
    StatisticalBarRenderer bars = look(new StatisticalBarRenderer());
    for (int i = 0; i < data.getRowCount(); i++) {
      bars.setSeriesPaint(i, LevelPalette.of(levels.indexOf((String) data.getRowKey(i)), levels.size()));
    }
    NumberAxis axis = ChartStyle.percentAxis("utilization (% of time busy)", 0.2);
    axis.setRange(0, Math.max(1.05, top * 1.02));
    CategoryPlot plot = new CategoryPlot(data, new CategoryAxis("agent group"), axis, bars);
    ChartStyle.style(plot);
    plot.getDomainAxis().setTickLabelFont(ChartStyle.SMALL);
    plot.getDomainAxis().setCategoryMargin(0.12);
    plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(1.15f);
    String note = ChartStyle.replicationsNote(s, levels) + " after warm-up"
        + (anyInterval ? "; error bars: 95% confidence interval" : "")
        + "; no bar: the group has no one at that level";
    return Optional.of(ChartStyle.chart("Utilization by agent group and automation level", note, plot, true));
  }

  private static StatisticalBarRenderer look(StatisticalBarRenderer bars) {
    bars.setBarPainter(new StandardBarPainter());
    bars.setShadowVisible(false);
    bars.setErrorIndicatorPaint(Color.BLACK);
    bars.setErrorIndicatorStroke(new BasicStroke(1.5f));
    bars.setItemMargin(0.04);
    bars.setMaximumBarWidth(0.12);
    return bars;
  }

  /**
   * The 95% CI's radius above the mean (below it the interval may be cut at zero); NaN when the
   * interval is undefined (one replication).
   */
  static double halfWidth(MetricSummary r) {
    return r.ci95High() - r.mean();
  }

  /** The error bar of a row, or null when its interval is undefined. */
  static Double errorBar(MetricSummary r) {
    double h = halfWidth(r);
    return Double.isNaN(h) ? null : Double.valueOf(h);
  }
}
