package org.fcsim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleInsets;

/** The look every fcsim chart shares: fonts large enough to read at half size, white, no chart junk. */
final class ChartStyle {
  static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 22);
  static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
  static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 17);
  static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
  static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
  static final Color GRID = new Color(0xDDDDDD);
  static final Color TEXT = new Color(0x333333);
  static final BasicStroke LINE = new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

  private ChartStyle() {}

  /** A chart with the shared look around {@code plot}; {@code subtitle} may be null. */
  static JFreeChart chart(String title, String subtitle, Plot plot, boolean legend) {
    JFreeChart chart = new JFreeChart(title, TITLE, plot, legend);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setPadding(new RectangleInsets(8, 8, 8, 12));
    if (subtitle != null) {
      TextTitle sub = new TextTitle(subtitle, SUBTITLE);
      sub.setPaint(TEXT);
      sub.setHorizontalAlignment(HorizontalAlignment.CENTER);
      sub.setPadding(new RectangleInsets(2, 0, 6, 0));
      chart.addSubtitle(sub);
    }
    LegendTitle key = chart.getLegend();
    if (key != null) {
      key.setItemFont(TICK);
      key.setBackgroundPaint(Color.WHITE);
      key.setFrame(org.jfree.chart.block.BlockBorder.NONE);
    }
    return chart;
  }

  static void style(CategoryPlot plot) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(GRID);
    plot.setRangeGridlineStroke(new BasicStroke(1f));
    plot.setOutlineVisible(false);
    if (plot.getDomainAxis() != null) {
      axis(plot.getDomainAxis());
    }
    if (plot.getRangeAxis() != null) {
      axis(plot.getRangeAxis());
    }
  }

  static void style(XYPlot plot) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(GRID);
    plot.setDomainGridlinePaint(GRID);
    plot.setRangeGridlineStroke(new BasicStroke(1f));
    plot.setDomainGridlineStroke(new BasicStroke(1f));
    plot.setOutlineVisible(false);
    if (plot.getRangeAxis() != null) {
      axis(plot.getRangeAxis());
    }
  }

  static <A extends Axis> A axis(A axis) {
    axis.setLabelFont(LABEL);
    axis.setTickLabelFont(TICK);
    axis.setLabelPaint(TEXT);
    axis.setTickLabelPaint(TEXT);
    if (axis instanceof CategoryAxis c) {
      c.setMaximumCategoryLabelLines(3);
      c.setCategoryMargin(0.2);
    }
    return axis;
  }

  /** A value axis from 0 that shows fractions as percentages (0.5 → 50%). */
  static NumberAxis percentAxis(String label, double tick) {
    NumberAxis axis = axis(new NumberAxis(label));
    axis.setRange(0.0, 1.0);
    axis.setNumberFormatOverride(NumberFormat.getPercentInstance(Locale.ROOT));
    axis.setTickUnit(new NumberTickUnit(tick, NumberFormat.getPercentInstance(Locale.ROOT)));
    return axis;
  }

  /** A value axis from 0 with thousands grouping in its ticks (3,800 not 3800). */
  static NumberAxis valueAxis(String label) {
    NumberAxis axis = axis(new NumberAxis(label));
    axis.setAutoRangeIncludesZero(true);
    axis.setUpperMargin(0.08);
    axis.setNumberFormatOverride(NumberFormat.getNumberInstance(Locale.US));
    return axis;
  }

  /** A camel-case key as words: {@code robotCare} → "robot care", {@code roboticsTech} → "robotics tech". */
  static String words(String key) {
    return key.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }

  /**
   * "mean of 5 replications", or "mean of 3–10 replications" when levels differ; "one
   * replication" when there is one.
   */
  static String replicationsNote(SummaryLookup s, java.util.Collection<String> levels) {
    int lo = Integer.MAX_VALUE;
    int hi = 0;
    for (String l : levels) {
      int n = s.replications(l);
      lo = Math.min(lo, n);
      hi = Math.max(hi, n);
    }
    if (hi <= 1) {
      return "one replication";
    }
    return "mean of " + (lo == hi ? Integer.toString(hi) : lo + "\u2013" + hi) + " replications";
  }
}
