package org.fcsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fcsim.experiment.Experiment;
import org.fcsim.experiment.ProgressListener;
import org.fcsim.scenario.ScenarioLevels;
import org.fcsim.scenario.ScenarioLoader;
import org.fcsim.stats.MetricSummary;
import org.fcsim.stats.ReplicationResult;
import org.fcsim.stats.Summaries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped automation ladder, as shipped (5 replications per level, fixed seed), must show
 * the shift the product exists to show: people's picking hours fall and their exception and
 * robot-care hours rise as automation rises. "Falls" means the 95% intervals do not overlap,
 * so the claims hold beyond noise.
 */
class AutomationLadderTest {
  private static List<String> levels;
  private static List<List<MetricSummary>> rows;

  @BeforeAll
  static void runTheLadder() {
    ScenarioLevels ladder = ScenarioLoader.loadLevels(Path.of("scenarios/automation-ladder.yaml"), Map.of());
    levels = ladder.names();
    List<List<ReplicationResult>> results = Experiment.run(
        ladder.levels().stream().map(l -> l.scenario().scenario()).toList(),
        Runtime.getRuntime().availableProcessors(), ProgressListener.NONE);
    rows = new ArrayList<>();
    for (int i = 0; i < levels.size(); i++) {
      rows.add(Summaries.of(levels.get(i), results.get(i)));
    }
  }

  private static MetricSummary at(String level, String metric) {
    return Summaries.find(rows.get(levels.indexOf(level)), metric);
  }

  /** {@code lower}'s whole interval lies below {@code higher}'s. */
  private static void assertClearlyBelow(String metric, String lowerLevel, String higherLevel) {
    MetricSummary lower = at(lowerLevel, metric);
    MetricSummary higher = at(higherLevel, metric);
    assertTrue(lower.ci95High() < higher.ci95Low(), String.format("%s: %s [%.2f, %.2f] should lie below %s [%.2f, %.2f]",
        metric, lowerLevel, lower.ci95Low(), lower.ci95High(), higherLevel, higher.ci95Low(), higher.ci95High()));
  }

  @Test
  void theLadderHasFiveLevelsFromManualToHighAutomation() {
    assertEquals(List.of("manual", "goods-to-person", "robotic-sort", "arm-assisted-pick", "high-automation"), levels);
  }

  @Test
  void peoplesPickingHoursFallAsAutomationRises() {
    String metric = "humanTaskHours.picking";
    assertClearlyBelow(metric, "goods-to-person", "manual");
    assertClearlyBelow(metric, "arm-assisted-pick", "goods-to-person");
    assertClearlyBelow(metric, "high-automation", "arm-assisted-pick");
    assertEquals(0, at("high-automation", metric).mean(), "arms at every station: no person picks at a station");
  }

  @Test
  void peoplesSortingHoursFallWhenSortingArmsArrive() {
    assertClearlyBelow("humanTaskHours.sorting", "robotic-sort", "goods-to-person");
  }

  @Test
  void peoplesExceptionAndRobotCareHoursRiseAsAutomationRises() {
    for (String metric : List.of("humanTaskHours.exceptions", "humanTaskHours.robotCare")) {
      assertClearlyBelow(metric, "robotic-sort", "arm-assisted-pick");
      assertClearlyBelow(metric, "arm-assisted-pick", "high-automation");
    }
    assertClearlyBelow("humanTaskHours.robotCare", "manual", "goods-to-person");
    assertTrue(at("high-automation", "taskHours.repair.roboticsTech").mean() > at("arm-assisted-pick", "taskHours.repair.roboticsTech").mean());
  }

  @Test
  void everyLevelReportsThroughputWithAnInterval() {
    for (String level : levels) {
      MetricSummary units = at(level, "unitsPerHour");
      assertTrue(units.mean() > 1000 && units.ci95Low() < units.mean() && units.mean() < units.ci95High(), level + ": " + units);
      assertEquals(5, units.replications());
    }
  }
}
