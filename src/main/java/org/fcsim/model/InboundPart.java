package org.fcsim.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fcsim.agent.StowRobot;
import org.fcsim.dist.DistSpec;
import org.fcsim.floor.Layout;
import org.fcsim.floor.PickStation;
import org.fcsim.flow.InboundFlow;
import org.fcsim.flow.Inventory;
import org.fcsim.flow.PodDispatcher;
import org.fcsim.flow.RobotCare;
import org.fcsim.policy.StowPolicies;
import org.fcsim.scenario.Scenario;
import org.fcsim.sim.Sampler;
import org.fcsim.sim.Streams;
import org.fcsim.sim.Variates;
import org.fcsim.stats.Metric;
import org.fcsim.task.Performer;
import org.fcsim.task.TaskType;

/**
 * Inbound ({@link InboundFlow}), when the scenario has an {@code inbound:} section: cases arrive
 * and are received, and stowers put their units onto pods — at stow stations along the left edge
 * of the field, numbered after the pick stations, to which drive units bring pods; or, when
 * people pick walking, at the shelves. The last {@code stowStations × robotShare} (rounded) stow
 * stations have a {@link StowRobot} instead of a stower's place; robots are repaired through
 * robot care. Walking and combined stations stow by people only.
 */
final class InboundPart implements Part {
  static final Metric ARRIVED = new Metric("inboundUnitsPerHour", "units/h");
  static final Metric RECEIVED = new Metric("receivedUnitsPerHour", "units/h");
  static final Metric STOWED = new Metric("stowedUnitsPerHour", "units/h");
  static final Metric BACKLOG_AT_END = new Metric("stowBacklogUnits.atEnd", "units");
  static final Metric BACKLOG_GROWTH = new Metric("stowBacklogGrowthUnitsPerHour", "units/h");

  private final InboundFlow flow;
  private final List<PickStation> stowStations = new ArrayList<>();
  private final List<StowRobot> robots = new ArrayList<>();
  private long robotStowedAtReset;
  private long arrivedAtReset;
  private long receivedAtReset;
  private long stowedAtReset;
  private long backlogAtReset;

  /** Where the stow stations stand ({@link Layout#stowCell}). */
  static int[][] stowCells(Layout layout, int count) {
    int[][] cells = new int[count][];
    for (int s = 0; s < count; s++) {
      cells[s] = layout.stowCell(s, count);
    }
    return cells;
  }

  /**
   * @param dispatcher   the drive units' control, or null when people walk (picker-to-parts)
   * @param pickStations the open pick stations (combined stations stow at the human ones)
   * @param care         robot care, which repairs the stow robots
   */
  InboundPart(Site site, Storage storage, Inventory inventory, People people, PodDispatcher dispatcher,
      List<PickStation> pickStations, RobotCare care) {
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
      int humanStations = spec.stowStations() - spec.robotStations(false);
      RobotCare.Kind repairs = humanStations < spec.stowStations() ? care.kind(Performer.STOW_ROBOT, null, null, 0, null,
          Variates.of(scenario.stowRobots().repairSec(), streams.stream("stowRobotRepairTime"))) : null;
      for (int s = 0; s < spec.stowStations(); s++) {
        boolean robotic = s >= humanStations;
        stowStations.add(new PickStation(site.simulator(), first + s, 1, robotic,
            robotic ? flow.robotStation(stowRobot(site, first + s, repairs), site.ledger(), times.get(TaskType.STOW_FAILURE))
                : flow));
      }
      dispatcher.stowAt(stowStations, spec.podsPerStowStation(), flow::nextPod);
      flow.onStowWork(dispatcher::stowWorkArrived);
    }
    if (!robots.isEmpty()) {
      site.ledger().declare(TaskType.STOW, Performer.STOW_ROBOT);
      people.declareDoers(TaskType.STOW_FAILURE);
    }
  }

  /** The stow robot of station {@code station}, on its own streams, repaired through robot care. */
  private StowRobot stowRobot(Site site, int station, RobotCare.Kind repairs) {
    Scenario.StowRobots spec = site.scenario().stowRobots();
    Streams streams = site.streams();
    StowRobot robot = new StowRobot(station, site.simulator(),
        Variates.of(spec.attemptSec(), streams.stream("stowAttempt/station-" + station)), spec.success(),
        streams.stream("stowPlacement/station-" + station), spec.retries(),
        spec.mtbfSec() > 0 ? Variates.of(new DistSpec.Exponential(spec.mtbfSec()), streams.stream("stowRobotFault/station-" + station))
            : null,
        broken -> repairs.repair(broken::repaired));
    robots.add(robot);
    return robot;
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
    robots.forEach(StowRobot::resetStatistics);
    robotStowedAtReset = flow.robotStowedUnits();
  }

  /**
   * Units arriving, received and stowed per hour; the stow backlog at the end and its growth per
   * hour. With stow robots: their mean utilization and operating-time availability, and the share
   * of the units stowed that robots placed.
   */
  @Override
  public void addMetrics(double hours, Map<Metric, Double> m) {
    m.put(ARRIVED, (flow.arrivedUnits() - arrivedAtReset) / hours);
    m.put(RECEIVED, (flow.receivedUnits() - receivedAtReset) / hours);
    m.put(STOWED, (flow.stowedUnits() - stowedAtReset) / hours);
    m.put(BACKLOG_AT_END, (double) flow.waitingUnits());
    m.put(BACKLOG_GROWTH, (flow.waitingUnits() - backlogAtReset) / hours);
    if (!robots.isEmpty()) {
      m.put(new Metric("utilization.stowRobots", "fraction"), robots.stream().mapToDouble(StowRobot::utilization).average().orElse(0));
      m.put(new Metric("availability.stowRobots", "fraction"), robots.stream().mapToDouble(StowRobot::availability).average().orElse(1));
      long stowed = flow.stowedUnits() - stowedAtReset;
      m.put(new Metric("robotStowedShare", "fraction"), stowed > 0 ? (double) (flow.robotStowedUnits() - robotStowedAtReset) / stowed : 0);
    }
  }

  /**
   * Stow stations: their place occupied (a pod there, waiting for or with a stower or robot); the
   * stow backlog as their queue; stow robots' stowing time over the time they were not down.
   */
  @Override
  public void addResources(double hours, Map<Metric, Double> into) {
    if (!stowStations.isEmpty()) {
      double busy = stowStations.stream().mapToDouble(s -> s.busyPickers().average()).sum();
      into.put(new Metric("utilizationOfAvailable.stowStations", "fraction"), busy / stowStations.size());
    }
    into.put(new Metric("queueGrowthPerHour.stow", "units/h"), (flow.waitingUnits() - backlogAtReset) / hours);
    if (!robots.isEmpty()) {
      into.put(new Metric("utilizationOfAvailable.stowRobots", "fraction"),
          robots.stream().mapToDouble(StowRobot::utilizationOfAvailable).average().orElse(Double.NaN));
    }
  }

  @Override
  public void checkInvariants(double now) {
    flow.checkInvariants(now);
  }
}
