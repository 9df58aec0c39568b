package org.fcsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.fcsim.stats.MetricSummary;
import org.jfree.chart.JFreeChart;
import org.jfree.data.statistics.StatisticalCategoryDataset;
import org.junit.jupiter.api.Test;

class SummaryChartsTest {
  private static StatisticalCategoryDataset data(JFreeChart chart) {
    return (StatisticalCategoryDataset) chart.getCategoryPlot().getDataset();
  }

  @Test
  void throughputHasOneBarPerLevelInRowOrderWithHalfTheCiAsErrorBar() {
    JFreeChart chart = SummaryCharts.throughput(Runs.summary()).orElseThrow();
    StatisticalCategoryDataset d = data(chart);

    assertEquals(List.of("unitsPerHour"), d.getRowKeys());
    assertEquals(List.of("manual", "goodsToPerson", "arms"), d.getColumnKeys());
    assertEquals(1450.25, d.getMeanValue("unitsPerHour", "goodsToPerson").doubleValue());
    assertEquals(48.75, d.getStdDevValue("unitsPerHour", "goodsToPerson").doubleValue(), 1e-12);
    assertNull(d.getStdDevValue("unitsPerHour", "arms"), "one replication: no error bar");
    assertEquals("units per hour", chart.getCategoryPlot().getRangeAxis().getLabel());
  }

  @Test
  void stationsShowsEveryFractionMetricByLevel() {
    JFreeChart chart = SummaryCharts.stations(Runs.summary()).orElseThrow();
    StatisticalCategoryDataset d = data(chart);

    assertEquals(List.of("utilization.pickStations", "utilization.arms"), d.getRowKeys());
    assertEquals(List.of("manual", "goodsToPerson", "arms"), d.getColumnKeys());
    assertEquals(0.91, d.getMeanValue("utilization.pickStations", "goodsToPerson").doubleValue());
    assertEquals("utilization (fraction)", chart.getCategoryPlot().getRangeAxis().getLabel());
    assertTrue(chart.getCategoryPlot().getRangeAxis().getUpperBound() >= 1.0);
  }

  @Test
  void noMatchingRowsMeansNoChart() {
    List<MetricSummary> rows = List.of(new MetricSummary("manual", Runs.CYCLE, 1, 0, 2, 3));
    assertTrue(SummaryCharts.throughput(rows).isEmpty());
    assertTrue(SummaryCharts.stations(rows).isEmpty());
    assertTrue(SummaryCharts.throughput(List.of()).isEmpty());
  }
}
