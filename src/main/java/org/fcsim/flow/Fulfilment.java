package org.fcsim.flow;

import java.util.ArrayDeque;
import org.fcsim.scenario.Scenario;
import org.fcsim.sim.Action;
import org.fcsim.sim.Sampler;
import org.fcsim.sim.TimeAverage;
import org.fcsim.task.Performer;
import org.fcsim.task.TaskLedger;
import org.fcsim.task.TaskType;
import umontreal.ssj.rng.RandomStream;
import umontreal.ssj.simevents.Simulator;

/**
 * Everything after a unit leaves its shelf: incidents found at pick (damaged, missing,
 * mispicked), sorting each unit to its order (sorting arms or people), packing, quality
 * checks, shipping. Counts units by stage ({@link UnitCounts}) and order cycle times.
 *
 * <p>A unit's path: {@link #lineTaken} → ({@link #picked} | {@link #missing}) → sort (arm or
 * person; an arm may jam) → when the order's last unit is sorted: mispick rework if any →
 * pack → quality check for a share of orders → shipped.
 */
public final class Fulfilment {
  private final Simulator simulator;
  private final Scenario scenario;
  private final Work work;
  private final TaskLedger ledger;
  private final UnitCounts counts = new UnitCounts();
  private final CycleTimes cycleTimes = new CycleTimes();
  private final RandomStream incidents;
  private final RandomStream sortRouting;
  private final java.util.Map<TaskType, Sampler> taskTime;
  private final Sampler armSortSec;
  private record WaitingUnit(Order order, double since) {}

  private final ArrayDeque<WaitingUnit> sortQueue = new ArrayDeque<>();
  private final TimeAverage busySortArms;
  private final int sortArms;
  private long ordersShipped;
  private long shippedAtReset;

  public Fulfilment(Simulator simulator, Scenario scenario, Work work, TaskLedger ledger, RandomStream incidents,
      RandomStream sortRouting, java.util.Map<TaskType, Sampler> taskTime, Sampler armSortSec) {
    this.simulator = simulator;
    this.scenario = scenario;
    this.work = work;
    this.ledger = ledger;
    this.incidents = incidents;
    this.sortRouting = sortRouting;
    this.taskTime = taskTime;
    this.armSortSec = armSortSec;
    this.sortArms = scenario.sortation().robotShare() > 0 ? scenario.sortation().sortArms() : 0;
    this.busySortArms = new TimeAverage(simulator, "busySortArms");
  }

  /** A new line's units enter the floor. */
  public void lineOrdered(OrderLine line) {
    counts.ordered += line.units();
    counts.open += line.units();
  }

  /** A picker (person, arm or tour) has taken the line for picking. */
  public void lineTaken(OrderLine line) {
    counts.open -= line.units();
    counts.picking += line.units();
  }

  /**
   * {@code units} of {@code line} left the shelf. Each may turn out damaged (a problem solver
   * replaces it before it moves on); a person's line may be a mispick, found at packing.
   */
  public void picked(OrderLine line, int units, boolean byPerson) {
    Scenario.Demand d = scenario.demand();
    if (byPerson && incidents.nextDouble() < d.mispickPerHumanLine()) {
      line.order().markMispicked();
    }
    for (int u = 0; u < units; u++) {
      if (incidents.nextDouble() < d.damagedPerUnit()) {
        work.request(TaskType.DAMAGED_ITEM, -1, taskTime.get(TaskType.DAMAGED_ITEM).sample(), null,
            () -> toSort(line));
      } else {
        toSort(line);
      }
    }
  }

  /** The line's stock is not where it should be: a problem solver sources it, then it moves on. */
  public void missing(OrderLine line) {
    work.request(TaskType.MISSING_ITEM, -1, taskTime.get(TaskType.MISSING_ITEM).sample(), null,
        () -> picked(line, line.units(), false));
  }

  /** Whether the next unit of this class should be missing at the pick face (one draw per line). */
  public boolean drawMissing() {
    return incidents.nextDouble() < scenario.demand().missingPerLine();
  }

  private void toSort(OrderLine line) {
    counts.picking--;
    counts.sorting++;
    Order order = line.order();
    boolean robot = sortArms > 0 && line.itemClass().sortEligible()
        && sortRouting.nextDouble() < scenario.sortation().robotShare();
    if (robot) {
      sortQueue.addLast(new WaitingUnit(order, simulator.time()));
      startArmSorts();
    } else {
      work.request(TaskType.SORT, -1, taskTime.get(TaskType.SORT).sample(), null, () -> sorted(order));
    }
  }

  private void startArmSorts() {
    while (busySortArms.level() < sortArms && !sortQueue.isEmpty()) {
      WaitingUnit next = sortQueue.pollFirst();
      Order order = next.order();
      double waited = simulator.time() - next.since();
      double sec = armSortSec.sample();
      busySortArms.add(1);
      new Action(simulator, () -> {
        ledger.record(TaskType.SORT, Performer.SORT_ARM, waited, sec);
        if (incidents.nextDouble() < scenario.sortation().jamPerUnit()) {
          // the arm stays blocked until a person clears the jam
          work.request(TaskType.SORT_JAM, -1, taskTime.get(TaskType.SORT_JAM).sample(), null, () -> armFreed(order));
        } else {
          armFreed(order);
        }
      }).schedule(sec);
    }
  }

  private void armFreed(Order order) {
    busySortArms.add(-1);
    sorted(order);
    startArmSorts();
  }

  private void sorted(Order order) {
    counts.sorting--;
    counts.packing++;
    if (order.unitSorted()) {
      if (order.mispicked()) {
        work.request(TaskType.MISPICK, -1, taskTime.get(TaskType.MISPICK).sample(), null, () -> pack(order));
      } else {
        pack(order);
      }
    }
  }

  private void pack(Order order) {
    work.request(TaskType.PACK, -1, taskTime.get(TaskType.PACK).sample(), null, () -> {
      if (incidents.nextDouble() < scenario.demand().qualityCheckShare()) {
        work.request(TaskType.QUALITY_CHECK, -1, taskTime.get(TaskType.QUALITY_CHECK).sample(), null, () -> ship(order));
      } else {
        ship(order);
      }
    });
  }

  private void ship(Order order) {
    counts.packing -= order.units();
    counts.shipped += order.units();
    ordersShipped++;
    cycleTimes.add(simulator.time() - order.createdAt());
  }

  public UnitCounts counts() {
    return counts;
  }

  public CycleTimes cycleTimes() {
    return cycleTimes;
  }

  public long ordersShipped() {
    return ordersShipped;
  }

  public double sortArmUtilization() {
    return sortArms == 0 ? 0 : busySortArms.average() / sortArms;
  }

  public int sortArms() {
    return sortArms;
  }

  /** Units shipped since the last statistics reset. */
  public long unitsShippedSinceReset() {
    return counts.shipped - shippedAtReset;
  }

  /** Forgets shipments and cycle times before now (stage counts carry on: they are state, not statistics). */
  public void resetStatistics() {
    shippedAtReset = counts.shipped;
    ordersShipped = 0;
    cycleTimes.reset();
    busySortArms.reset();
  }
}
