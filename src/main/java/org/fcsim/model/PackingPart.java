package org.fcsim.model;

import java.util.Map;
import org.fcsim.agent.PackMachine;
import org.fcsim.dist.DistSpec;
import org.fcsim.flow.MachinePacking;
import org.fcsim.flow.Packing;
import org.fcsim.flow.RobotCare;
import org.fcsim.scenario.Scenario;
import org.fcsim.sim.Streams;
import org.fcsim.sim.Variates;
import org.fcsim.stats.Metric;
import org.fcsim.task.Performer;
import org.fcsim.task.TaskType;

/**
 * Packing, quality checks and shipping ({@link Packing}), with pack machines beside the people
 * when {@code packing.machines} is above 0 ({@link MachinePacking}): throughput, order cycle
 * times, and how busy and available the machines are.
 */
final class PackingPart implements Part {
  private final Site site;
  private final Packing packing;
  private final MachinePacking machines;
  private long shippedAtLastSample;

  PackingPart(Site site, People people, RobotCare care) {
    this.site = site;
    this.machines = site.scenario().packing().machines() > 0 ? machines(site, people, care) : null;
    this.packing = new Packing(site.simulator(), site.scenario().demand(), people.work(), site.units(), site.incidents(),
        people.taskTimes(), machines);
  }

  private static MachinePacking machines(Site site, People people, RobotCare care) {
    Scenario.Packing spec = site.scenario().packing();
    Streams streams = site.streams();
    RobotCare.Kind kind = care.kind(Performer.PACK_MACHINE, null, null, 0, null,
        Variates.of(spec.repairSec(), streams.stream("packMachineRepairTime")));
    MachinePacking pool = new MachinePacking(site.simulator(), spec, people.work(), site.ledger(),
        people.taskTimes().get(TaskType.PACK_JAM), kind);
    for (int i = 0; i < spec.machines(); i++) {
      pool.add(new PackMachine(i, site.simulator(), Variates.of(spec.machineSec(), streams.stream("packMachineTime/machine-" + i)),
          streams.stream("packMachineJam/machine-" + i), spec.jamPerOrder(),
          spec.mtbfSec() > 0 ? Variates.of(new DistSpec.Exponential(spec.mtbfSec()), streams.stream("packMachineFault/machine-" + i))
              : null, pool));
    }
    site.ledger().declare(TaskType.PACK, Performer.PACK_MACHINE);
    people.declareDoers(TaskType.PACK_JAM);
    return pool;
  }

  Packing flow() {
    return packing;
  }

  @Override
  public void resetStatistics() {
    packing.resetStatistics();
    if (machines != null) {
      machines.resetStatistics();
    }
  }

  @Override
  public void addMetrics(double hours, Map<Metric, Double> m) {
    m.put(Metrics.UNITS_PER_HOUR, packing.unitsShippedSinceReset() / hours);
    m.put(Metrics.ORDERS_PER_HOUR, packing.ordersShipped() / hours);
    m.put(Metrics.ORDER_CYCLE_MEAN, packing.cycleTimes().mean());
    m.put(Metrics.ORDER_CYCLE_P50, packing.cycleTimes().quantile(0.50));
    m.put(Metrics.ORDER_CYCLE_P90, packing.cycleTimes().quantile(0.90));
    m.put(Metrics.ORDER_CYCLE_P95, packing.cycleTimes().quantile(0.95));
    m.put(Metrics.ORDER_CYCLE_P99, packing.cycleTimes().quantile(0.99));
    if (machines != null) {
      long packed = packing.packedByMachine() + packing.packedByPeople();
      m.put(new Metric("machinePackedShare", "fraction"), packed > 0 ? (double) packing.packedByMachine() / packed : 0);
      m.put(new Metric("utilization.packMachines", "fraction"), machines.utilization());
      m.put(new Metric("availability.packMachines", "fraction"), machines.availability());
    }
  }

  /** The machines as a resource: packing time over the time they were up, and the growth of their queue. */
  @Override
  public void addResources(double hours, Map<Metric, Double> into) {
    if (machines != null) {
      into.put(new Metric("utilizationOfAvailable.packMachines", "fraction"), machines.utilizationOfAvailable());
      into.put(new Metric("queueGrowthPerHour.packMachines", "orders/h"), machines.queueGrowthPerHour(hours));
    }
  }

  @Override
  public void sample(Map<Metric, Double> into) {
    long shipped = site.units().shipped();
    into.put(Metrics.UNITS_PER_HOUR, (double) (shipped - shippedAtLastSample));
    shippedAtLastSample = shipped;
  }

  @Override
  public void checkInvariants(double now) {
    if (machines != null) {
      machines.checkInvariants(now);
    }
  }
}
