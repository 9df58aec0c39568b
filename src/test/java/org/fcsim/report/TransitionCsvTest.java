package org.fcsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fcsim.stats.Metric;
import org.fcsim.stats.MetricSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workforce transition against a baseline level: exact changes and the status of each role. */
class TransitionCsvTest {
  @TempDir
  Path dir;

  @Test
  void rolesThatAppearVanishGrowAndShrinkAgainstTheFirstLevel() throws Exception {
    Map<String, Map<String, Double>> crews = new LinkedHashMap<>();
    crews.put("manual", new LinkedHashMap<>(Map.of("picker", 40.0)));
    crews.get("manual").put("packer", 20.0);
    crews.put("robots", new LinkedHashMap<>(Map.of("picker", 4.0)));
    crews.get("robots").put("packer", 20.0);
    crews.get("robots").put("roboticsTech", 5.0);
    List<String> lines = TransitionCsv.text(crews, Map.of(), "manual").lines().toList();
    assertEquals("level,what,name,value,baseline,change,status", lines.get(0));
    assertEquals(List.of(
        "manual,people per shift,picker,40,40,0,same",
        "manual,people per shift,packer,20,20,0,same",
        "manual,people per shift,roboticsTech,0,0,0,same",
        "robots,people per shift,picker,4,40,-36,shrinks",
        "robots,people per shift,packer,20,20,0,same",
        "robots,people per shift,roboticsTech,5,0,5,appears"), lines.subList(1, lines.size()));
    assertEquals("vanishes", TransitionCsv.status(3, 0));
    assertEquals("grows", TransitionCsv.status(3, 4));
  }

  @Test
  void theRunsBaselineIsComparedWithRowsStillInLevelOrder() throws Exception {
    new TransitionCsv().writeInto(dir, run("middle"));
    assertEquals(List.of(
        "first,people per shift,picker,40,10,30,grows",
        "first,people per shift,roboticsTech,0,2,-2,vanishes",
        "middle,people per shift,picker,10,10,0,same",
        "middle,people per shift,roboticsTech,2,2,0,same",
        "last,people per shift,picker,4,10,-6,shrinks",
        "last,people per shift,roboticsTech,3,2,1,grows",
        "first,human hours,routine,300,100,200,grows",
        "middle,human hours,routine,100,100,0,same",
        "last,human hours,routine,50,100,-50,shrinks"), body(dir.resolve(TransitionCsv.FILE)));
  }

  @Test
  void aBaselineThatIsNoLevelOfTheRunIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> run("nowhere"));
    assertTrue(e.getMessage().contains("nowhere"), e.getMessage());
  }

  /** Three levels with people (picker, robotics technician) and routine hours, compared with {@code baseline}. */
  static RunRecord run(String baseline) {
    Map<String, double[]> levels = new LinkedHashMap<>();
    levels.put("first", new double[] {40, 0, 300});
    levels.put("middle", new double[] {10, 2, 100});
    levels.put("last", new double[] {4, 3, 50});
    List<MetricSummary> summary = new ArrayList<>();
    levels.forEach((level, v) -> {
      summary.add(row(level, "headcount.picker", "people per shift", v[0]));
      if (v[1] > 0) {
        summary.add(row(level, "headcount.roboticsTech", "people per shift", v[1]));
      }
      summary.add(row(level, "humanWorkHours.routine", "h", v[2]));
    });
    RunRecord plain = Runs.run("crews", summary);
    return new RunRecord(plain.scenarioName(), plain.scenarioFile(), plain.scenarioBytes(), plain.resolvedScenarioYaml(),
        plain.seed(), plain.fcsimVersion(), plain.commandLine(), plain.threads(), plain.start(), plain.end(), summary,
        List.of(), List.of(), baseline);
  }

  private static MetricSummary row(String level, String metric, String unit, double mean) {
    return new MetricSummary(level, new Metric(metric, unit), mean, mean, mean, 3);
  }

  private static List<String> body(Path csv) throws Exception {
    List<String> lines = Files.readAllLines(csv);
    return lines.subList(1, lines.size());
  }
}
