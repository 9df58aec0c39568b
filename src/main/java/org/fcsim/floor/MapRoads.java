package org.fcsim.floor;

import java.util.List;
import org.fcsim.scenario.FloorMap;
import umontreal.ssj.simevents.Simulator;

/**
 * {@link Roads} on a map: each leg follows its least-time path ({@link LeastTimePaths#stops}),
 * cell by cell through {@link CellTraffic}. A straight run's time is spread evenly over its
 * cells and a turn's time is added to the step after it, so a leg nobody hinders takes exactly
 * its free time. A unit that had to stop pays {@code speed / acceleration} again (the time a
 * stop and a start add to a run), and a deadlock takes {@code resolveSec} to resolve.
 */
public final class MapRoads implements Roads {
  private final FloorMap map;
  private final LeastTimePaths paths;
  private final CellTraffic traffic;
  private final int[][] stationCells;
  private FloorHeat heat;

  /**
   * @param stationCells the pick and stow stations' cells, bays where units coming and going pass
   * @param chargerCells the chargers' cells, bays too
   * @param unitCells where each drive unit starts, parked; its index in the traffic is its own
   * @param resolveSec time a deadlock holds the units of its cycle
   */
  public MapRoads(Simulator simulator, FloorMap map, LeastTimePaths paths, double restartSec, double resolveSec,
      int[][] stationCells, int[][] chargerCells, int[][] unitCells) {
    this.map = map;
    this.paths = paths;
    this.stationCells = stationCells;
    this.traffic = new CellTraffic(simulator, map.width() * map.height(), restartSec, resolveSec);
    for (int[] cell : stationCells) {
      traffic.markBay(id(cell));
    }
    for (int[] cell : chargerCells) {
      traffic.markBay(id(cell));
    }
    for (int[] cell : unitCells) {
      traffic.park(id(cell));
    }
  }

  /** Counts every cell of every leg on {@code heat} (the map's own plan) from now on. */
  public void recordOn(FloorHeat heat) {
    this.heat = heat;
  }

  private int id(int[] cell) {
    return cell[1] * map.width() + cell[0];
  }

  @Override
  public double freeSec(int[] from, int[] to) {
    return paths.between(id(from), id(to));
  }

  @Override
  public void drive(int unit, int[] from, int[] to, Runnable arrived) {
    List<LeastTimePaths.Stop> stops = paths.stops(id(from), id(to));
    if (stops.isEmpty()) {
      throw new IllegalStateException("no path from " + java.util.Arrays.toString(from) + " to " + java.util.Arrays.toString(to));
    }
    int steps = 0;
    for (int i = 1; i < stops.size(); i++) {
      steps += cellsBetween(stops.get(i - 1).cell(), stops.get(i).cell());
    }
    int[] path = new int[steps + 1];
    double[] stepSec = new double[steps + 1];
    path[0] = stops.get(0).cell();
    int at = 0;
    double pendingTurnSec = 0;
    for (int i = 1; i < stops.size(); i++) {
      LeastTimePaths.Stop a = stops.get(i - 1);
      LeastTimePaths.Stop b = stops.get(i);
      double sec = b.atSec() - a.atSec();
      int k = cellsBetween(a.cell(), b.cell());
      if (k == 0) {
        pendingTurnSec += sec;
        continue;
      }
      int dx = Integer.signum(b.cell() % map.width() - a.cell() % map.width());
      int dy = Integer.signum(b.cell() / map.width() - a.cell() / map.width());
      for (int j = 1; j <= k; j++) {
        at++;
        path[at] = a.cell() + j * (dy * map.width() + dx);
        stepSec[at] = sec / k + (j == 1 ? pendingTurnSec : 0);
      }
      pendingTurnSec = 0;
    }
    if (heat != null) {
      for (int cell : path) {
        heat.step(cell);
      }
    }
    traffic.move(unit, path, stepSec, arrived);
  }

  private int cellsBetween(int a, int b) {
    return Math.abs(a % map.width() - b % map.width()) + Math.abs(a / map.width() - b / map.width());
  }

  @Override
  public void park(int unit) {
    traffic.parkNow(unit);
  }

  @Override
  public int[] cellOf(int unit) {
    int c = traffic.cellOf(unit);
    return new int[] {c % map.width(), c / map.width()};
  }

  @Override
  public int[] stationCell(int index) {
    return stationCells[index];
  }

  public CellTraffic traffic() {
    return traffic;
  }
}
