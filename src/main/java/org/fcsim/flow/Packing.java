package org.fcsim.flow;

import java.util.Map;
import org.fcsim.scenario.Scenario;
import org.fcsim.sim.Sampler;
import org.fcsim.task.TaskType;
import umontreal.ssj.rng.RandomStream;
import umontreal.ssj.simevents.Simulator;

/**
 * From the sort location to the dock: when an order's last unit is sorted, a mispicked order
 * is reworked first, then packed — by a pack machine if there are any, the order is eligible
 * and a machine is not down ({@link MachinePacking}), else (and after a jam) by a person; a
 * share is audited by quality control; then it ships. Keeps shipments, order cycle times and
 * who packed the orders.
 */
public final class Packing {
  private final Simulator simulator;
  private final Scenario.Demand demand;
  private final Work work;
  private final UnitCounts counts;
  private final RandomStream incidents;
  private final Map<TaskType, Sampler> taskTime;
  private final CycleTimes cycleTimes = new CycleTimes();
  private final MachinePacking machines;
  private long ordersShipped;
  private long shippedAtReset;
  private long packedByMachine;
  private long packedByPeople;

  /**
   * @param incidents the floor's incident stream, shared with the other stages in event order
   * @param taskTime  base times of people's tasks by type
   * @param machines  the pack machines; null: people pack every order
   */
  public Packing(Simulator simulator, Scenario.Demand demand, Work work, UnitCounts counts, RandomStream incidents,
      Map<TaskType, Sampler> taskTime, MachinePacking machines) {
    this.simulator = simulator;
    this.demand = demand;
    this.work = work;
    this.counts = counts;
    this.incidents = incidents;
    this.taskTime = taskTime;
    this.machines = machines;
    if (machines != null) {
      machines.deliverTo(order -> {
        packedByMachine++;
        packed(order);
      }, this::packByPerson);
    }
  }

  /** One unit of {@code order} reached its sort location. */
  void unitSorted(Order order) {
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
    if (machines != null && machines.takes(order)) {
      machines.pack(order);
    } else {
      packByPerson(order);
    }
  }

  private void packByPerson(Order order) {
    work.request(TaskType.PACK, -1, taskTime.get(TaskType.PACK).sample(), null, () -> {
      packedByPeople++;
      packed(order);
    });
  }

  /** A packed order: audited by quality control for a share of orders, then shipped. */
  private void packed(Order order) {
    if (incidents.nextDouble() < demand.qualityCheckShare()) {
      work.request(TaskType.QUALITY_CHECK, -1, taskTime.get(TaskType.QUALITY_CHECK).sample(), null, () -> ship(order));
    } else {
      ship(order);
    }
  }

  private void ship(Order order) {
    counts.shipped(order.units());
    ordersShipped++;
    cycleTimes.add(simulator.time() - order.createdAt());
  }

  public CycleTimes cycleTimes() {
    return cycleTimes;
  }

  /** Orders shipped since the last statistics reset. */
  public long ordersShipped() {
    return ordersShipped;
  }

  /** Orders packed by machine since the last statistics reset. */
  public long packedByMachine() {
    return packedByMachine;
  }

  /** Orders packed by people since the last statistics reset (those a machine jammed on included). */
  public long packedByPeople() {
    return packedByPeople;
  }

  /** Units shipped since the last statistics reset. */
  public long unitsShippedSinceReset() {
    return counts.shipped - shippedAtReset;
  }

  /** Forgets shipments and cycle times before now (stage counts carry on: they are state, not statistics). */
  public void resetStatistics() {
    shippedAtReset = counts.shipped;
    ordersShipped = 0;
    packedByMachine = 0;
    packedByPeople = 0;
    cycleTimes.reset();
  }
}
