package org.fcsim.floor;

import org.fcsim.scenario.Scenario;

/**
 * Where things stand on the storage grid and how long a drive unit takes between two cells.
 * Pods fill the field evenly; pick stations stand along the front edge (row −1), chargers
 * along the back edge (row {@code lengthCells}). Travel is Manhattan: an x leg then a y leg,
 * each accelerating to cruise speed and braking (a triangular profile if the leg is short),
 * plus a quarter turn between the legs.
 */
public final class GridLayout {
  private final int width;
  private final int length;
  private final double cell;
  private final double speed;
  private final double accel;
  private final double quarterTurnSec;
  private final int zones;

  public GridLayout(Scenario.Floor floor, Scenario.DriveUnits driveUnits) {
    this.width = floor.widthCells();
    this.length = floor.lengthCells();
    this.cell = floor.cellMeters();
    this.speed = driveUnits.speedMetersPerSec();
    this.accel = driveUnits.accelerationMetersPerSec2();
    this.quarterTurnSec = driveUnits.fullTurnSec() / 4;
    this.zones = floor.zones();
  }

  /** Cell of pod {@code index} of {@code pods}, spread evenly over the field: {x, y}. */
  public int[] podCell(int index, int pods) {
    long cells = (long) width * length;
    long at = Math.min(cells - 1, index * cells / Math.max(1, pods));
    return new int[] {(int) (at % width), (int) (at / width)};
  }

  public int[] stationCell(int index, int stations) {
    return new int[] {(int) ((index + 0.5) * width / stations), -1};
  }

  public int[] chargerCell(int index, int chargers) {
    return new int[] {(int) ((index + 0.5) * width / chargers), length};
  }

  /** Zone (vertical strip) of a cell, 0 … zones−1. */
  public int zoneOf(int[] cell) {
    return Math.min(zones - 1, Math.max(0, cell[0]) * zones / width);
  }

  public int zones() {
    return zones;
  }

  /** Seconds to drive from one cell to another (no lift or set-down). */
  public double travelSec(int[] from, int[] to) {
    double dx = Math.abs(from[0] - to[0]) * cell;
    double dy = Math.abs(from[1] - to[1]) * cell;
    double turn = dx > 0 && dy > 0 ? quarterTurnSec : 0;
    return legSec(dx) + legSec(dy) + turn;
  }

  /** Time for a straight leg from standstill to standstill. */
  double legSec(double meters) {
    if (meters <= 0) {
      return 0;
    }
    double rampMeters = speed * speed / accel; // accelerate and brake
    return meters >= rampMeters ? meters / speed + speed / accel : 2 * Math.sqrt(meters / accel);
  }
}
