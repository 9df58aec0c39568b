package org.fcsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fcsim.stats.MetricSummary;
import org.jfree.data.statistics.StatisticalCategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The charts of a run with several levels, named as a sweep names them, summary rows level by level. */
class LevelChartsTest {
  private static final List<String> LEVELS = List.of(
      "manual/driveUnits.count=5", "manual/driveUnits.count=10", "arms/driveUnits.count=5", "arms/driveUnits.count=10");

  @TempDir
  Path dir;

  private static List<MetricSummary> levelByLevel() {
    List<MetricSummary> rows = new ArrayList<>();
    for (int i = 0; i < LEVELS.size(); i++) {
      rows.add(new MetricSummary(LEVELS.get(i), Runs.UPH, 100 * (i + 1), 90 * (i + 1), 110 * (i + 1), 2));
      rows.add(new MetricSummary(LEVELS.get(i), Runs.PICK_UTIL, 0.5 + i / 10.0, 0.4, 0.9, 2));
      rows.add(new MetricSummary(LEVELS.get(i), Runs.CYCLE, 3, 2, 4, 2));
    }
    return rows;
  }

  @Test
  void chartsHaveOneCategoryPerLevelInRunOrder() {
    StatisticalCategoryDataset throughput = (StatisticalCategoryDataset) SummaryChartsTest.panels(
        SummaryCharts.throughput(levelByLevel()).orElseThrow()).get(0).getDataset();
    assertEquals(LEVELS, throughput.getColumnKeys());
    assertEquals(300.0, throughput.getMeanValue("unitsPerHour", LEVELS.get(2)).doubleValue());
    StatisticalCategoryDataset utilization = (StatisticalCategoryDataset)
        SummaryCharts.utilization(levelByLevel()).orElseThrow().getCategoryPlot().getDataset();
    assertEquals(LEVELS, utilization.getRowKeys());
    assertEquals(List.of("pick stations"), utilization.getColumnKeys());
  }

  @Test
  void theResultsFolderDrawsThem() throws Exception {
    Path folder = ResultsFolder.write(dir, Runs.run("demo", levelByLevel()));
    for (String f : List.of("throughput.png", "throughput.svg", "utilization.png", "utilization.svg", "report.html")) {
      assertTrue(Files.size(folder.resolve(f)) > 0, f);
    }
  }
}
