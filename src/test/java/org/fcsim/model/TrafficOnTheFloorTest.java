package org.fcsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.fcsim.experiment.Experiment;
import org.fcsim.experiment.ProgressListener;
import org.fcsim.scenario.Scenario;
import org.fcsim.scenario.ScenarioLoader;
import org.fcsim.stats.ReplicationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drive units on the small map with {@code floor.traffic}: alone, a unit drives exactly as
 * without traffic (its legs' cell steps add up to the least-time drive, to rounding); with a
 * fleet, units wait for each other, deadlocks are resolved, and nothing is lost.
 */
class TrafficOnTheFloorTest {
  @TempDir
  Path dir;

  private Scenario scenario(int units, boolean traffic, double ordersPerHour) throws Exception {
    Path file = dir.resolve("traffic-" + units + "-" + traffic + ".yaml");
    Files.writeString(file, String.format("""
        horizon: 2.5h
        warmup: 30min
        replications: 2
        demand: { mode: poisson, ordersPerHour: %s/h, linesPerOrder: 1, unitsPerLine: 1, skus: 84, skuSkew: 0,
                  damagedPerUnit: 0, missingPerLine: 0, mispickPerHumanLine: 0, qualityCheckShare: 0 }
        floor: { map: %s, traffic: %s }
        driveUnits: { count: %d, travel: grid, battery: { runtime: 0s }, faults: { mtbf: 0s } }
        pickStations: { pickersPerStation: 1, pickTime: { dist: constant, value: 6s }, podsPerStation: 6 }
        associates: { picker: { count: 2 }, sorter: { count: 6 }, packer: { count: 30 }, problemSolver: { count: 0 },
                      qualityControl: { count: 0 } }
        """, ordersPerHour, Path.of("layouts/small-aisles.map").toAbsolutePath(), traffic, units));
    return ScenarioLoader.loadLevels(file, Map.of()).levels().get(0).scenario().scenario();
  }

  private static List<ReplicationResult> run(Scenario s) {
    return Experiment.run(List.of(s), 2, ProgressListener.NONE).get(0);
  }

  @Test
  void aLoneUnitDrivesAsWithoutTraffic() throws Exception {
    List<ReplicationResult> on = run(scenario(1, true, 200));
    List<ReplicationResult> off = run(scenario(1, false, 200));
    for (int r = 0; r < on.size(); r++) {
      for (String metric : List.of("unitsPerHour", "orderCycleSec.mean", "taskHours.podTransport.driveUnit")) {
        assertEquals(off.get(r).get(metric), on.get(r).get(metric), 1e-9 * Math.abs(off.get(r).get(metric)), metric);
      }
      assertEquals(0, on.get(r).get("congestionHours"), "nobody in the way");
      assertFalse(off.get(r).values().keySet().stream().anyMatch(m -> m.name().equals("congestionHours")),
          "no traffic metrics without traffic");
    }
  }

  @Test
  void trafficNeedsGridTravel() throws Exception {
    Path file = dir.resolve("manhattan.yaml");
    Files.writeString(file, "floor: { map: " + Path.of("layouts/small-aisles.map").toAbsolutePath()
        + ", traffic: true }\ndriveUnits: { travel: manhattan }\n");
    org.fcsim.scenario.ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(
        org.fcsim.scenario.ScenarioException.class, () -> ScenarioLoader.loadLevels(file, Map.of()));
    assertTrue(e.getMessage().endsWith(":2:23: driveUnits.travel: must be grid when floor.traffic is true (units follow "
        + "their least-time paths cell by cell), got manhattan"), e.getMessage());
  }

  @Test
  void aFleetWaitsForEachOtherAndResolvesItsDeadlocks() throws Exception {
    List<ReplicationResult> on = run(scenario(8, true, 1500));
    List<ReplicationResult> off = run(scenario(8, false, 1500));
    for (int r = 0; r < on.size(); r++) {
      assertTrue(on.get(r).get("congestionHours") > 0.5, "eight units on two aisles wait");
      assertTrue(on.get(r).get("deadlocksResolvedPerHour") > 0, "head-on meetings in one-lane aisles");
      assertTrue(on.get(r).get("taskCount.podTransport.driveUnit") < off.get(r).get("taskCount.podTransport.driveUnit"),
          "waiting costs trips: " + on.get(r).get("taskCount.podTransport.driveUnit") + " vs " + off.get(r).get("taskCount.podTransport.driveUnit"));
      double[] waits = on.get(r).grid("waitSecByCell");
      assertEquals(20 * 12, waits.length, "one value a cell of the 20 x 12 map");
      assertEquals(on.get(r).get("congestionHours") * 3600, java.util.Arrays.stream(waits).sum(),
          1e-6 * on.get(r).get("congestionHours") * 3600, "the heat map holds every second units waited");
      assertEquals(null, off.get(r).grid("waitSecByCell"), "no waits to map without traffic");
    }
  }
}
