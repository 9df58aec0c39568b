package org.fcsim.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fcsim.floor.GridLayout;
import org.fcsim.floor.PickStation;
import org.fcsim.flow.InboundFlow;
import org.fcsim.flow.Inventory;
import org.fcsim.flow.PodDispatcher;
import org.fcsim.policy.StowPolicies;
import org.fcsim.scenario.Scenario;
import org.fcsim.sim.Sampler;
import org.fcsim.sim.Streams;
import org.fcsim.sim.Variates;
import org.fcsim.stats.Metric;
import org.fcsim.task.TaskType;

/**
 * Inbound ({@link InboundFlow}), when the scenario has an {@code inbound:} section: cases arrive
 * and are received, and stowers put their units onto pods — at stow stations along the left edge
 * of the field, numbered after the pick stations, to which drive units bring pods; or, when
 * people pick walking, at the shelves.
 */
final class InboundPart implements Part {
  static final Metric ARRIVED = new Metric("inboundUnitsPerHour", "units/h");
  static final Metric RECEIVED = new Metric("receivedUnitsPerHour", "units/h");
  static final Metric STOWED = new Metric("stowedUnitsPerHour", "units/h");
  static final Metric BACKLOG_AT_END = new Metric("stowBacklogUnits.atEnd", "units");
  static final Metric BACKLOG_GROWTH = new Metric("stowBacklogGrowthUnitsPerHour", "units/h");

  private final InboundFlow flow;
  private final List<PickStation> stowStations = new ArrayList<>();
  private long arrivedAtReset;
  private long receivedAtReset;
  private long stowedAtReset;
  private long backlogAtReset;

  /** Where the stow stations stand: the left edge of the field, spread along it. */
  static int[][] stowCells(GridLayout layout, Scenario.Floor floor, int count) {
    int[][] cells = new int[count][];
    for (int s = 0; s < count; s++) {
      cells[s] = new int[] {-1, (int) ((s + 0.5) * floor.lengthCells() / count)};
    }
    return cells;
  }

  /**
   * @param dispatcher   the drive units' control, or null when people walk (picker-to-parts)
   * @param pickStations the open pick stations (combined stations stow at the human ones)
   */
  InboundPart(Site site, Storage storage, Inventory inventory, People people, PodDispatcher dispatcher,
      List<PickStation> pickStations) {
    Scenario scenario = site.scenario();
    Scenario.Inbound spec = scenario.inbound();
    Streams streams = site.streams();
    Map<TaskType, Sampler> times = people.taskTimes();
    flow = new InboundFlow(site.simulator(), spec, storage.catalog(), inventory, storage.pods(),
        people.work(), Variates.of(spec.unitsPerCase(), streams.stream("unitsPerCase")),
        times.get(TaskType.RECEIVE), times.get(TaskType.STOW), StowPolicies.create(spec.replenishment()),
        streams.stream("inboundArrivals"), streams.stream("inboundSku"), streams.stream("stowPods"), dispatcher == null);
    if (dispatcher != null && spec.combinedStations()) {
      List<PickStation> human = pickStations.stream().filter(st -> !st.hasArm()).toList();
      human.forEach(st -> st.setVisitProcess(flow.pickThenStow(st.visitProcess())));
      dispatcher.stowAt(human, spec.podsPerStowStation(), flow::nextPod);
      flow.onStowWork(dispatcher::stowWorkArrived);
    } else if (dispatcher != null) {
      int first = scenario.pickStations().count();
      for (int s = 0; s < spec.stowStations(); s++) {
        stowStations.add(new PickStation(site.simulator(), first + s, 1, false, flow));
      }
      dispatcher.stowAt(stowStations, spec.podsPerStowStation(), flow::nextPod);
      flow.onStowWork(dispatcher::stowWorkArrived);
    }
  }

  @Override
  public void start() {
    flow.start();
  }

  @Override
  public void resetStatistics() {
    arrivedAtReset = flow.arrivedUnits();
    receivedAtReset = flow.receivedUnits();
    stowedAtReset = flow.stowedUnits();
    backlogAtReset = flow.waitingUnits();
    stowStations.forEach(PickStation::resetStatistics);
  }

  /** Units arriving, received and stowed per hour; the stow backlog at the end and its growth per hour. */
  @Override
  public void addMetrics(double hours, Map<Metric, Double> m) {
    m.put(ARRIVED, (flow.arrivedUnits() - arrivedAtReset) / hours);
    m.put(RECEIVED, (flow.receivedUnits() - receivedAtReset) / hours);
    m.put(STOWED, (flow.stowedUnits() - stowedAtReset) / hours);
    m.put(BACKLOG_AT_END, (double) flow.waitingUnits());
    m.put(BACKLOG_GROWTH, (flow.waitingUnits() - backlogAtReset) / hours);
  }

  /** Stow stations: their place occupied (a pod there, waiting for or with a stower); the stow backlog as their queue. */
  @Override
  public void addResources(double hours, Map<Metric, Double> into) {
    if (!stowStations.isEmpty()) {
      double busy = stowStations.stream().mapToDouble(s -> s.busyPickers().average()).sum();
      into.put(new Metric("utilizationOfAvailable.stowStations", "fraction"), busy / stowStations.size());
    }
    into.put(new Metric("queueGrowthPerHour.stow", "units/h"), (flow.waitingUnits() - backlogAtReset) / hours);
  }

  @Override
  public void checkInvariants(double now) {
    flow.checkInvariants(now);
  }
}
