package org.fcsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.fcsim.economics.Equipment;
import org.fcsim.experiment.Experiment;
import org.fcsim.experiment.Lever;
import org.fcsim.experiment.ProgressListener;
import org.fcsim.scenario.Scenario;
import org.fcsim.scenario.ScenarioException;
import org.fcsim.scenario.ScenarioLevels;
import org.fcsim.scenario.ScenarioLoader;
import org.fcsim.stats.ReplicationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A goods-to-person floor with inbound whose stow stations all have a stow robot (a level
 * override of {@code inbound.robotShare}), 70% of the SKUs stow-eligible: robots place the
 * eligible units, a stower stows what they hand over, and the floor keeps stowing what comes in.
 */
class StowRobotsTest {
  private static final String FLOOR = """
      horizon: 12h
      warmup: 2h
      replications: 2
      demand:
        mode: poisson
        ordersPerHour: 200/h
        skus: 2000
        skuSkew: 0
        itemClasses:
          box: { share: 0.7 }
          bulky: { share: 0.3, stowEligible: false }
      floor: { pods: 1000, widthCells: 40, lengthCells: 30 }
      driveUnits: { count: 40, travel: grid }
      pickStations: { count: 4 }
      associates: { picker: { count: 4 }, packer: { count: 8 }, stower: { count: 3 }, receiver: { count: 3 } }
      inventory: { podsPerSku: 2, podCapacity: 100, initialFill: 0.5 }
      inbound: { casesPerHour: 100/h, unitsPerCase: 5, stowStations: 4 }
      levels:
        people: {}
        robots: { inbound.robotShare: 1 }
      """;

  private static ScenarioLevels levels(Path dir, String yaml) throws IOException {
    Path file = dir.resolve("floor.yaml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return ScenarioLoader.loadLevels(file, Map.of());
  }

  private static Scenario level(ScenarioLevels levels, String name) {
    return levels.levels().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow().scenario().scenario();
  }

  /**
   * Robots place an eligible unit unless both attempts fail: a share of the units stowed near
   * 0.7 × (1 − 0.15²) = 0.684. Tolerance 0.04: the classes are drawn per SKU (2000 SKUs of equal
   * popularity: a standard deviation of about 0.01 in the eligible share), and a few thousand
   * units a replication add about 0.005.
   */
  @Test
  void robotsPlaceTheEligibleUnitsAndAStowerTakesWhatTheyHandOver(@TempDir Path dir) throws IOException {
    ScenarioLevels levels = levels(dir, FLOOR);
    assertEquals(0, level(levels, "people").inbound().robotShare());
    Scenario robots = level(levels, "robots");
    assertEquals(Map.of("driveUnit", 40, "armCell", 0, "station", 8, "charger", 0, "sortArm", 0, "stowRobot", 4,
        "packMachine", 0),
        Equipment.of(robots));
    List<ReplicationResult> reps = Experiment.run(List.of(robots), 2, ProgressListener.NONE).get(0);
    for (ReplicationResult r : reps) {
      assertTrue(r.get("taskCount.stow.stowRobot") > 1000, "robots stow: " + r.get("taskCount.stow.stowRobot"));
      assertTrue(r.get("taskCount.stowFailure.stower") > 300, "stowers take the hand-offs");
      assertEquals(0, r.get("taskCount.stow.stower"), "no stower's place: people only take hand-offs");
      assertEquals(0.7 * (1 - 0.15 * 0.15), r.get("robotStowedShare"), 0.04);
      assertEquals(r.get("taskCount.stow.stowRobot") / (r.get("taskCount.stow.stowRobot")
          + r.get("taskCount.stowFailure.stower")), r.get("robotStowedShare"), 0.01, "the ledger agrees");
      assertTrue(Math.abs(r.get("stowedUnitsPerHour") - r.get("receivedUnitsPerHour")) < 0.03 * r.get("inboundUnitsPerHour"),
          "stow keeps up with receiving");
      double utilization = r.get("utilization.stowRobots");
      assertTrue(utilization > 0.2 && utilization < 0.9, "robots busy but not saturated: " + utilization);
      assertEquals(1.0, r.get("availability.stowRobots"), "no faults by default");
      assertEquals(utilization, r.get("utilizationOfAvailable.stowRobots"), 1e-12, "never down");
      assertTrue(r.get("utilizationOfAvailable.stowStations") > 0);
    }
  }

  @Test
  void aStowRobotCountMapsBackToTheRobotShare(@TempDir Path dir) throws IOException {
    Scenario people = level(levels(dir, FLOOR), "people");
    Lever lever = Lever.equipment("stowRobot");
    assertEquals(0, lever.valueIn(people));
    for (int n = 0; n <= 4; n++) {
      assertEquals(n, lever.valueIn(lever.applied(people, n)));
    }
    assertEquals(4, lever.max(people));
    assertEquals("stowRobots", lever.group());
  }

  @Test
  void stowRobotsNeedStowStationsOfTheirOwn() {
    var e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse("s.yaml", """
        demand: { mode: poisson }
        inventory: {}
        inbound: { combinedStations: true, robotShare: 0.5 }
        """.getBytes(StandardCharsets.UTF_8)));
    assertEquals("s.yaml:3:48: inbound.robotShare: must be 0 with combinedStations: true (the pickers stow at their own stations; "
        + "stow robots work at stow stations), got 0.5", e.getMessage());
  }

  /** The documented rule: people who pick walking stow walking, whatever the robot share. */
  @Test
  void walkingFloorsStowByPeopleOnly(@TempDir Path dir) throws IOException {
    Scenario walking = level(levels(dir, FLOOR.replace("robots: { inbound.robotShare: 1 }",
        "robots: { inbound.robotShare: 1, pickerToParts.enabled: true }")), "robots");
    assertEquals(0, Equipment.of(walking).get("stowRobot"));
    assertTrue(Preflight.warnings(walking).contains("inbound.robotShare 1.00 is ignored: people pick walking "
        + "(pickerToParts.enabled), so they stow walking too"), Preflight.warnings(walking).toString());
  }

  @Test
  void preflightWarnsWhenNobodyTakesWhatStowRobotsHandOver(@TempDir Path dir) throws IOException {
    Scenario robots = level(levels(dir, FLOOR.replace("stower: { count: 3 }", "stower: { count: 0 }")), "robots");
    List<String> warnings = Preflight.warnings(robots);
    assertTrue(warnings.stream().anyMatch(w -> w.startsWith("nobody on shift can do stowFailure")), warnings.toString());
    assertFalse(warnings.stream().anyMatch(w -> w.startsWith("nobody on shift can do stow ")), "no stower's place to staff");
    assertTrue(Preflight.capacities(robots).get("stow") > 800, "four robot stations: " + Preflight.capacities(robots));
    assertTrue(Preflight.describe(robots).contains("stow stations: 0 with a stower's place, 4 with a stow robot"));
  }
}
