package org.fcsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Area;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.fcsim.stats.MetricSummary;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryTick;
import org.jfree.chart.entity.CategoryLabelEntity;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.text.TextFragment;
import org.jfree.chart.text.TextLine;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;

/** Level names on a category axis never overlap and are never cut short. */
class LevelAxisTest {
  private static final List<String> LONG = List.of("manual", "goods-to-person/pickStations.armShare=0.05",
      "goods-to-person/pickStations.armShare=0.25", "high-automation/pickStations.armShare=0.5",
      "high-automation/pickStations.armShare=0.75", "high-automation/driveUnits.count=120",
      "arms-everywhere-with-a-long-name", "last");

  private static JFreeChart throughput(List<String> levels) {
    List<MetricSummary> rows = new ArrayList<>();
    levels.forEach(l -> rows.add(new MetricSummary(l, Runs.UPH, 100, 90, 110, 3)));
    return SummaryCharts.throughput(rows).orElseThrow();
  }

  /** Draws the chart at its size and returns each tick label's outline as drawn, in level order. */
  private static List<Area> drawnLabels(JFreeChart chart) {
    ChartRenderingInfo info = new ChartRenderingInfo();
    BufferedImage image = chart.createBufferedImage(Charts.WIDTH, Charts.HEIGHT, info);
    assertTrue(image.getWidth() > 0);
    List<Area> out = new ArrayList<>();
    info.getEntityCollection().getEntities().forEach(e -> {
      if (e instanceof CategoryLabelEntity c) {
        out.add(new Area(c.getArea()));
      }
    });
    return out;
  }

  /** The text of each tick label as laid out for the chart's data area, lines joined. */
  private static List<String> labelTexts(JFreeChart chart) {
    ChartRenderingInfo info = new ChartRenderingInfo();
    chart.createBufferedImage(Charts.WIDTH, Charts.HEIGHT, info);
    Rectangle2D dataArea = info.getPlotInfo().getDataArea();
    CategoryAxis axis = chart.getCategoryPlot().getDomainAxis();
    Graphics2D g2 = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
    List<String> out = new ArrayList<>();
    for (Object t : axis.refreshTicks(g2, new AxisState(), dataArea, RectangleEdge.BOTTOM)) {
      TextBlock block = ((CategoryTick) t).getLabel();
      StringBuilder text = new StringBuilder();
      for (Object line : block.getLines()) {
        TextFragment f = ((TextLine) line).getFirstTextFragment();
        text.append(f == null ? "" : f.getText());
      }
      out.add(text.toString());
    }
    g2.dispose();
    return out;
  }

  @Test
  void longLevelNamesAreRotatedDrawnWholeAndNeverOverlap() {
    JFreeChart chart = throughput(LONG);
    assertEquals(LONG, labelTexts(chart), "every name whole, no ellipsis");
    List<Area> labels = drawnLabels(chart);
    assertEquals(LONG.size(), labels.size());
    for (int i = 0; i < labels.size(); i++) {
      for (int j = i + 1; j < labels.size(); j++) {
        Area both = new Area(labels.get(i));
        both.intersect(labels.get(j));
        assertTrue(both.isEmpty(), LONG.get(i) + " overlaps " + LONG.get(j));
      }
    }
    assertTrue(((LevelAxis) chart.getCategoryPlot().getDomainAxis()).rotated());
  }

  @Test
  void aPrefixEveryLevelSharesIsSaidOnceInTheTitle() {
    List<String> sweep = List.of("pickStations.armShare=0.05", "pickStations.armShare=0.1", "pickStations.armShare=0.25");
    JFreeChart chart = throughput(sweep);
    LevelAxis axis = (LevelAxis) chart.getCategoryPlot().getDomainAxis();
    assertEquals("automation level: pickStations.armShare=\u2026", axis.getLabel());
    assertEquals(List.of("0.05", "0.1", "0.25"), labelTexts(chart));
    assertFalse(axis.rotated(), "short enough once the prefix is gone");
  }

  @Test
  void shortNamesStandSideBySideUnchanged() {
    JFreeChart chart = throughput(List.of("manual", "goods-to-person", "high-automation"));
    LevelAxis axis = (LevelAxis) chart.getCategoryPlot().getDomainAxis();
    assertFalse(axis.rotated());
    assertEquals("automation level", axis.getLabel());
    assertEquals(List.of("manual", "goods-to-person", "high-automation"), labelTexts(chart));
  }

  @Test
  void theSharedPrefixEndsAtAnEqualsOrSlashAndLeavesEveryNameSomething() {
    assertEquals("manual/driveUnits.count=", LevelAxis.sharedPrefix(
        List.of("manual/driveUnits.count=40", "manual/driveUnits.count=45")));
    assertEquals("manual/", LevelAxis.sharedPrefix(List.of("manual/a=1", "manual/b=1")));
    assertEquals("", LevelAxis.sharedPrefix(List.of("manual", "manual-plus")), "no delimiter in the shared part");
    assertEquals("", LevelAxis.sharedPrefix(List.of("a=", "a=1")), "a name would be left empty");
    assertEquals("", LevelAxis.sharedPrefix(List.of("k=1")), "one level: nothing to share");
  }
}
