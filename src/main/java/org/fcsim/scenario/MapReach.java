package org.fcsim.scenario;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;

/**
 * Checks that a map can be worked: it has storage and a pick station, and every station and
 * charger can be reached from every storage cell and can get back to it, moving by
 * {@link FloorMap#canMove}. The error points at the station that no storage cell reaches, or at
 * the first storage cell (in reading order) cut off from one.
 */
final class MapReach {
  private static final Map<FloorMap.Kind, String> PLACES = Map.of(FloorMap.Kind.PICK_STATION, "pick station",
      FloorMap.Kind.STOW_STATION, "stow station", FloorMap.Kind.CHARGER, "charger");

  private MapReach() {}

  static void check(FloorMap map) {
    List<int[]> storage = map.cells(FloorMap.Kind.STORAGE);
    if (storage.isEmpty()) {
      throw MapFiles.error(map.file(), map.firstRowLine(), 1, "the map has no storage cell (P)");
    }
    if (map.cells(FloorMap.Kind.PICK_STATION).isEmpty()) {
      throw MapFiles.error(map.file(), map.firstRowLine(), 1, "the map has no pick station (K)");
    }
    for (FloorMap.Kind kind : List.of(FloorMap.Kind.PICK_STATION, FloorMap.Kind.STOW_STATION, FloorMap.Kind.CHARGER)) {
      for (int[] place : map.cells(kind)) {
        boolean[] reachesIt = reached(map, place, true);
        boolean[] reachedFromIt = reached(map, place, false);
        if (storage.stream().noneMatch(c -> reachesIt[c[1] * map.width() + c[0]])) {
          throw at(map, place, "no drive unit can reach this " + PLACES.get(kind) + " from storage");
        }
        for (int[] c : storage) {
          if (!reachesIt[c[1] * map.width() + c[0]]) {
            throw at(map, c, "a drive unit in this storage cell cannot reach the " + PLACES.get(kind) + " at "
                + map.where(place[0], place[1]));
          }
          if (!reachedFromIt[c[1] * map.width() + c[0]]) {
            throw at(map, place, "a drive unit at this " + PLACES.get(kind) + " cannot get back to the storage cell at "
                + map.where(c[0], c[1]));
          }
        }
      }
    }
  }

  /** Cells reachable from {@code start} (or, {@code backwards}, the cells that reach it). */
  private static boolean[] reached(FloorMap map, int[] start, boolean backwards) {
    int w = map.width();
    boolean[] seen = new boolean[w * map.height()];
    ArrayDeque<int[]> queue = new ArrayDeque<>();
    seen[start[1] * w + start[0]] = true;
    queue.add(start);
    while (!queue.isEmpty()) {
      int[] c = queue.poll();
      for (int h = 0; h < 4; h++) {
        int nx = c[0] + FloorMap.DX[h];
        int ny = c[1] + FloorMap.DY[h];
        boolean moves = backwards ? nx >= 0 && ny >= 0 && nx < w && ny < map.height() && map.canMove(nx, ny, (h + 2) % 4)
            : map.canMove(c[0], c[1], h);
        if (moves && !seen[ny * w + nx]) {
          seen[ny * w + nx] = true;
          queue.add(new int[] {nx, ny});
        }
      }
    }
    return seen;
  }

  private static ScenarioException at(FloorMap map, int[] cell, String problem) {
    return MapFiles.error(map.file(), map.firstRowLine() + cell[1], cell[0] + 1, problem);
  }
}
