package org.fcsim.report;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.ui.RectangleEdge;

/**
 * The automation-level axis of a bar chart, laid out so that level names never overlap nor
 * get cut short. Two steps, decided once from the names and the chart's width:
 * <ol>
 *   <li>a prefix every name shares up to a {@code =} or {@code /} (a sweep's
 *       {@code pickStations.armShare=}) is said once in the axis title and left out of the tick
 *       labels, which then read {@code 0.05}, {@code 0.1}, …;
 *   <li>when the longest remaining label is wider than its share of the axis, labels are
 *       rotated 45° (up to three lines each), where they stand one beside the other however long
 *       they are.
 * </ol>
 * The data keep the full names; only the drawn labels change.
 */
final class LevelAxis extends CategoryAxis {
  static final String TITLE = "automation level";
  /** Pixels of a chart's width that are not the data area: value axis, its label, padding. */
  private static final int MARGIN_PX = 140;

  private final String prefix;
  private final boolean rotated;

  /**
   * @param levels     the category keys as the dataset holds them, in order
   * @param chartWidth the width the chart is drawn at, in pixels
   */
  LevelAxis(List<String> levels, int chartWidth) {
    super(TITLE);
    ChartStyle.axis(this);
    prefix = sharedPrefix(levels);
    setLabel(prefix.isEmpty() ? TITLE : TITLE + ": " + prefix + "\u2026");
    double share = (chartWidth - MARGIN_PX) / (double) Math.max(1, levels.size()) * (1 - getCategoryMargin());
    double widest = levels.stream().mapToDouble(l -> widthPx(shortLabel(l))).max().orElse(0);
    rotated = widest > share;
    if (rotated) {
      setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    }
  }

  /** Whether the labels are drawn at 45° because they do not fit side by side. */
  boolean rotated() {
    return rotated;
  }

  /** The label drawn for {@code level}: its name without the shared prefix. */
  String shortLabel(String level) {
    return level.substring(prefix.length());
  }

  @Override
  protected TextBlock createLabel(Comparable category, float width, RectangleEdge edge, Graphics2D g2) {
    return super.createLabel(shortLabel(category.toString()), width, edge, g2);
  }

  /**
   * The longest prefix of every name that ends in {@code =} or {@code /} and leaves each name
   * something to show; "" for fewer than two names.
   */
  static String sharedPrefix(List<String> levels) {
    if (levels.size() < 2) {
      return "";
    }
    String common = levels.get(0);
    for (String l : levels) {
      int i = 0;
      while (i < common.length() && i < l.length() && common.charAt(i) == l.charAt(i)) {
        i++;
      }
      common = common.substring(0, i);
    }
    int cut = Math.max(common.lastIndexOf('='), common.lastIndexOf('/')) + 1;
    String prefix = common.substring(0, cut);
    return levels.stream().anyMatch(l -> l.length() == prefix.length()) ? "" : prefix;
  }

  private double widthPx(String text) {
    Graphics2D g2 = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
    try {
      return g2.getFontMetrics(getTickLabelFont()).getStringBounds(text, g2).getWidth();
    } finally {
      g2.dispose();
    }
  }
}
