package org.fcsim.floor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.fcsim.dist.DistSpec;
import org.fcsim.scenario.FloorMap;
import org.fcsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Least-time travel on a map: on an open rectangle it is today's grid travel for every pair of
 * cells, a wall forces the detour's legs and turns, a one-way lane is driven only along its
 * arrow, and manhattan travel is the path's length over the speed. 1.5 m/s, 1 m/s2, a full turn
 * in 2.5 s: a 1-cell leg takes 2 s, a 4-cell leg 4/1.5 + 1.5 s.
 */
class MapTravelTest {
  private static final double Q = 2.5 / 4;
  private static final Kinematics GRID = new Kinematics(1.5, 1.0, Q, true);

  private static Scenario.DriveUnits units(String travel) {
    return new Scenario.DriveUnits(1, travel, new DistSpec.Constant(0), new DistSpec.Constant(0), 1.5, 1.0, 2.2, 2.5,
        new Scenario.Battery(0, 3600, 1, 0.2), new Scenario.Faults(0, new DistSpec.Constant(0), 0, new DistSpec.Constant(0)));
  }

  private static MapLayout layout(String rows, Kinematics kinematics) {
    String[] lines = rows.split("\n");
    FloorMap map = FloorMap.parse("test.map",
        "type octile\nheight " + lines.length + "\nwidth " + lines[0].length() + "\nmap\n" + rows);
    return new MapLayout(map, 1.0, 1, kinematics);
  }

  @Test
  void onAnOpenRectangleTravelIsTodaysGridTravelForEveryPair() {
    int width = 9;
    int length = 6;
    GridLayout grid = new GridLayout(new Scenario.Floor(width, length, 1.0, width * length, 1), units("grid"));
    // the map: a station row (grid row -1), the field of storage cells, a charger row (grid row length)
    StringBuilder rows = new StringBuilder();
    char[] front = ".".repeat(width).toCharArray();
    char[] back = ".".repeat(width).toCharArray();
    for (int s = 0; s < 3; s++) {
      front[grid.stationCell(s, 3)[0]] = 'K';
    }
    back[grid.chargerCell(0, 1)[0]] = 'C';
    rows.append(front).append('\n');
    for (int y = 0; y < length; y++) {
      rows.append("P".repeat(width)).append('\n');
    }
    rows.append(back).append('\n');
    MapLayout map = layout(rows.toString(), Kinematics.of(units("grid")));
    int pairs = 0;
    for (int ay = -1; ay <= length; ay++) {
      for (int ax = 0; ax < width; ax++) {
        for (int by = -1; by <= length; by++) {
          for (int bx = 0; bx < width; bx++) {
            int[] a = {ax, ay};
            int[] b = {bx, by};
            assertEquals(grid.travelSec(a, b), map.travelSec(new int[] {ax, ay + 1}, new int[] {bx, by + 1}), 1e-9,
                ax + "," + ay + " to " + bx + "," + by);
            pairs++;
          }
        }
      }
    }
    assertEquals(72 * 72, pairs);
    assertEquals(3, grid.stationCell(2, 3)[0] - grid.stationCell(1, 3)[0]); // the stations are where the grid puts them
  }

  @Test
  void aWallForcesADetourWithItsLegsAndTurns() {
    MapLayout map = layout("..@..\nP.@.K\n.....\n", GRID);
    // down 1, right 4, up 1: three legs, two quarter turns
    double expected = 2 * GRID.legSec(1) + GRID.legSec(4) + 2 * Q;
    assertEquals(expected, map.travelSec(new int[] {0, 1}, new int[] {4, 1}), 1e-12);
    assertEquals(expected, map.travelSec(new int[] {4, 1}, new int[] {0, 1}), 1e-12);
    // storage to storage (no station at either end): the pair search gives the same
    MapLayout twoPods = layout("..@..\nP.@.P\n.....\nK....\n", GRID);
    assertEquals(expected, twoPods.travelSec(new int[] {0, 1}, new int[] {4, 1}), 1e-12);
  }

  @Test
  void aDriveReadsBackAsItsStopsWithTimes() {
    FloorMap map = FloorMap.parse("t.map", "type octile\nheight 3\nwidth 5\nmap\n..@..\nP.@.K\n.....\n");
    java.util.List<LeastTimePaths.Stop> stops = new LeastTimePaths(map, 1.0, GRID).stops(5, 9);
    // start at (0,1) facing down, run 1 to (0,2), turn left to face right, run 4 to (4,2), turn to face up, run 1 to (4,1)
    assertEquals(java.util.List.of(new LeastTimePaths.Stop(5, 2, 0), new LeastTimePaths.Stop(10, 2, GRID.legSec(1)),
        new LeastTimePaths.Stop(10, 1, GRID.legSec(1) + Q), new LeastTimePaths.Stop(14, 1, GRID.legSec(1) + Q + GRID.legSec(4)),
        new LeastTimePaths.Stop(14, 0, GRID.legSec(1) + 2 * Q + GRID.legSec(4)),
        new LeastTimePaths.Stop(9, 0, 2 * GRID.legSec(1) + 2 * Q + GRID.legSec(4))), stops);
  }

  @Test
  void aOneWayLaneIsDrivenOnlyAlongItsArrow() {
    MapLayout map = layout(".....\nK<<<P\n@@@@@\n", GRID);
    assertEquals(GRID.legSec(4), map.travelSec(new int[] {4, 1}, new int[] {0, 1}), 1e-12); // along the arrow
    // against it: up, across the open row, down
    assertEquals(2 * GRID.legSec(1) + GRID.legSec(4) + 2 * Q, map.travelSec(new int[] {0, 1}, new int[] {4, 1}), 1e-12);
  }

  /** The pair search (A*) agrees with the whole table (Dijkstra) between every two cells of the shipped small map. */
  @Test
  void thePairSearchFindsTheLeastTimeOnTheShippedSmallMap() throws Exception {
    String text = java.nio.file.Files.readString(java.nio.file.Path.of("layouts/small-aisles.map"));
    FloorMap map = FloorMap.parse("small-aisles.map", text.replace("@@@@@@@@@C@@@@@@@@@@", "<<<<<<<<<C>>>>>>>>>>"));
    LeastTimePaths paths = new LeastTimePaths(map, 1.0, GRID);
    int cells = map.width() * map.height();
    for (int a = 0; a < cells; a += 11) {
      double[] table = paths.fromCell(a);
      for (int b = 0; b < cells; b++) {
        assertEquals(table[b], paths.between(a, b), 1e-9, a + " to " + b);
      }
    }
  }

  /** The same on a 16 x 16 floor with a quarter of its cells blocked at random (seed fixed) and two one-way rows. */
  @Test
  void thePairSearchFindsTheLeastTimeAmongScatteredObstacles() {
    java.util.Random random = new java.util.Random(7);
    StringBuilder rows = new StringBuilder("KP").append(".".repeat(14)).append('\n');
    for (int y = 1; y < 16; y++) {
      for (int x = 0; x < 16; x++) {
        rows.append(y == 5 ? '>' : y == 11 ? '<' : random.nextDouble() < 0.25 ? '@' : '.');
      }
      rows.append('\n');
    }
    FloorMap map = FloorMap.parse("scattered.map", "type octile\nheight 16\nwidth 16\nmap\n" + rows);
    LeastTimePaths paths = new LeastTimePaths(map, 1.0, GRID);
    for (int a = 0; a < 256; a += 5) {
      double[] table = paths.fromCell(a);
      for (int b = 0; b < 256; b++) {
        assertEquals(table[b], paths.between(a, b), 1e-9, a + " to " + b);
      }
    }
  }

  @Test
  void manhattanTravelIsThePathLengthOverTheSpeed() {
    Kinematics manhattan = Kinematics.of(units("manhattan"));
    MapLayout map = layout("..@..\nP.@.K\n.....\n", manhattan);
    assertEquals(6 / 1.5, map.travelSec(new int[] {0, 1}, new int[] {4, 1}), 1e-12);
    GridLayout grid = new GridLayout(new Scenario.Floor(20, 10, 1.0, 200, 4), units("manhattan"));
    assertEquals(7 / 1.5, grid.travelSec(new int[] {0, 0}, new int[] {3, 4}), 1e-12);
  }
}
