package org.fcsim.floor;

import org.fcsim.scenario.Scenario;

/**
 * Where things stand on the floor and how long a drive unit takes between two cells (no lift or
 * set-down). Cells are {x, y}. A generated floor ({@link GridLayout}) or one read from a map
 * ({@link MapLayout}).
 */
public interface Layout {
  /** The layout of {@code floor}: from its map if it has one, else generated. */
  static Layout of(Scenario.Floor floor, Scenario.DriveUnits driveUnits) {
    return floor.map() == null ? new GridLayout(floor, driveUnits)
        : new MapLayout(floor.map(), floor.cellMeters(), floor.zones(), Kinematics.of(driveUnits));
  }

  /** Home cell of pod {@code index} of {@code pods}. */
  int[] podCell(int index, int pods);

  int[] stationCell(int index, int stations);

  int[] stowCell(int index, int stowStations);

  int[] chargerCell(int index, int chargers);

  /** Zone (vertical strip) of a cell, 0 … zones−1. */
  int zoneOf(int[] cell);

  int zones();

  /** Seconds to drive from one cell to another. */
  double travelSec(int[] from, int[] to);
}
