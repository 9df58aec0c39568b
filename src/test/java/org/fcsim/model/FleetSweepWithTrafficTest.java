package org.fcsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fleet-size sweep on the small map (two stations, one picker each, exponential 10 s picks:
 * a station bound of 720 pod visits an hour), in the closed loop so that nothing but the fleet
 * and the floor limits throughput. Without traffic, throughput climbs to the bound as today's
 * closed network does; with traffic, it rises, then bends well below the bound as units queue
 * and meet head-on in the one-lane aisles. One unit alone drives the same with or without.
 */
class FleetSweepWithTrafficTest {
  private static final int[] FLEET = {1, 4, 12, 32};
  private static final double BOUND = 720;
  private static final double[] OFF = new double[FLEET.length];
  private static final double[] ON = new double[FLEET.length];

  @TempDir
  static Path dir;

  @BeforeAll
  static void sweep() throws Exception {
    for (int i = 0; i < FLEET.length; i++) {
      OFF[i] = meanVisitsPerHour(FLEET[i], false);
      ON[i] = meanVisitsPerHour(FLEET[i], true);
    }
    System.out.printf("fleet %s%n  off %s%n  on  %s%n", java.util.Arrays.toString(FLEET), java.util.Arrays.toString(OFF),
        java.util.Arrays.toString(ON));
  }

  private static double meanVisitsPerHour(int units, boolean traffic) throws Exception {
    Path file = dir.resolve("fleet-" + units + "-" + traffic + ".yaml");
    Files.writeString(file, String.format("""
        horizon: 4h
        warmup: 30min
        replications: 3
        demand: { mode: none }
        floor: { map: %s, traffic: %s }
        driveUnits: { count: %d, travel: grid }
        pickStations: { pickersPerStation: 1, pickTime: { dist: exponential, mean: 10s } }
        """, Path.of("layouts/small-aisles.map").toAbsolutePath(), traffic, units));
    Scenario s = ScenarioLoader.loadLevels(file, Map.of()).levels().get(0).scenario().scenario();
    List<ReplicationResult> results = Experiment.run(List.of(s), 2, ProgressListener.NONE).get(0);
    return results.stream().mapToDouble(r -> r.get("podVisitsPerHour")).average().orElseThrow();
  }

  @Test
  void withoutTrafficThroughputClimbsToTheStationBound() {
    for (int i = 1; i < FLEET.length; i++) {
      assertTrue(OFF[i] > OFF[i - 1], "more units, more visits: " + java.util.Arrays.toString(OFF));
    }
    assertTrue(OFF[FLEET.length - 1] > 0.9 * BOUND && OFF[FLEET.length - 1] < BOUND * 1.03,
        "32 units saturate the stations: " + OFF[FLEET.length - 1]);
  }

  @Test
  void aLoneUnitIsNotHindered() {
    assertEquals(OFF[0], ON[0], 1e-9 * OFF[0]);
  }

  @Test
  void withTrafficThroughputRisesThenBendsBelowTheBound() {
    assertTrue(ON[1] > 2.5 * ON[0], "rises with the first units: " + java.util.Arrays.toString(ON));
    double firstGainPerUnit = (ON[1] - ON[0]) / (FLEET[1] - FLEET[0]);
    double lastGainPerUnit = (ON[3] - ON[2]) / (FLEET[3] - FLEET[2]);
    assertTrue(lastGainPerUnit < firstGainPerUnit / 5, "bends: " + java.util.Arrays.toString(ON));
    assertTrue(ON[3] < 0.75 * BOUND, "well before the station bound: " + ON[3]);
    assertTrue(ON[3] < OFF[3] - 150, "traffic costs visits the free floor makes: " + ON[3] + " vs " + OFF[3]);
  }
}
