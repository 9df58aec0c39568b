package org.fcsim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fcsim.stats.MetricDifference;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StatisticalLineAndShapeRenderer;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/**
 * The chart of a comparison: for each headline metric, the paired difference B − A as a
 * percentage of A's mean, with its paired 95% confidence interval as an error bar, one row per
 * metric and a line at zero. Percentages put metrics of different units on one axis; the
 * interval is scaled with the difference, so it excludes 0 exactly when the paired interval
 * does. Significant rows are drawn dark, the others grey. Pure: returns a chart, writes nothing.
 */
final class DifferenceChart {
  static final String NAME = "differences";
  static final int WIDTH = 1000;
  /** Metrics a reader looks for first; a name ending in '*' is a prefix. At most {@link #MAX_ROWS} are drawn. */
  static final List<String> HEADLINE = List.of("unitsPerHour", "ordersPerHour", "podVisitsPerHour", "orderCycleSec.mean",
      "orderCycleSec.p95", "humanTaskHours.total", "utilization.*", "unitCost.total");
  static final int MAX_ROWS = 16;
  static final Color SIGNIFICANT = new Color(0x1F4E79);
  static final Color NOT_SIGNIFICANT = new Color(0x9A9A9A);

  private DifferenceChart() {}

  /**
   * The headline metrics of {@code rows} to draw, in {@link #HEADLINE} order: present, with a
   * defined paired interval, a non-zero mean at A (no percentage otherwise), and not equal in
   * every replication of both levels.
   */
  static List<MetricDifference> headline(List<MetricDifference> rows) {
    List<MetricDifference> out = new ArrayList<>();
    for (String h : HEADLINE) {
      for (MetricDifference d : rows) {
        boolean match = h.endsWith("*") ? d.metric().name().startsWith(h.substring(0, h.length() - 1))
            : d.metric().name().equals(h);
        if (match && !out.contains(d) && out.size() < MAX_ROWS && d.meanA() != 0 && !Double.isNaN(d.pairedLow())
            && !(d.diff() == 0 && d.pairedHalfWidth() == 0)) {
          out.add(d);
        }
      }
    }
    return out;
  }

  /** The pixel height that gives each row room: a title, an axis and about 34 px per metric. */
  static int height(int rows) {
    return 200 + 34 * Math.max(rows, 3);
  }

  /** The chart for {@code rows}; empty when no headline metric can be drawn. */
  static Optional<JFreeChart> build(String levelA, String levelB, List<MetricDifference> rows) {
    List<MetricDifference> shown = headline(rows);
    if (shown.isEmpty()) {
      return Optional.empty();
    }
    DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
    for (MetricDifference d : shown) {
      double scale = 100 / Math.abs(d.meanA());
      data.add(d.diff() * scale, d.pairedHalfWidth() * scale, "B \u2212 A", label(d));
    }
    StatisticalLineAndShapeRenderer marks = new StatisticalLineAndShapeRenderer(false, true) {
      @Override
      public Paint getItemPaint(int row, int column) {
        return shown.get(column).significant() ? SIGNIFICANT : NOT_SIGNIFICANT;
      }
    };
    marks.setUseSeriesOffset(false);
    marks.setErrorIndicatorStroke(new BasicStroke(2f));
    marks.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-5, -5, 10, 10));
    NumberAxis percent = ChartStyle.axis(new NumberAxis("B \u2212 A, % of A's mean (paired 95% CI)"));
    percent.setAutoRangeIncludesZero(true);
    CategoryAxis metrics = ChartStyle.axis(new CategoryAxis(null));
    metrics.setMaximumCategoryLabelWidthRatio(0.45f);
    metrics.setMaximumCategoryLabelLines(1);
    CategoryPlot plot = new CategoryPlot(data, metrics, percent, marks);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_LEFT);
    ChartStyle.style(plot);
    plot.getDomainAxis().setMaximumCategoryLabelLines(1);
    plot.setRangeZeroBaselineVisible(true);
    plot.setRangeZeroBaselinePaint(Color.BLACK);
    plot.setRangeZeroBaselineStroke(new BasicStroke(1.2f));
    String note = "A = " + levelA + ", B = " + levelB + ", " + shown.get(0).replications()
        + " replications; dark: excludes 0 (95%, unadjusted for multiple comparisons)";
    return Optional.of(ChartStyle.chart("How B differs from A", note, plot, false));
  }

  /** The row label: the metric with its unit, e.g. "unitsPerHour (units/h)". */
  private static String label(MetricDifference d) {
    return d.metric().name() + " (" + d.metric().unit() + ")";
  }
}
