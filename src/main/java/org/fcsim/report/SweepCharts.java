package org.fcsim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fcsim.stats.MetricSummary;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The summary charts of a numeric sweep: the metric against the swept value, a line through
 * the means with the 95% confidence interval as a shaded band, the swept key as the x axis
 * title. One line per level of the ladder the sweep expanded (one line without a ladder), in
 * the ladder's {@link LevelPalette} order. Where the interval is undefined (one replication)
 * the band has no width. Pure: returns charts, writes nothing.
 */
final class SweepCharts {
  private static final float BAND_ALPHA = 0.22f;

  private SweepCharts() {}

  /**
   * Throughput against the swept value: one panel per metric of
   * {@link SummaryCharts#THROUGHPUT_METRICS} the summary has, sharing the x axis; demand as a
   * dashed line in the units panel. Empty when none is present.
   */
  static Optional<JFreeChart> throughput(List<MetricSummary> rows, SweepAxis sweep) {
    SummaryLookup s = new SummaryLookup(rows);
    CombinedDomainXYPlot plot = new CombinedDomainXYPlot(xAxis(sweep));
    plot.setGap(14);
    for (String metric : SummaryCharts.THROUGHPUT_METRICS) {
      if (!s.has(metric)) {
        continue;
      }
      YIntervalSeriesCollection data = bands(s, sweep, metric);
      String unit = s.get(firstLevel(s, metric), metric).metric().unit();
      XYPlot panel = new XYPlot(data, null, ChartStyle.valueAxis(SummaryCharts.throughputLabel(metric, unit)),
          renderer(data.getSeriesCount()));
      if (metric.equals(SummaryCharts.THROUGHPUT_METRIC) && s.has(SummaryCharts.DEMAND_METRIC)) {
        demandLine(panel, s, sweep);
      }
      ChartStyle.style(panel);
      plot.add(panel, 1);
    }
    if (plot.getSubplots().isEmpty()) {
      return Optional.empty();
    }
    // every panel has the same lines: list them once
    plot.setFixedLegendItems(((XYPlot) plot.getSubplots().get(0)).getRenderer().getLegendItems());
    String note = ChartStyle.replicationsNote(s, s.levels()) + " after warm-up; band: 95% confidence interval"
        + (s.has(SummaryCharts.DEMAND_METRIC) ? "; dashed line: demand" : "");
    return Optional.of(ChartStyle.chart("Throughput against " + sweep.key(), note, plot, sweep.series().size() > 1));
  }

  /**
   * Utilization of every agent group against the swept value, one line per group (per ladder
   * level and group when the sweep expanded a ladder), 0–100%. A group is left out at a value
   * where no one of it is on shift. Empty when no utilization is present.
   */
  static Optional<JFreeChart> utilization(List<MetricSummary> rows, SweepAxis sweep) {
    SummaryLookup s = new SummaryLookup(rows);
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    boolean ladder = sweep.series().size() > 1;
    double top = 1.0;
    for (String series : sweep.series()) {
      for (String group : s.suffixes(SummaryCharts.UTILIZATION_PREFIX)) {
        YIntervalSeries line = new YIntervalSeries((ladder ? series + ": " : "") + ChartStyle.words(group));
        for (Map.Entry<String, SweepAxis.Point> p : sweep.points().entrySet()) {
          MetricSummary r = s.get(p.getKey(), SummaryCharts.UTILIZATION_PREFIX + "." + group);
          if (p.getValue().series().equals(series) && r != null && s.mean(p.getKey(), "onShiftHours." + group) != 0) {
            add(line, p.getValue().x(), r);
            top = Math.max(top, line.getYHighValue(line.getItemCount() - 1));
          }
        }
        if (line.getItemCount() > 0) {
          data.addSeries(line);
        }
      }
    }
    if (data.getSeriesCount() == 0) {
      return Optional.empty();
    }
    NumberAxis axis = ChartStyle.percentAxis("utilization (% of time busy)", 0.2);
    axis.setRange(0, Math.max(1.05, top * 1.02));
    XYPlot plot = new XYPlot(data, xAxis(sweep), axis, renderer(data.getSeriesCount()));
    ChartStyle.style(plot);
    String note = ChartStyle.replicationsNote(s, s.levels()) + " after warm-up; band: 95% confidence interval"
        + "; no point: the group has no one at that value";
    return Optional.of(ChartStyle.chart("Utilization by agent group against " + sweep.key(), note, plot, true));
  }

  /**
   * The x axis: the swept key (with its unit) as title, not forced to include 0; whole-number
   * ticks when every value is whole (a count).
   */
  static NumberAxis xAxis(SweepAxis sweep) {
    NumberAxis x = ChartStyle.axis(new NumberAxis(sweep.title()));
    x.setAutoRangeIncludesZero(false);
    if (sweep.points().values().stream().allMatch(p -> p.x() == Math.rint(p.x()))) {
      x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    }
    x.setNumberFormatOverride(java.text.NumberFormat.getNumberInstance(java.util.Locale.US));
    return x;
  }

  /** One series per line of the sweep: each point's mean and 95% CI of {@code metric}. */
  private static YIntervalSeriesCollection bands(SummaryLookup s, SweepAxis sweep, String metric) {
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    for (String series : sweep.series()) {
      YIntervalSeries line = new YIntervalSeries(series.isEmpty() ? ChartStyle.words(metric) : series);
      for (Map.Entry<String, SweepAxis.Point> p : sweep.points().entrySet()) {
        MetricSummary r = s.get(p.getKey(), metric);
        if (p.getValue().series().equals(series) && r != null) {
          add(line, p.getValue().x(), r);
        }
      }
      data.addSeries(line);
    }
    return data;
  }

  /** A point with its interval; an undefined interval (one replication) is drawn with no width. */
  private static void add(YIntervalSeries line, double x, MetricSummary r) {
    boolean none = Double.isNaN(r.ci95Low());
    line.add(x, r.mean(), none ? r.mean() : r.ci95Low(), none ? r.mean() : r.ci95High());
  }

  private static void demandLine(XYPlot panel, SummaryLookup s, SweepAxis sweep) {
    XYSeriesCollection demand = new XYSeriesCollection();
    XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
    List<String> lines = sweep.series();
    for (int i = 0; i < lines.size(); i++) {
      XYSeries d = new XYSeries("demand" + (lines.get(i).isEmpty() ? "" : ": " + lines.get(i)));
      for (Map.Entry<String, SweepAxis.Point> p : sweep.points().entrySet()) {
        MetricSummary r = s.get(p.getKey(), SummaryCharts.DEMAND_METRIC);
        if (p.getValue().series().equals(lines.get(i)) && r != null) {
          d.add(p.getValue().x(), r.mean());
        }
      }
      demand.addSeries(d);
      line.setSeriesPaint(i, lines.size() == 1 ? Color.BLACK : LevelPalette.of(i, lines.size()));
      line.setSeriesStroke(i, new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
          new float[] {8f, 6f}, 0f));
      line.setSeriesVisibleInLegend(i, false);
    }
    panel.setDataset(1, demand);
    panel.setRenderer(1, line);
    panel.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
  }

  /** Lines with points over bands of the same colour, one colour per series in palette order. */
  private static DeviationRenderer renderer(int series) {
    DeviationRenderer r = new DeviationRenderer(true, true);
    r.setAlpha(BAND_ALPHA);
    r.setAutoPopulateSeriesShape(false); // the same round mark in every panel
    r.setDefaultShape(new java.awt.geom.Ellipse2D.Double(-4, -4, 8, 8));
    for (int i = 0; i < series; i++) {
      Color c = LevelPalette.of(i, series);
      r.setSeriesPaint(i, c);
      r.setSeriesFillPaint(i, c);
      r.setSeriesStroke(i, ChartStyle.LINE);
    }
    return r;
  }

  private static String firstLevel(SummaryLookup s, String metric) {
    return s.levels().stream().filter(l -> s.get(l, metric) != null).findFirst().orElseThrow();
  }
}
