package org.fcsim.floor;

import org.fcsim.scenario.FloorMap;
import org.fcsim.scenario.Scenario;

/**
 * The floor as a picture sees it: the scenario's map, or for a generated floor a map built from
 * {@link GridLayout} (the storage field, the pick stations in a row in front of it, stow stations
 * in a column to its left, chargers in a row behind it), and where a layout cell falls on it.
 *
 * @param dx, dy added to a layout cell's x and y to give its cell on {@code map}
 */
public record FloorPlan(FloorMap map, int dx, int dy) {
  public static FloorPlan of(Scenario scenario) {
    Scenario.Floor floor = scenario.floor();
    if (floor.map() != null) {
      return new FloorPlan(floor.map(), 0, 0);
    }
    int w = floor.widthCells() + 1;
    int h = floor.lengthCells() + 2;
    FloorMap.Kind[] kinds = new FloorMap.Kind[w * h];
    java.util.Arrays.fill(kinds, FloorMap.Kind.OPEN);
    for (int y = 1; y < h - 1; y++) {
      for (int x = 1; x < w; x++) {
        kinds[y * w + x] = FloorMap.Kind.STORAGE;
      }
    }
    GridLayout layout = new GridLayout(floor, scenario.driveUnits());
    int stations = scenario.pickStations().count();
    for (int s = 0; s < stations; s++) {
      mark(kinds, w, layout.stationCell(s, stations), FloorMap.Kind.PICK_STATION);
    }
    int stow = scenario.inbound().given() ? scenario.inbound().stowStations() : 0;
    for (int s = 0; s < stow; s++) {
      mark(kinds, w, layout.stowCell(s, stow), FloorMap.Kind.STOW_STATION);
    }
    Scenario.Battery battery = scenario.driveUnits().battery();
    int chargers = battery.runtimeSec() > 0 ? Math.max(1, battery.chargers()) : 0;
    for (int c = 0; c < chargers; c++) {
      mark(kinds, w, layout.chargerCell(c, chargers), FloorMap.Kind.CHARGER);
    }
    return new FloorPlan(FloorMap.generated(w, h, kinds), 1, 1);
  }

  private static void mark(FloorMap.Kind[] kinds, int width, int[] cell, FloorMap.Kind kind) {
    kinds[(cell[1] + 1) * width + cell[0] + 1] = kind;
  }

  /** The index on this plan ({@code y × width + x}) of a layout cell. */
  public int cell(int[] layoutCell) {
    return (layoutCell[1] + dy) * map.width() + layoutCell[0] + dx;
  }

  /** Empty counts on this plan. */
  public FloorHeat heat() {
    return new FloorHeat(map.width(), map.height(), dx, dy);
  }
}
