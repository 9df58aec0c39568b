package org.fcsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Paint;
import java.util.List;
import org.fcsim.stats.Metric;
import org.fcsim.stats.MetricSummary;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.data.statistics.StatisticalCategoryDataset;
import org.junit.jupiter.api.Test;

class SummaryChartsTest {
  static List<CategoryPlot> panels(JFreeChart chart) {
    @SuppressWarnings("unchecked")
    List<CategoryPlot> subplots = ((CombinedDomainCategoryPlot) chart.getPlot()).getSubplots();
    return subplots;
  }

  private static StatisticalCategoryDataset data(CategoryPlot plot) {
    return (StatisticalCategoryDataset) plot.getDataset();
  }

  @Test
  void throughputHasOneBarPerLevelInRowOrderWithHalfTheCiAsErrorBar() {
    JFreeChart chart = SummaryCharts.throughput(Runs.summary()).orElseThrow();
    assertEquals(1, panels(chart).size(), "only units/h in this summary");
    CategoryPlot units = panels(chart).get(0);
    StatisticalCategoryDataset d = data(units);

    assertEquals(List.of("unitsPerHour"), d.getRowKeys());
    assertEquals(List.of("manual", "goodsToPerson", "arms"), d.getColumnKeys());
    assertEquals(1450.25, d.getMeanValue("unitsPerHour", "goodsToPerson").doubleValue());
    assertEquals(48.75, d.getStdDevValue("unitsPerHour", "goodsToPerson").doubleValue(), 1e-12);
    assertNull(d.getStdDevValue("unitsPerHour", "arms"), "one replication: no error bar");
    assertEquals("units shipped (units/h)", units.getRangeAxis().getLabel());
    assertEquals("automation level", chart.getCategoryPlot().getDomainAxis().getLabel());
  }

  @Test
  void throughputAddsAnOrdersPanelWhenOrdersArePresentAndColoursBarsByLevel() {
    Metric orders = new Metric("ordersPerHour", "orders/h");
    List<MetricSummary> rows = List.of(
        new MetricSummary("manual", Runs.UPH, 800, 790, 810, 5),
        new MetricSummary("manual", orders, 400, 395, 405, 5),
        new MetricSummary("arms", Runs.UPH, 900, 890, 910, 5),
        new MetricSummary("arms", orders, 450, 440, 460, 5));
    List<CategoryPlot> p = panels(SummaryCharts.throughput(rows).orElseThrow());

    assertEquals(2, p.size());
    assertEquals(List.of("ordersPerHour"), data(p.get(1)).getRowKeys());
    assertEquals("orders shipped (orders/h)", p.get(1).getRangeAxis().getLabel());
    Paint manual = p.get(0).getRenderer().getItemPaint(0, 0);
    assertEquals(LevelPalette.of(0, 2), manual);
    assertEquals(LevelPalette.of(1, 2), p.get(0).getRenderer().getItemPaint(0, 1));
    assertEquals(manual, p.get(1).getRenderer().getItemPaint(0, 0), "a level keeps its colour in every panel");
  }

  @Test
  void utilizationShowsEveryUtilizationMetricGroupedByAgentWithLevelsAsSeries() {
    JFreeChart chart = SummaryCharts.utilization(Runs.summary()).orElseThrow();
    StatisticalCategoryDataset d = data(chart.getCategoryPlot());

    assertEquals(List.of("manual", "goodsToPerson", "arms"), d.getRowKeys());
    assertEquals(List.of("pick stations", "arms"), d.getColumnKeys());
    assertEquals(0.91, d.getMeanValue("goodsToPerson", "pick stations").doubleValue());
    assertNull(d.getMeanValue("manual", "arms"), "no arms at the manual level: no bar");
    assertEquals("utilization (% of time busy)", chart.getCategoryPlot().getRangeAxis().getLabel());
    assertTrue(chart.getCategoryPlot().getRangeAxis().getUpperBound() >= 1.0);
    assertEquals(LevelPalette.of(1, 3), chart.getCategoryPlot().getRenderer().getSeriesPaint(1));
  }

  @Test
  void utilizationLeavesOutGroupsWithNoOneOnShiftAndIgnoresOtherFractions() {
    List<MetricSummary> rows = List.of(
        new MetricSummary("manual", new Metric("utilization.picker", "fraction"), 0.8, 0.7, 0.9, 5),
        new MetricSummary("manual", new Metric("utilization.roboticsTech", "fraction"), 0, 0, 0, 5),
        new MetricSummary("manual", new Metric("onShiftHours.roboticsTech", "h"), 0, 0, 0, 5),
        new MetricSummary("manual", new Metric("humanShare.pick", "fraction"), 1, 1, 1, 5));
    StatisticalCategoryDataset d = data(SummaryCharts.utilization(rows).orElseThrow().getCategoryPlot());

    assertEquals(List.of("picker"), d.getColumnKeys());
  }

  @Test
  void noMatchingRowsMeansNoChart() {
    List<MetricSummary> rows = List.of(new MetricSummary("manual", Runs.CYCLE, 1, 0, 2, 3));
    assertTrue(SummaryCharts.throughput(rows).isEmpty());
    assertTrue(SummaryCharts.utilization(rows).isEmpty());
    assertTrue(SummaryCharts.throughput(List.of()).isEmpty());
  }
}
