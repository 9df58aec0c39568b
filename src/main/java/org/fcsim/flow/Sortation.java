package org.fcsim.flow;

import java.util.ArrayDeque;
import java.util.Map;
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
 * Puts each picked unit to its order: a share of sort-eligible units goes to a pool of sorting
 * arms (first come, first served; an arm may jam and stays blocked until a person clears it),
 * people sort the rest. A sorted unit moves on to {@link Packing}.
 */
public final class Sortation {
  private record WaitingUnit(Order order, double since) {}

  private final Simulator simulator;
  private final Scenario.Sortation spec;
  private final Work work;
  private final TaskLedger ledger;
  private final UnitCounts counts;
  private final RandomStream incidents;
  private final RandomStream routing;
  private final Map<TaskType, Sampler> taskTime;
  private final Sampler armSortSec;
  private final Packing packing;
  private final ArrayDeque<WaitingUnit> armQueue = new ArrayDeque<>();
  private final TimeAverage busyArms;
  private final int arms;
  private int queuedAtReset;

  /** @param incidents the floor's incident stream, shared with the other stages in event order */
  public Sortation(Simulator simulator, Scenario.Sortation spec, Work work, TaskLedger ledger, UnitCounts counts,
      RandomStream incidents, RandomStream routing, Map<TaskType, Sampler> taskTime, Sampler armSortSec, Packing packing) {
    this.simulator = simulator;
    this.spec = spec;
    this.work = work;
    this.ledger = ledger;
    this.counts = counts;
    this.incidents = incidents;
    this.routing = routing;
    this.taskTime = taskTime;
    this.armSortSec = armSortSec;
    this.packing = packing;
    this.arms = spec.robotShare() > 0 ? spec.sortArms() : 0;
    this.busyArms = new TimeAverage(simulator, "busySortArms");
  }

  /** A unit of {@code line} leaves picking for sorting. */
  void sort(OrderLine line) {
    counts.picking--;
    counts.sorting++;
    Order order = line.order();
    boolean robot = arms > 0 && line.itemClass().sortEligible() && routing.nextDouble() < spec.robotShare();
    if (robot) {
      armQueue.addLast(new WaitingUnit(order, simulator.time()));
      startArmSorts();
    } else {
      work.request(TaskType.SORT, -1, taskTime.get(TaskType.SORT).sample(), null, () -> packing.unitSorted(order));
    }
  }

  private void startArmSorts() {
    while (busyArms.level() < arms && !armQueue.isEmpty()) {
      WaitingUnit next = armQueue.pollFirst();
      Order order = next.order();
      double waited = simulator.time() - next.since();
      double sec = armSortSec.sample();
      busyArms.add(1);
      new Action(simulator, () -> {
        ledger.record(TaskType.SORT, Performer.SORT_ARM, waited, sec);
        if (incidents.nextDouble() < spec.jamPerUnit()) {
          // the arm stays blocked until a person clears the jam
          work.request(TaskType.SORT_JAM, -1, taskTime.get(TaskType.SORT_JAM).sample(), null, () -> armFreed(order));
        } else {
          armFreed(order);
        }
      }).schedule(sec);
    }
  }

  private void armFreed(Order order) {
    busyArms.add(-1);
    packing.unitSorted(order);
    startArmSorts();
  }

  /** Sorting arms in service; 0 when no unit is routed to arms. */
  public int arms() {
    return arms;
  }

  public double armUtilization() {
    return arms == 0 ? 0 : busyArms.average() / arms;
  }

  /** Change per hour, since the reset, of the units waiting for a sorting arm. */
  public double armQueueGrowthPerHour(double hours) {
    return (armQueue.size() - queuedAtReset) / hours;
  }

  public void resetStatistics() {
    queuedAtReset = armQueue.size();
    busyArms.reset();
  }
}
