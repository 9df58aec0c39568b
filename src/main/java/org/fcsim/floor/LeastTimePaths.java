package org.fcsim.floor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.fcsim.scenario.FloorMap;

/**
 * Least-time drives on a map ({@link FloorMap}) with the drive units' {@link Kinematics}: a
 * search over states (cell, heading) where an edge is either a quarter or half turn on the spot
 * or a straight run of k cells along the heading, from standstill to standstill, through cells
 * {@link FloorMap#canMove} allows (blocked cells and one-way lanes respected). A unit may start
 * and end in any heading. Dijkstra's algorithm gives a whole table (from one cell to every cell,
 * or from every cell to one); A* with a heuristic that never overestimates (the open-floor time
 * of {@link GridLayout}: both legs, and a turn where one is needed) gives one pair.
 *
 * <p>Each search records the state it came from, so a drive can be read back as its stops
 * ({@link #stops}): the cells where the unit stands still, with times, for a later piece
 * (traffic) to reserve. A half turn is never part of a least-time drive (the unit may start in
 * any heading, and driving out and back never beats not going), so its cost hardly matters.
 *
 * <p>One instance serves one replication (one thread): the searches share scratch arrays
 * sized to the map, and a state's entries count only where its stamp is the current search's,
 * so a search touches only the states it reaches instead of allocating and filling arrays for
 * the whole map (with traffic, one search per leg).
 */
public final class LeastTimePaths {
  private final FloorMap map;
  private final int cells;
  private final double quarterTurnSec;
  private final double[] legSecByCells;
  private final double[] dist;
  private final int[] cameFrom;
  private final int[] reached;
  private final int[] settled;
  private final StateHeap heap = new StateHeap();
  private int search;

  public LeastTimePaths(FloorMap map, double cellMeters, Kinematics kinematics) {
    this.map = map;
    this.cells = map.width() * map.height();
    this.quarterTurnSec = kinematics.quarterTurnSec();
    this.legSecByCells = new double[Math.max(map.width(), map.height()) + 1];
    for (int k = 0; k < legSecByCells.length; k++) {
      legSecByCells[k] = kinematics.legSec(k * cellMeters);
    }
    this.dist = new double[cells * 4];
    this.cameFrom = new int[cells * 4];
    this.reached = new int[cells * 4];
    this.settled = new int[cells * 4];
  }

  /** Seconds from cell {@code from} to every cell (cell index {@code y * width + x}); infinite where unreachable. */
  public double[] fromCell(int from) {
    search(from, -1, false);
    return perCell();
  }

  /** Seconds from every cell to cell {@code to}; infinite where it cannot be reached. */
  public double[] toCell(int to) {
    search(to, -1, true);
    return perCell();
  }

  /** Seconds from cell {@code from} to cell {@code to}; infinite if it cannot be reached. */
  public double between(int from, int to) {
    search(from, to, false);
    return dist(bestState(to));
  }

  /** Where a drive stands still: at {@code cell} facing {@code heading}, {@code atSec} after it set off. */
  public record Stop(int cell, int heading, double atSec) {}

  /**
   * The least-time drive from {@code from} to {@code to} as its stops in order: the start, each
   * end of a straight run, each turn on the spot; empty if {@code to} cannot be reached. The
   * last stop's time is {@link #between}.
   */
  public List<Stop> stops(int from, int to) {
    search(from, to, false);
    int state = bestState(to);
    List<Stop> stops = new ArrayList<>();
    if (dist(state) == Double.POSITIVE_INFINITY) {
      return stops;
    }
    for (; state >= 0; state = cameFrom[state]) {
      stops.add(new Stop(state >> 2, state & 3, dist[state]));
    }
    Collections.reverse(stops);
    return stops;
  }

  private int bestState(int cell) {
    int best = cell * 4;
    for (int h = 1; h < 4; h++) {
      best = dist(cell * 4 + h) < dist(best) ? cell * 4 + h : best;
    }
    return best;
  }

  /** The last search's time to {@code state}: infinite where it did not reach it. */
  private double dist(int state) {
    return reached[state] == search ? dist[state] : Double.POSITIVE_INFINITY;
  }

  private double[] perCell() {
    double[] best = new double[cells];
    for (int c = 0; c < cells; c++) {
      best[c] = Math.min(Math.min(dist(c * 4), dist(c * 4 + 1)), Math.min(dist(c * 4 + 2), dist(c * 4 + 3)));
    }
    return best;
  }

  /**
   * Least times of the states (cell × 4 + heading) from {@code start} (or, {@code backwards}, to
   * it), and the state each was reached from (−1 for the start), left in the scratch arrays
   * under a new stamp; with {@code target ≥ 0} (forwards only) it stops once the target is
   * settled and only the target's states are final.
   */
  private void search(int start, int target, boolean backwards) {
    if (++search == Integer.MAX_VALUE) { // stamps would repeat: forget them all
      Arrays.fill(reached, 0);
      Arrays.fill(settled, 0);
      search = 1;
    }
    heap.clear();
    for (int h = 0; h < 4; h++) {
      reach(start * 4 + h, 0, -1);
      heap.push(estimate(start, h, target), start * 4 + h);
    }
    while (!heap.isEmpty()) {
      int state = heap.pop();
      if (settled[state] == search) {
        continue;
      }
      settled[state] = search;
      int cell = state >> 2;
      int h = state & 3;
      double d = dist[state];
      if (cell == target) {
        break;
      }
      for (int turn = 1; turn <= 3; turn++) {
        relax(state, cell * 4 + (h + turn) % 4, d + (turn == 2 ? 2 : 1) * quarterTurnSec, target);
      }
      int at = cell;
      for (int k = 1; (at = step(at, h, backwards)) >= 0; k++) {
        relax(state, at * 4 + h, d + legSecByCells[k], target);
      }
    }
  }

  private void reach(int state, double d, int from) {
    reached[state] = search;
    dist[state] = d;
    cameFrom[state] = from;
  }

  private void relax(int from, int state, double d, int target) {
    if (d < dist(state)) {
      reach(state, d, from);
      heap.push(d + estimate(state >> 2, state & 3, target), state);
    }
  }

  /** The next cell along {@code heading} (backwards: the cell that moves into {@code cell} along it), or −1. */
  private int step(int cell, int heading, boolean backwards) {
    int w = map.width();
    int x = cell % w;
    int y = cell / w;
    if (!backwards) {
      return map.canMove(x, y, heading) ? cell + FloorMap.DY[heading] * w + FloorMap.DX[heading] : -1;
    }
    int px = x - FloorMap.DX[heading];
    int py = y - FloorMap.DY[heading];
    return px >= 0 && py >= 0 && px < w && py < map.height() && map.canMove(px, py, heading) ? py * w + px : -1;
  }

  /**
   * A lower bound on the time from (cell, heading) to the target (0 without one): a leg along
   * each axis (a leg never takes longer than the legs it splits into) and a quarter turn if both
   * are needed or the one needed is not the heading. Consistent, so a settled state is final.
   */
  private double estimate(int cell, int heading, int target) {
    if (target < 0) {
      return 0;
    }
    int w = map.width();
    int dx = target % w - cell % w;
    int dy = target / w - cell / w;
    boolean turn = dx != 0 && dy != 0
        || dx != 0 && FloorMap.DX[heading] != Integer.signum(dx)
        || dy != 0 && FloorMap.DY[heading] != Integer.signum(dy);
    return legSecByCells[Math.abs(dx)] + legSecByCells[Math.abs(dy)] + (turn ? quarterTurnSec : 0);
  }
}
