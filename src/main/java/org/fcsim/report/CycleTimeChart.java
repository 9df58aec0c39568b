package org.fcsim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import java.util.Optional;
import org.fcsim.stats.MetricSummary;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StatisticalLineAndShapeRenderer;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/**
 * The distribution of order cycle time per level, from the quantile metrics
 * {@code orderCycleSec.p50 … p99} and {@code orderCycleSec.mean}: one marker per statistic
 * above each level, in minutes, with its 95% CI over replications. A thin line joins a
 * statistic across levels (levels are an ordered ladder), so the tail (p99) and the middle
 * (median) can be followed separately. Empty when the summary has none of these metrics
 * (closed-loop scenarios have no orders).
 */
final class CycleTimeChart {
  static final String PREFIX = "orderCycleSec";
  /** Statistic suffix, legend label, colour: light to dark along the tail; the mean in black. */
  private static final List<String[]> STATS = List.of(
      new String[] {"p50", "median (p50)", "74A9CF"},
      new String[] {"p90", "p90", "3690C0"},
      new String[] {"p95", "p95", "0570B0"},
      new String[] {"p99", "p99", "023858"},
      new String[] {"mean", "mean", "000000"});

  private CycleTimeChart() {}

  static Optional<JFreeChart> build(List<MetricSummary> rows) {
    SummaryLookup s = new SummaryLookup(rows);
    DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
    StatisticalLineAndShapeRenderer marks = new StatisticalLineAndShapeRenderer(true, true);
    boolean anyInterval = false;
    for (String[] stat : STATS) {
      String metric = PREFIX + "." + stat[0];
      if (!s.has(metric)) {
        continue;
      }
      int series = data.getRowCount();
      for (String level : s.levels()) {
        MetricSummary r = s.get(level, metric);
        if (r != null && !Double.isNaN(r.mean())) {
          Double h = SummaryCharts.errorBar(r);
          anyInterval |= h != null;
          data.add(Double.valueOf(r.mean() / 60), h == null ? null : Double.valueOf(h / 60), stat[1], level);
        }
      }
      if (data.getRowCount() > series) {
        Color c = new Color(Integer.parseInt(stat[2], 16));
        marks.setSeriesPaint(series, c);
        marks.setSeriesStroke(series, stat[0].equals("mean")
            ? new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {6f, 4f}, 0f)
            : new BasicStroke(1.6f));
      }
    }
    if (data.getRowCount() == 0) {
      return Optional.empty();
    }
    marks.setErrorIndicatorStroke(new BasicStroke(1.2f));
    marks.setUseSeriesOffset(true);
    marks.setItemMargin(0.25);
    NumberAxis minutes = ChartStyle.valueAxis("order cycle time (min)");
    CategoryPlot plot = new CategoryPlot(data, new LevelAxis(s.levels(), Charts.WIDTH), minutes, marks);
    ChartStyle.style(plot);
    String note = "from order arrival to shipment, orders shipped after warm-up; "
        + ChartStyle.replicationsNote(s, s.levels()) + (anyInterval ? "; error bars: 95% confidence interval" : "");
    return Optional.of(ChartStyle.chart("Order cycle time by automation level", note, plot, true));
  }
}
