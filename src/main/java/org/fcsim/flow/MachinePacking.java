package org.fcsim.flow;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.fcsim.agent.PackMachine;
import org.fcsim.scenario.Scenario;
import org.fcsim.sim.Sampler;
import org.fcsim.task.Performer;
import org.fcsim.task.TaskLedger;
import org.fcsim.task.TaskType;
import umontreal.ssj.simevents.Simulator;

/**
 * Pack machines beside the human packers: eligible orders wait in one first-come-first-served
 * queue, and the lowest-numbered idle machine takes the next. A machine-packed order is in the
 * ledger as a pack by {@link Performer#PACK_MACHINE} (wait: time in the queue; work: machine
 * time). A jam sends its order to people and calls a person to clear the machine
 * ({@link TaskType#PACK_JAM}); a fault calls a technician through robot care. When the last
 * machine goes down, the orders queued for the machines go to people.
 */
public final class MachinePacking implements PackMachine.Stoppages {
  private record Waiting(Order order, double since) {}

  private final Simulator simulator;
  private final Scenario.Packing spec;
  private final Work work;
  private final TaskLedger ledger;
  private final Sampler jamSec;
  private final RobotCare.Kind care;
  private final List<PackMachine> machines = new ArrayList<>();
  private final ArrayDeque<Waiting> queue = new ArrayDeque<>();
  private Consumer<Order> packed = order -> {};
  private Consumer<Order> toPeople = order -> {};
  private int queuedAtReset;

  /**
   * @param jamSec a person's time to clear a jam
   * @param care   the repairs of this kind of robot
   */
  public MachinePacking(Simulator simulator, Scenario.Packing spec, Work work, TaskLedger ledger, Sampler jamSec,
      RobotCare.Kind care) {
    this.simulator = simulator;
    this.spec = spec;
    this.work = work;
    this.ledger = ledger;
    this.jamSec = jamSec;
    this.care = care;
  }

  /** Adds a machine, made with this pool as its {@link PackMachine.Stoppages}; machines are taken in the order added. */
  public void add(PackMachine machine) {
    machines.add(machine);
  }

  /** Where orders go on: {@code packed} after a machine packed one, {@code toPeople} for a person to pack. */
  void deliverTo(Consumer<Order> packed, Consumer<Order> toPeople) {
    this.packed = packed;
    this.toPeople = toPeople;
  }

  /** Whether the machines take {@code order} now: its classes and size are eligible and a machine is not down. */
  boolean takes(Order order) {
    return order.packEligibleClasses() && order.units() <= spec.maxUnits() && anyUp();
  }

  /** Queues an order the machines take ({@link #takes}). */
  void pack(Order order) {
    queue.addLast(new Waiting(order, simulator.time()));
    startPacks();
  }

  private boolean anyUp() {
    return machines.stream().anyMatch(m -> m.state() != PackMachine.State.DOWN);
  }

  private void startPacks() {
    for (PackMachine machine : machines) {
      if (queue.isEmpty()) {
        return;
      }
      if (machine.state() == PackMachine.State.IDLE) {
        Waiting next = queue.pollFirst();
        double waited = simulator.time() - next.since();
        machine.pack(sec -> {
          ledger.record(TaskType.PACK, Performer.PACK_MACHINE, waited, sec);
          packed.accept(next.order());
          startPacks();
        }, () -> toPeople.accept(next.order()));
      }
    }
  }

  @Override
  public void onJam(PackMachine machine) {
    work.request(TaskType.PACK_JAM, -1, jamSec.sample(), null, () -> {
      machine.cleared();
      startPacks();
    });
  }

  @Override
  public void onFault(PackMachine machine) {
    care.repair(() -> {
      machine.repaired();
      startPacks();
    });
    if (!anyUp()) {
      while (!queue.isEmpty()) {
        toPeople.accept(queue.pollFirst().order());
      }
    }
  }

  public List<PackMachine> machines() {
    return machines;
  }

  /** Mean over the machines of the share of the time they packed. */
  public double utilization() {
    return machines.stream().mapToDouble(PackMachine::utilization).average().orElse(0);
  }

  /** Mean over the machines of their operating-time availability ({@link PackMachine#availability}). */
  public double availability() {
    return machines.stream().mapToDouble(PackMachine::availability).average().orElse(1);
  }

  /** Mean over the machines of their packing time over the time they were neither jammed nor down. */
  public double utilizationOfAvailable() {
    return machines.stream().mapToDouble(m -> m.upFraction() > 0 ? m.utilization() / m.upFraction() : 0)
        .average().orElse(Double.NaN);
  }

  /** Change per hour, since the reset, of the orders waiting for a machine. */
  public double queueGrowthPerHour(double hours) {
    return (queue.size() - queuedAtReset) / hours;
  }

  public void resetStatistics() {
    queuedAtReset = queue.size();
    machines.forEach(PackMachine::resetStatistics);
  }

  /** Throws if an order waits while a machine is idle. */
  public void checkInvariants(double now) {
    if (!queue.isEmpty() && machines.stream().anyMatch(m -> m.state() == PackMachine.State.IDLE)) {
      throw new IllegalStateException(queue.size() + " orders wait for a pack machine while one is idle at t=" + now + " s");
    }
  }
}
