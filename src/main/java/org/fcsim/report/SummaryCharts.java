package org.fcsim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.fcsim.stats.MetricSummary;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/**
 * Builds the summary charts from {@code summary.csv} rows: bars are means, error bars the 95%
 * confidence interval (drawn as mean ± half its width). With one replication the interval is
 * undefined and the bar has no error bar at all, rather than a zero-width one that would read
 * as certainty. Levels appear on the category axis in the order of the rows. Pure: returns
 * charts, writes nothing.
 */
final class SummaryCharts {
  static final String THROUGHPUT_METRIC = "unitsPerHour";
  static final String UTILIZATION_UNIT = "fraction";

  /** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
  private static final Color[] PALETTE = {
      new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xCC79A7),
      new Color(0x56B4E9), new Color(0xD55E00), new Color(0xF0E442), new Color(0x000000)};
  private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 22);
  private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 17);
  private static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 15);

  private SummaryCharts() {}

  /** Throughput by level, from the rows of metric {@value #THROUGHPUT_METRIC}; empty if none. */
  static Optional<JFreeChart> throughput(List<MetricSummary> rows) {
    return chart("Throughput by automation level", "units per hour", rows,
        r -> r.metric().name().equals(THROUGHPUT_METRIC), false);
  }

  /**
   * Utilization by level, one bar per metric whose unit is {@value #UTILIZATION_UNIT} (station
   * and agent-group utilizations); empty if none.
   */
  static Optional<JFreeChart> stations(List<MetricSummary> rows) {
    return chart("Utilization by automation level", "utilization (fraction)", rows,
        r -> r.metric().unit().equals(UTILIZATION_UNIT), true)
        .map(c -> {
          NumberAxis axis = (NumberAxis) c.getCategoryPlot().getRangeAxis();
          axis.setRange(0.0, Math.max(1.0, axis.getUpperBound()));
          return c;
        });
  }

  private static Optional<JFreeChart> chart(String title, String valueLabel,
      List<MetricSummary> rows, Predicate<MetricSummary> include, boolean legend) {
    DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
    for (MetricSummary r : rows) {
      if (include.test(r)) {
        double h = halfWidth(r);
        Double errorBar = Double.isNaN(h) ? null : Double.valueOf(h);
        data.add(Double.valueOf(r.mean()), errorBar, r.metric().name(), r.level());
      }
    }
    if (data.getRowCount() == 0) {
      return Optional.empty();
    }
    CategoryAxis levels = new CategoryAxis("automation level");
    NumberAxis values = new NumberAxis(valueLabel);
    values.setAutoRangeIncludesZero(true);
    StatisticalBarRenderer bars = new StatisticalBarRenderer();
    bars.setBarPainter(new StandardBarPainter());
    bars.setShadowVisible(false);
    bars.setErrorIndicatorPaint(Color.BLACK);
    bars.setErrorIndicatorStroke(new BasicStroke(1.5f));
    bars.setItemMargin(0.05);
    for (int i = 0; i < data.getRowCount(); i++) {
      bars.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
    }
    CategoryPlot plot = new CategoryPlot(data, levels, values, bars);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    plot.setOutlineVisible(false);
    for (var axis : List.of(levels, values)) {
      axis.setLabelFont(LABEL);
      axis.setTickLabelFont(TICK);
    }
    levels.setMaximumCategoryLabelLines(2);
    JFreeChart chart = new JFreeChart(title, TITLE, plot, legend);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setPadding(new RectangleInsets(8, 8, 8, 8));
    LegendTitle key = chart.getLegend();
    if (key != null) {
      key.setItemFont(TICK);
      key.setBackgroundPaint(Color.WHITE);
    }
    return Optional.of(chart);
  }

  /** Half the width of the 95% CI; NaN when the interval is undefined (one replication). */
  static double halfWidth(MetricSummary r) {
    return (r.ci95High() - r.ci95Low()) / 2;
  }
}
