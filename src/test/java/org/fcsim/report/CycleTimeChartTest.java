package org.fcsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.statistics.StatisticalCategoryDataset;
import org.junit.jupiter.api.Test;

class CycleTimeChartTest {
  @Test
  void quantilesAndTheMeanPerLevelInMinutesWithTheirIntervals() {
    CategoryPlot plot = CycleTimeChart.build(Runs.ladder().summary()).orElseThrow().getCategoryPlot();
    StatisticalCategoryDataset d = (StatisticalCategoryDataset) plot.getDataset();

    assertEquals(List.of("median (p50)", "p90", "p95", "p99", "mean"), d.getRowKeys());
    assertEquals(Runs.LADDER_LEVELS, d.getColumnKeys());
    assertEquals((1800 * 2 + 1) / 60.0, d.getMeanValue("p99", "high-automation").doubleValue(), 1e-9);
    double halfWidthSec = 4.302652729911275 / Math.sqrt(3); // t(0.975, 2) × sd(0, 1, 2) / √3
    assertEquals(halfWidthSec / 60, d.getStdDevValue("median (p50)", "manual").doubleValue(), 1e-6);
    assertEquals("order cycle time (min)", plot.getRangeAxis().getLabel());
  }

  @Test
  void noCycleMetricsMeansNoChart() {
    assertTrue(CycleTimeChart.build(Runs.summary()).isEmpty(), "closed-loop style summary: no orders");
  }
}
