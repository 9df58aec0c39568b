package org.fcsim.floor;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fcsim.scenario.FloorMap;

/**
 * A floor read from a map file: pods on the storage cells ({@code P}), spread evenly over them
 * in reading order as on the generated grid; pick stations, stow stations and chargers at the
 * map's {@code K}, {@code N} and {@code C} cells, numbered in reading order. Travel is the least
 * time on the map ({@link LeastTimePaths}): the table to and from each station and charger is
 * computed once, when first needed; a drive between two other cells (storage to storage) is
 * searched once and remembered.
 */
public final class MapLayout implements Layout {
  private static final int REMEMBERED_PAIRS = 1 << 20;

  private final FloorMap map;
  private final int zones;
  private final LeastTimePaths paths;
  private final List<int[]> storage;
  private final List<int[]> pickStations;
  private final List<int[]> stowStations;
  private final List<int[]> chargers;
  private final Set<Integer> endpoints = new HashSet<>();
  private final Map<Integer, double[]> fromEndpoint = new HashMap<>();
  private final Map<Integer, double[]> toEndpoint = new HashMap<>();
  private final Map<Long, Double> pairs = new HashMap<>();

  public MapLayout(FloorMap map, double cellMeters, int zones, Kinematics kinematics) {
    this.map = map;
    this.zones = zones;
    this.paths = new LeastTimePaths(map, cellMeters, kinematics);
    storage = map.cells(FloorMap.Kind.STORAGE);
    pickStations = map.cells(FloorMap.Kind.PICK_STATION);
    stowStations = map.cells(FloorMap.Kind.STOW_STATION);
    chargers = map.cells(FloorMap.Kind.CHARGER);
    for (List<int[]> places : List.of(pickStations, stowStations, chargers)) {
      places.forEach(c -> endpoints.add(index(c)));
    }
  }

  /** The least-time paths on this map (traffic follows them cell by cell). */
  public LeastTimePaths paths() {
    return paths;
  }

  public FloorMap map() {
    return map;
  }

  @Override
  public int[] podCell(int index, int pods) {
    long cells = storage.size();
    return storage.get((int) Math.min(cells - 1, index * cells / Math.max(1, pods))).clone();
  }

  /** The storage cells, in reading order. */
  public List<int[]> storageCells() {
    return storage;
  }

  @Override
  public int[] stationCell(int index, int stations) {
    return pickStations.get(index).clone();
  }

  @Override
  public int[] stowCell(int index, int stowStationCount) {
    return stowStations.get(index).clone();
  }

  /** The map's chargers; without any (charging off) the first pick station stands in. */
  @Override
  public int[] chargerCell(int index, int chargerCount) {
    return (chargers.isEmpty() ? pickStations.get(0) : chargers.get(index)).clone();
  }

  @Override
  public int zoneOf(int[] cell) {
    return Math.min(zones - 1, Math.max(0, cell[0]) * zones / map.width());
  }

  @Override
  public int zones() {
    return zones;
  }

  @Override
  public double travelSec(int[] from, int[] to) {
    int f = index(from);
    int t = index(to);
    if (f == t) {
      return 0;
    }
    if (endpoints.contains(t)) {
      return toEndpoint.computeIfAbsent(t, paths::toCell)[f];
    }
    if (endpoints.contains(f)) {
      return fromEndpoint.computeIfAbsent(f, paths::fromCell)[t];
    }
    if (pairs.size() >= REMEMBERED_PAIRS) {
      pairs.clear(); // bounds memory; the times are the same when searched again
    }
    return pairs.computeIfAbsent((long) f * map.width() * map.height() + t, key -> paths.between(f, t));
  }

  private int index(int[] cell) {
    return cell[1] * map.width() + cell[0];
  }
}
