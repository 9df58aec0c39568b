package org.fcsim.floor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.fcsim.sim.Action;
import umontreal.ssj.simevents.Simulator;

/**
 * Drive units occupying the cells of a floor and blocking each other: the traffic layer under
 * least-time paths. A unit holds the cell it stands on; to step into the next cell of its path
 * it must take that cell, and holds both until the step is done. A unit that finds its next
 * cell held waits where it is, first come first served with others wanting that cell, and when
 * it can go on after a wait of some time it pays {@code restartSec} (braking to a stop and
 * accelerating again) on top of the step. So units queue behind each other on the approach to a station or charger.
 *
 * <p>Deadlock: units each waiting for a cell the next one holds, in a cycle (two units head-on
 * in a one-lane corridor, four around a block). It is found when the wait that closes the
 * cycle begins, by following the chain of waits (a unit waits for at most one cell, a cell has
 * one holder), and resolved by moving every unit of the cycle one cell on at once after
 * {@code resolveSec}: the traffic controller backing one unit out and letting the others pass,
 * without modelling the manoeuvre. Each resolution is counted.
 *
 * <p>Cells are numbered 0 … cells−1 by the caller (a map's {@code y × width + x}). A unit at
 * rest holds its cell indefinitely: callers must not route others through a cell where a unit
 * parks (parking off the lanes, under a pod, is the caller's rule).
 */
public final class CellTraffic {
  private final Simulator simulator;
  private final double restartSec;
  private final double resolveSec;
  private final Unit[] holder;
  private final ArrayDeque<Unit>[] waiters;
  private final double[] waitSecByCell;
  private final java.util.BitSet bays = new java.util.BitSet();
  private final List<Unit> units = new ArrayList<>();
  private long deadlocks;
  private double statsSince;

  private final class Unit {
    final int index;
    int[] path = new int[0];
    double[] stepSec;
    int at;
    int cell;
    int wants = -1;
    double blockedSince;
    double blockedSec;
    boolean restarting;
    /** False while parked off the lanes (under a pod, on a charger): it holds no cell then. */
    boolean onLayer = true;
    Runnable onArrive;
    final Action stepDone;

    Unit(int index, int cell) {
      this.index = index;
      this.cell = cell;
      this.stepDone = new Action(simulator, () -> stepped(this));
    }
  }

  /**
   * @param cells      number of cells
   * @param restartSec added to a step after a wait (stopping and starting again)
   * @param resolveSec time to resolve a deadlock, every unit of the cycle waiting
   */
  @SuppressWarnings("unchecked")
  public CellTraffic(Simulator simulator, int cells, double restartSec, double resolveSec) {
    this.simulator = simulator;
    this.restartSec = restartSec;
    this.resolveSec = resolveSec;
    this.holder = new Unit[cells];
    this.waiters = (ArrayDeque<Unit>[]) new ArrayDeque<?>[cells];
    this.waitSecByCell = new double[cells];
  }

  /**
   * Marks {@code cell} a bay (a station or charger with one way in and out): a unit leaving it
   * and the unit waiting to come in pass each other there, as the separate entry and exit lanes
   * of a real station let them, instead of meeting head-on. The exchange takes the longer of the
   * two steps (and the restart of the one that waited) and is not a deadlock.
   */
  public void markBay(int cell) {
    bays.set(cell);
  }

  /** Adds a unit standing on {@code cell}, which must be free; returns its index. */
  public int place(int cell) {
    if (holder[cell] != null) {
      throw new IllegalStateException("cell " + cell + " already holds unit " + holder[cell].index);
    }
    Unit u = new Unit(units.size(), cell);
    units.add(u);
    holder[cell] = u;
    return u.index;
  }

  /** Adds a unit parked off the lanes at {@code cell} (under a pod): it holds no cell until it moves; returns its index. */
  public int park(int cell) {
    Unit u = new Unit(units.size(), cell);
    u.onLayer = false;
    units.add(u);
    return u.index;
  }

  /**
   * {@code unit}, at rest, parks where it stands (under its pod, on a charger): it frees its cell
   * for others until it moves again.
   */
  public void parkNow(int unit) {
    Unit u = units.get(unit);
    if (!u.onLayer) {
      return;
    }
    if (u.at < u.path.length - 1 || u.wants >= 0) {
      throw new IllegalStateException("unit " + unit + " cannot park on its way");
    }
    u.onLayer = false;
    holder[u.cell] = null;
    wakeFirstWaiting(u.cell);
  }

  /**
   * Moves {@code unit} along {@code path}, whose first cell is the one it stands on (a parked
   * unit first takes that cell back, waiting if another unit holds it);
   * {@code stepSec[i]} is the time to step from {@code path[i − 1]} into {@code path[i]} when
   * nothing is in the way ({@code stepSec[0]} unused). {@code onArrive} runs when it stands on
   * the last cell. The unit must be at rest.
   */
  public void move(int unit, int[] path, double[] stepSec, Runnable onArrive) {
    Unit u = units.get(unit);
    if (u.at < u.path.length - 1 || u.wants >= 0) {
      throw new IllegalStateException("unit " + unit + " is still on its way");
    }
    if (path.length == 0 || path[0] != u.cell || stepSec.length != path.length) {
      throw new IllegalArgumentException("unit " + unit + " stands on cell " + u.cell + "; a path must start there, "
          + "with one step time a cell");
    }
    u.path = path;
    u.stepSec = stepSec;
    u.at = 0;
    u.onArrive = onArrive;
    if (!u.onLayer) {
      enter(u);
    } else if (path.length == 1) {
      onArrive.run();
    } else {
      tryStep(u);
    }
  }

  /** A parked unit takes its cell back, or waits for it. */
  private void enter(Unit u) {
    if (holder[u.cell] == null) {
      holder[u.cell] = u;
      u.onLayer = true;
      continueFrom(u);
      return;
    }
    u.wants = u.cell;
    u.blockedSince = simulator.time();
    if (waiters[u.cell] == null) {
      waiters[u.cell] = new ArrayDeque<>();
    }
    waiters[u.cell].addLast(u);
  }

  private void tryStep(Unit u) {
    int next = u.path[u.at + 1];
    Unit h = holder[next];
    if (h == null) {
      holder[next] = u;
      double sec = u.stepSec[u.at + 1] + (u.restarting ? restartSec : 0);
      u.restarting = false;
      u.stepDone.schedule(sec);
      return;
    }
    u.wants = next;
    u.blockedSince = simulator.time();
    if (waiters[next] == null) {
      waiters[next] = new ArrayDeque<>();
    }
    waiters[next].addLast(u);
    List<Unit> cycle = cycleClosedBy(u);
    if (cycle != null) {
      resolve(cycle);
    }
  }

  /** The units of the wait cycle {@code u}'s new wait closes, in order from {@code u}; null if none. */
  private List<Unit> cycleClosedBy(Unit u) {
    List<Unit> chain = new ArrayList<>();
    Unit cur = u;
    while (cur.wants >= 0 && chain.size() <= units.size()) {
      chain.add(cur);
      Unit next = holder[cur.wants];
      if (next == u) {
        return chain;
      }
      if (next == null) {
        return null;
      }
      cur = next;
    }
    return null;
  }

  private void resolve(List<Unit> cycle) {
    boolean exchange = cycle.size() == 2 && (bays.get(cycle.get(0).cell) || bays.get(cycle.get(1).cell));
    double delay = resolveSec;
    if (exchange) {
      delay = 0;
      for (Unit c : cycle) {
        delay = Math.max(delay, c.stepSec[c.at + 1] + (simulator.time() > c.blockedSince || c.restarting ? restartSec : 0));
      }
    } else {
      deadlocks++;
    }
    for (Unit c : cycle) {
      waiters[c.wants].remove(c);
      if (exchange) {
        unblock(c); // an exchange is moving, not waiting
      }
    }
    new Action(simulator, () -> {
      for (Unit c : cycle) {
        if (!exchange) {
          unblock(c);
        }
      }
      for (Unit c : cycle) {
        holder[c.path[c.at + 1]] = c;
        c.at++;
        c.cell = c.path[c.at];
      }
      for (Unit c : cycle) {
        c.restarting = !exchange && simulator.time() > c.blockedSince;
        continueFrom(c);
      }
    }).schedule(delay);
  }

  private void stepped(Unit u) {
    int left = u.path[u.at];
    holder[left] = null;
    u.at++;
    u.cell = u.path[u.at];
    wakeFirstWaiting(left);
    continueFrom(u);
  }

  /** The first unit waiting for {@code cell}, now free, takes it (a parked one stepping back on). */
  private void wakeFirstWaiting(int cell) {
    Unit next = waiters[cell] == null ? null : waiters[cell].pollFirst();
    if (next == null) {
      return;
    }
    next.restarting = simulator.time() > next.blockedSince; // a wait of no time costs no stop
    unblock(next);
    if (next.onLayer) {
      tryStep(next);
    } else {
      holder[cell] = next;
      next.onLayer = true;
      continueFrom(next);
    }
  }

  private void continueFrom(Unit u) {
    if (u.at == u.path.length - 1) {
      u.onArrive.run();
    } else {
      tryStep(u);
    }
  }

  private void unblock(Unit u) {
    double since = Math.max(u.blockedSince, statsSince);
    double sec = Math.max(0, simulator.time() - since);
    u.blockedSec += sec;
    waitSecByCell[u.cell] += sec;
    u.wants = -1;
  }

  /** Seconds {@code unit} has waited for a cell since the last reset (a wait still going on counted so far). */
  public double blockedSec(int unit) {
    Unit u = units.get(unit);
    return u.blockedSec + (u.wants >= 0 ? Math.max(0, simulator.time() - Math.max(u.blockedSince, statsSince)) : 0);
  }

  /** Hours all units together have waited for a cell since the last reset. */
  public double congestionHours() {
    double sec = 0;
    for (Unit u : units) {
      sec += blockedSec(u.index);
    }
    return sec / 3600;
  }

  /**
   * Seconds units have waited on each cell (where they stood while blocked) since the last
   * reset, waits still going on counted so far: for a heat map. Adds up to
   * {@link #congestionHours()} × 3600.
   */
  public double[] waitSecByCell() {
    double[] out = waitSecByCell.clone();
    for (Unit u : units) {
      if (u.wants >= 0) {
        out[u.cell] += Math.max(0, simulator.time() - Math.max(u.blockedSince, statsSince));
      }
    }
    return out;
  }

  /** Deadlocks resolved since the last reset. */
  public long deadlocksResolved() {
    return deadlocks;
  }

  /** The unit standing on or stepping into {@code cell}; −1 if free. */
  public int holderOf(int cell) {
    return holder[cell] == null ? -1 : holder[cell].index;
  }

  public int cellOf(int unit) {
    return units.get(unit).cell;
  }

  /** Starts the statistics afresh (end of warm-up); waits in progress count from now. */
  public void resetStatistics() {
    statsSince = simulator.time();
    deadlocks = 0;
    java.util.Arrays.fill(waitSecByCell, 0);
    for (Unit u : units) {
      u.blockedSec = 0;
    }
  }
}
