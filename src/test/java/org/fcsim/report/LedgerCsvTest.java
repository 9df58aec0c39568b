package org.fcsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fcsim.stats.Metric;
import org.fcsim.stats.MetricSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerCsvTest {
  @TempDir
  Path dir;

  private static MetricSummary row(String level, String metric, String unit, double mean, double low, double high, int n) {
    return new MetricSummary(level, new Metric(metric, unit), mean, low, high, n);
  }

  static List<MetricSummary> ledgerSummary() {
    return List.of(
        row("manual", "unitsPerHour", "units/h", 800, 790, 810, 10),
        row("manual", "taskCount.pick.picker", "tasks", 1200, 1150, 1250, 10),
        row("manual", "taskHours.pick.picker", "h", 4.5, 4.25, 4.75, 10),
        row("manual", "taskWaitHours.pick.picker", "h", 0.5, 0.25, 0.75, 10),
        row("manual", "taskCount.podTransport.driveUnit", "tasks", 300, 290, 310, 10),
        row("manual", "taskHours.podTransport.driveUnit", "h", 8, 7.5, 8.5, 10),
        row("manual", "taskCount.bad", "tasks", 1, 1, 1, 10),
        row("manual", "taskCount.pick.picker.extra", "tasks", 1, 1, 1, 10),
        row("arms", "taskHours.pick.pickArm", "h", 2, Double.NaN, Double.NaN, 1),
        row("arms", "taskCount.pick.pickArm", "tasks", 900, Double.NaN, Double.NaN, 1),
        row("arms", "taskWaitHours.sortJam.sorter", "h", 0.125, 0.1, 0.15, 1));
  }

  @Test
  void pivotsTaskMetricsIntoOneRowPerLevelTaskTypeAndPerformer() throws Exception {
    List<String> written = new LedgerCsv().writeInto(dir, Runs.run("demo", ledgerSummary()));
    assertEquals(List.of("ledger.csv"), written);
    assertEquals(List.of(
        "level,task_type,performer,human,count_mean,count_ci95_low,count_ci95_high,"
            + "hours_mean,hours_ci95_low,hours_ci95_high,wait_hours_mean,replications",
        "manual,pick,picker,true,1200.0,1150.0,1250.0,4.5,4.25,4.75,0.5,10",
        "manual,podTransport,driveUnit,false,300.0,290.0,310.0,8.0,7.5,8.5,,10",
        "arms,pick,pickArm,false,900.0,,,2.0,,,,1",
        "arms,sortJam,sorter,true,,,,,,,0.125,1"),
        Files.readAllLines(dir.resolve("ledger.csv")));
  }

  @Test
  void noTaskMetricsMeansNoFile() throws Exception {
    assertEquals(List.of(), new LedgerCsv().writeInto(dir, Runs.run()));
    assertFalse(Files.exists(dir.resolve("ledger.csv")));
  }

  @Test
  void theResultsFolderWritesItAndListsItInTheManifest() throws Exception {
    List<MetricSummary> rows = new ArrayList<>(Runs.summary());
    rows.addAll(ledgerSummary());
    Path folder = ResultsFolder.write(dir, Runs.run("demo", rows));
    assertTrue(Files.size(folder.resolve("ledger.csv")) > 0);
    List<String> files = new ArrayList<>();
    new ObjectMapper().readTree(folder.resolve("manifest.json").toFile()).get("files").forEach(f -> files.add(f.asText()));
    assertEquals(List.of("scenario.yaml", "summary.csv", "ledger.csv"), files.subList(0, 3));
  }
}
