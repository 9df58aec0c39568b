package org.fcsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.fcsim.scenario.Scenario;
import org.fcsim.scenario.ScenarioLoader;
import org.fcsim.stats.Metric;
import org.fcsim.stats.ReplicationResult;
import org.junit.jupiter.api.Test;

/**
 * The order-driven floor end to end on small floors. A backlog with a long horizon must drain
 * completely, which turns throughput into exact counts; every run also passes the model's own
 * end-of-replication invariants (units conserved, agents in one state, ledger within shifts).
 */
class OrderFloorTest {
  private static final String SMALL_FLOOR = """
      horizon: 20h
      replications: 1
      floor: { widthCells: 20, lengthCells: 10, pods: 100 }
      driveUnits: { count: 12, travel: grid, battery: { runtime: 1h, fullCharge: 10min, chargers: 2 },
                    faults: { mtbf: 10min, repairShare: 0.5 } }
      pickStations: { count: 3 }
      associates:
        picker: { count: 4 }
        sorter: { count: 2 }
        packer: { count: 3 }
        problemSolver: { count: 1 }
        roboticsTech: { count: 1 }
        automationOperator: { count: 1 }
        qualityControl: { count: 1 }
      """;

  static Scenario scenario(String yaml) {
    return ScenarioLoader.parse("test.yaml", yaml.getBytes(StandardCharsets.UTF_8)).scenario();
  }

  static double total(ReplicationResult r, String prefix) {
    return r.values().entrySet().stream().filter(e -> e.getKey().name().startsWith(prefix))
        .mapToDouble(Map.Entry::getValue).sum();
  }

  @Test
  void aBacklogDrainsCompletelyThroughPickSortAndPack() {
    Scenario s = scenario(SMALL_FLOOR + "demand: { mode: backlog, backlogOrders: 400 }\n");
    ReplicationResult r = new FloorModel(s, 0).run();
    assertEquals(0, r.get("unitsInProgress.atEnd"));
    assertEquals(400, r.get("ordersPerHour") * 20, 1e-9);
    assertEquals(400, total(r, "taskCount.pack."), 1e-9);
    double units = r.get("unitsPerHour") * 20;
    // every unit is sorted once; pick tasks are lines, so there are no more of them than units
    assertEquals(units, total(r, "taskCount.sort."), 1e-9);
    assertTrue(total(r, "taskCount.pick.") <= units);
    assertTrue(r.get("taskCount.podTransport.driveUnit") > 0);
    assertTrue(r.get("taskCount.charging.driveUnit") > 0, "one-hour batteries must charge");
    assertTrue(r.get("taskCount.driveUnitRescue.automationOperator") > 0, "a ten-minute MTBF must fault");
  }

  @Test
  void armStationsPickWhatTheyCanAndHandTheRestToPeople() {
    Scenario s = scenario(SMALL_FLOOR.replace("pickStations: { count: 3 }", "pickStations: { count: 3, armShare: 1 }") + """
        demand:
          mode: backlog
          backlogOrders: 300
          missingPerLine: 0
          damagedPerUnit: 0
          itemClasses:
            box: { share: 0.6, armEligible: true, graspSuccess: 1.0 }
            bag: { share: 0.4, armEligible: false }
        """);
    ReplicationResult r = new FloorModel(s, 0).run();
    double units = r.get("unitsPerHour") * 20;
    assertEquals(0, r.get("unitsInProgress.atEnd"));
    assertEquals(units, r.get("taskCount.pick.pickArm") + total(r, "taskCount.graspFailure."), 1e-9);
    assertTrue(r.get("taskCount.pick.pickArm") > 0 && total(r, "taskCount.graspFailure.") > 0);
    assertEquals(0, r.get("humanShare.pick"));
    assertSharesFollowTheCounts(r);
  }

  /**
   * Each {@code humanShare.<type>} is the people's count over every performer's count of that
   * type, and NaN (no share, left out of the level's mean) where the type did not arise.
   */
  static void assertSharesFollowTheCounts(ReplicationResult r) {
    int absent = 0;
    for (Metric m : r.values().keySet()) {
      if (!m.name().startsWith("humanShare.")) {
        continue;
      }
      String type = m.name().substring("humanShare.".length());
      double all = total(r, "taskCount." + type + ".");
      double people = r.values().entrySet().stream()
          .filter(e -> e.getKey().name().startsWith("taskCount." + type + "."))
          .filter(e -> org.fcsim.task.Performer.byKey(e.getKey().name().substring(("taskCount." + type + ".").length())).human())
          .mapToDouble(Map.Entry::getValue).sum();
      if (all == 0) {
        absent++;
        assertTrue(Double.isNaN(r.get(m.name())), m.name() + " of a type that did not arise: " + r.get(m.name()));
      } else {
        assertEquals(people / all, r.get(m.name()), 1e-12, m.name());
      }
    }
    assertTrue(absent > 0, "some task type does not arise on this floor");
  }

  @Test
  void pickerToPartsToursDrainABacklogWithoutDriveUnits() {
    Scenario s = scenario(SMALL_FLOOR.replace("count: 12,", "count: 0,")
        + "demand: { mode: backlog, backlogOrders: 200 }\npickerToParts: { enabled: true, batchLines: 8 }\n");
    ReplicationResult r = new FloorModel(s, 0).run();
    assertEquals(0, r.get("unitsInProgress.atEnd"));
    assertEquals(200, r.get("ordersPerHour") * 20, 1e-9);
    assertTrue(r.get("taskCount.pick.picker") >= 200 * 1.0 / 8, "tours of at most 8 lines");
    assertEquals(false, r.values().keySet().stream().map(Metric::name)
        .anyMatch(n -> n.contains("podTransport") || n.endsWith(".driveUnits")), "no drive-unit work in a manual floor");
  }

  @Test
  void aReplicationIsAPureFunctionOfScenarioAndIndex() {
    Scenario s = scenario(SMALL_FLOOR + "demand: { mode: poisson, ordersPerHour: [100/h, 200/h] }\n");
    assertEquals(new FloorModel(s, 3).run().values(), new FloorModel(s, 3).run().values());
    assertNotEquals(new FloorModel(s, 3).run().values(), new FloorModel(s, 4).run().values());
  }

  @Test
  void timeSeriesCoverTheWholeRunAndAgreeWithTheSummary() {
    Scenario s = scenario(SMALL_FLOOR.replace("horizon: 20h", "horizon: 10h\nwarmup: 1h")
        + "demand: { mode: poisson, ordersPerHour: 150/h }\n");
    ReplicationResult r = new FloorModel(s, 0).run();
    assertEquals(180, r.seriesIntervalSec(), 1e-9); // 10 h / 200 points
    double[] shipped = r.series("unitsPerHour");
    assertTrue(shipped.length >= 199 && shipped.length <= 200, "points: " + shipped.length);
    // the intervals after warm-up (from 1 h) shipped what the summary counts, up to the last, partial one
    double afterWarmup = 0;
    for (int i = 20; i < shipped.length; i++) {
      afterWarmup += shipped[i] * r.seriesIntervalSec() / 3600;
    }
    assertEquals(r.get("unitsPerHour") * 9, afterWarmup, r.get("unitsPerHour") * 9 * 0.02);
    assertEquals(shipped.length, r.series("unitsInProgress").length);
  }
}
