package org.fcsim.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.fcsim.scenario.Scenario;
import org.fcsim.scenario.ScenarioLoader;
import org.fcsim.stats.Replay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A replay re-runs a replication and reads its floor at fixed times: the same frames every time,
 * units that move, a unit at a station drawn on the station's cell, and the people on shift all
 * counted in some activity.
 */
class ReplayTest {
  @TempDir
  Path dir;

  static Scenario small(Path dir) throws Exception {
    Path file = dir.resolve("replay.yaml");
    Files.writeString(file, """
        horizon: 2h
        warmup: 30min
        replications: 1
        demand: { mode: poisson, ordersPerHour: 300/h, linesPerOrder: 1, unitsPerLine: 1, skus: 150, skuSkew: 0 }
        floor: { widthCells: 20, lengthCells: 10, pods: 150 }
        driveUnits: { count: 12, travel: grid, faults: { mtbf: 2h } }
        pickStations: { count: 2, pickersPerStation: 1, pickTime: { dist: constant, value: 6s } }
        associates: { picker: { count: 2 }, sorter: { count: 4 }, packer: { count: 6 }, automationOperator: { count: 2 } }
        """);
    return ScenarioLoader.loadLevels(file, Map.of()).levels().get(0).scenario().scenario();
  }

  @Test
  void framesAreReproducibleAndShowTheFloorMoving() throws Exception {
    Scenario s = small(dir);
    Replay a = new FloorModel(s, 0).replay("base", 1800, 600, 2);
    Replay b = new FloorModel(s, 0).replay("base", 1800, 600, 2);
    assertEquals(301, a.frames());
    assertEquals(12, a.units());
    assertArrayEquals(a.xy(), b.xy());
    assertArrayEquals(a.states(), b.states());
    assertArrayEquals(a.people(), b.people());
    float[] first = Arrays.copyOfRange(a.xy(), 0, 24);
    float[] last = Arrays.copyOfRange(a.xy(), 300 * 24, 301 * 24);
    assertFalse(Arrays.equals(first, last), "units move in ten minutes");
    int picking = a.unitStates().indexOf("PICKING");
    int seen = 0;
    for (int f = 0; f < a.frames(); f++) {
      for (int u = 0; u < a.units(); u++) {
        int k = f * a.units() + u;
        if (a.states()[k] % Replay.CARRYING == picking) {
          seen++;
          float x = a.xy()[2 * k] - a.dx();
          float y = a.xy()[2 * k + 1] - a.dy();
          assertTrue(Arrays.stream(a.stationCells()).anyMatch(c -> c[0] == x && c[1] == y), "picked at a station: " + x + "," + y);
          assertTrue(a.states()[k] >= Replay.CARRYING, "a unit at a station carries its pod");
        }
      }
    }
    assertTrue(seen > 100, "units picking in most frames: " + seen);
    int onShift = s.associates().countPerShift().values().stream().mapToInt(Integer::intValue).sum();
    for (int f = 0; f < a.frames(); f++) {
      int people = Arrays.stream(a.people(), f * a.activities().size(), (f + 1) * a.activities().size()).sum();
      assertEquals(onShift, people, "everyone on shift is doing something or idle, frame " + f);
    }
  }
}
