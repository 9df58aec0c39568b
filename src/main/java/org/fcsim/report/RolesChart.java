package org.fcsim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.text.DecimalFormat;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Roles gained and lost, as a diverging bar chart: one row per level but the baseline, one bar
 * per role whose people per shift change somewhere, its length the change against the baseline
 * (gained to the right of the zero line, lost to the left) and labelled with it. Roles keep their
 * {@link RolePalette} colour. Pure: returns a chart, writes nothing.
 */
final class RolesChart {
  static final String NAME = "roles";
  static final String CAPTION = "People per shift gained (right) and lost (left) by role at each level, against the baseline.";

  private RolesChart() {}

  /**
   * Changes in people per shift against the baseline: one row (series) per role that changes at
   * some level, in role order; one column per level but the baseline, in level order.
   */
  static DefaultCategoryDataset changes(AgainstBaseline crews) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    List<String> levels = crews.levels().stream().filter(l -> !l.equals(crews.baseline())).toList();
    for (String role : crews.names()) {
      if (levels.stream().anyMatch(l -> crews.change(l, role) != 0)) {
        levels.forEach(l -> data.addValue(crews.change(l, role), role, l));
      }
    }
    return data;
  }

  /** The chart; empty unless at least two levels have people. */
  static Optional<JFreeChart> build(AgainstBaseline crews, String subtitle) {
    if (crews.levelsWithAny() < 2) {
      return Optional.empty();
    }
    DefaultCategoryDataset data = changes(crews);
    BarRenderer bars = new BarRenderer();
    bars.setBarPainter(new StandardBarPainter());
    bars.setShadowVisible(false);
    bars.setItemMargin(0.04);
    bars.setMaximumBarWidth(0.08);
    for (int i = 0; i < data.getRowCount(); i++) {
      bars.setSeriesPaint(i, RolePalette.of((String) data.getRowKey(i)));
    }
    bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new DecimalFormat("+#,##0.#;\u2212#,##0.#")) {
      @Override
      public String generateLabel(CategoryDataset dataset, int row, int column) {
        Number change = dataset.getValue(row, column);
        return change == null || change.doubleValue() == 0 ? null : super.generateLabel(dataset, row, column);
      }
    });
    bars.setDefaultItemLabelsVisible(true);
    bars.setDefaultItemLabelFont(ChartStyle.SMALL);
    bars.setDefaultItemLabelPaint(ChartStyle.TEXT);
    bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
    bars.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));

    NumberAxis change = ChartStyle.valueAxis("change in people per shift against " + crews.baseline());
    change.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    change.setNumberFormatOverride(new DecimalFormat("#,##0;\u2212#,##0")); // the minus of the labels
    change.setLowerMargin(0.08);
    CategoryPlot plot = new CategoryPlot(data, ChartStyle.axis(new CategoryAxis("automation level")), change, bars);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
    ChartStyle.style(plot);
    plot.setRangeZeroBaselineVisible(true);
    plot.setRangeZeroBaselinePaint(Color.BLACK);
    plot.setRangeZeroBaselineStroke(new BasicStroke(1.5f));
    plot.setNoDataMessage("no role gained or lost against " + crews.baseline());
    plot.setNoDataMessageFont(ChartStyle.LABEL);
    return Optional.of(ChartStyle.chart("Roles gained and lost against " + crews.baseline(), subtitle, plot, true));
  }
}
