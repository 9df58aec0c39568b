package org.fcsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.fcsim.stats.Metric;
import org.fcsim.stats.MetricDifference;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.statistics.StatisticalCategoryDataset;
import org.junit.jupiter.api.Test;

/** The differences chart: headline metrics as % of A, with the paired CI, significant ones dark. */
class DifferenceChartTest {
  private static final Metric UTIL = new Metric("utilization.picker", "fraction");
  private static final Metric OTHER = new Metric("dwellSec.mean", "s");

  @Test
  void eachHeadlineMetricIsItsDifferenceAsAPercentOfAWithThePairedInterval() {
    List<MetricDifference> rows = List.of(
        new MetricDifference(OTHER, 3, 10, 20, 10, 5, 15, 4, 16),
        new MetricDifference(UTIL, 3, 0.5, 0.51, 0.01, -0.01, 0.03, -0.02, 0.04),
        new MetricDifference(Runs.UPH, 3, 1000, 1100, 100, 80, 120, 50, 150));
    JFreeChart chart = DifferenceChart.build("a", "b", rows).orElseThrow();
    CategoryPlot plot = chart.getCategoryPlot();
    StatisticalCategoryDataset d = (StatisticalCategoryDataset) plot.getDataset();
    assertEquals(List.of("unitsPerHour (units/h)", "utilization.picker (fraction)"), d.getColumnKeys(),
        "headline metrics in headline order; the rest are in the table");
    assertEquals(10.0, d.getMeanValue(0, 0).doubleValue(), 1e-12);
    assertEquals(2.0, d.getStdDevValue(0, 0).doubleValue(), 1e-12, "paired half-width 20 of 1000: 2%");
    assertEquals(4.0, d.getStdDevValue(0, 1).doubleValue(), 1e-12);
    assertEquals(DifferenceChart.SIGNIFICANT, plot.getRenderer().getItemPaint(0, 0));
    assertEquals(DifferenceChart.NOT_SIGNIFICANT, plot.getRenderer().getItemPaint(0, 1));
  }
}
