package org.fcsim.floor;

import org.fcsim.scenario.Scenario;

/**
 * Where things stand on the storage grid and how long a drive unit takes between two cells.
 * Pods fill the field evenly; pick stations stand along the front edge (row −1), chargers
 * along the back edge (row {@code lengthCells}). Travel is Manhattan: an x leg then a y leg,
 * each accelerating to cruise speed and braking (a triangular profile if the leg is short),
 * plus a quarter turn between the legs ({@link Kinematics}; with {@code travel: manhattan}
 * distance over speed). Stow stations stand along the left edge (column −1).
 */
public final class GridLayout implements Layout {
  private final int width;
  private final int length;
  private final double cell;
  private final Kinematics kinematics;
  private final int zones;

  public GridLayout(Scenario.Floor floor, Scenario.DriveUnits driveUnits) {
    this.width = floor.widthCells();
    this.length = floor.lengthCells();
    this.cell = floor.cellMeters();
    this.kinematics = Kinematics.of(driveUnits);
    this.zones = floor.zones();
  }

  /** Cell of pod {@code index} of {@code pods}, spread evenly over the field: {x, y}. */
  @Override
  public int[] podCell(int index, int pods) {
    long cells = (long) width * length;
    long at = Math.min(cells - 1, index * cells / Math.max(1, pods));
    return new int[] {(int) (at % width), (int) (at / width)};
  }

  @Override
  public int[] stationCell(int index, int stations) {
    return new int[] {(int) ((index + 0.5) * width / stations), -1};
  }

  @Override
  public int[] chargerCell(int index, int chargers) {
    return new int[] {(int) ((index + 0.5) * width / chargers), length};
  }

  @Override
  public int[] stowCell(int index, int stowStations) {
    return new int[] {-1, (int) ((index + 0.5) * length / stowStations)};
  }

  /** Zone (vertical strip) of a cell, 0 … zones−1. */
  @Override
  public int zoneOf(int[] cell) {
    return Math.min(zones - 1, Math.max(0, cell[0]) * zones / width);
  }

  @Override
  public int zones() {
    return zones;
  }

  @Override
  public double travelSec(int[] from, int[] to) {
    double dx = Math.abs(from[0] - to[0]) * cell;
    double dy = Math.abs(from[1] - to[1]) * cell;
    double turn = dx > 0 && dy > 0 ? kinematics.quarterTurnSec() : 0;
    return legSec(dx) + legSec(dy) + turn;
  }

  /** Time for a straight leg from standstill to standstill. */
  double legSec(double meters) {
    return kinematics.legSec(meters);
  }
}
