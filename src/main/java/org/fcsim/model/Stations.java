package org.fcsim.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.fcsim.agent.RoboticArm;
import org.fcsim.dist.DistSpec;
import org.fcsim.floor.Layout;
import org.fcsim.floor.PickStation;
import org.fcsim.flow.DelayWork;
import org.fcsim.flow.Fulfilment;
import org.fcsim.flow.OpenLines;
import org.fcsim.flow.RobotCare;
import org.fcsim.flow.StationPicking;
import org.fcsim.flow.Work;
import org.fcsim.policy.ArmPolicies;
import org.fcsim.scenario.Scenario;
import org.fcsim.sim.Variates;
import org.fcsim.sim.Streams;
import org.fcsim.stats.Metric;
import org.fcsim.task.Performer;
import org.fcsim.task.Role;
import org.fcsim.task.TaskType;

/**
 * The goods-to-person pick stations: the first {@code count × (1 − armShare)} (rounded) have
 * their own pickers, bound to the station; the rest a robotic arm, which hands what it cannot
 * take to a person and is repaired through robot care. A station without an arm that no picker
 * can staff stays closed: drive units are never sent there. With {@code pickersPerStation: 0}
 * every station without an arm is closed; with {@code unlimited} each picks every pod on arrival
 * without associates, a pure delay ({@link DelayWork}).
 */
final class Stations implements Part {
  private final List<PickStation> stations = new ArrayList<>();
  private final List<PickStation> open = new ArrayList<>();
  private final List<RoboticArm> arms = new ArrayList<>();
  private final int[][] cells;
  private final org.fcsim.floor.FloorPlan plan;
  private int queuedAtReset;
  private DoubleUnaryOperator heldBack = hours -> 0;

  Stations(Site site, Storage storage, People people, Fulfilment fulfilment, RobotCare care) {
    Scenario scenario = site.scenario();
    plan = org.fcsim.floor.FloorPlan.of(scenario);
    Streams streams = site.streams();
    Scenario.PickStations ps = scenario.pickStations();
    int armStations = (int) Math.round(ps.count() * ps.armShare());
    int humanStations = ps.count() - armStations;
    int pickers = scenario.associates().countPerShift().get(Role.PICKER);
    // stations beyond those the pickers can staff stay closed (all of them with 0 pickers per
    // station); the remaining pickers float
    int perStation = Math.max(1, ps.pickersPerStation());
    int staffed = ps.pickersPerStation() == 0 || ps.pureDelay() ? 0 : Math.min(humanStations, pickers / perStation);
    people.bindPosts(Role.PICKER, staffed, perStation);
    // a pure-delay station picks without associates: every picker floats (arm hand-offs)
    Work stationWork = ps.pureDelay() ? new DelayWork(site.simulator(), site.ledger(), Performer.of(Role.PICKER))
        : people.work();
    Scenario.Arms armSpec = scenario.arms();
    RobotCare.Kind armCare = care.kind(Performer.PICK_ARM, null, null, 0, null,
        Variates.of(armSpec.repairSec(), streams.stream("armRepairTime")));
    OpenLines openLines = storage.openLines();
    Layout layout = storage.layout();
    cells = new int[ps.count()][];
    for (int s = 0; s < ps.count(); s++) {
      cells[s] = layout.stationCell(s, ps.count());
      boolean arm = s >= humanStations;
      PickStation station = new PickStation(site.simulator(), s, arm ? 1 : Math.max(1, ps.pickersPerStation()), arm, null);
      if (arm) {
        RoboticArm robot = new RoboticArm(s, site.simulator(),
            Variates.of(armSpec.attemptSec(), streams.stream("armAttempt/station-" + s)),
            streams.stream("grasp/station-" + s), armSpec.retries(),
            armSpec.mtbfSec() > 0 ? Variates.of(new DistSpec.Exponential(armSpec.mtbfSec()), streams.stream("armFault/station-" + s)) : null,
            broken -> armCare.repair(broken::repaired));
        arms.add(robot);
        station.setVisitProcess(new StationPicking(openLines, fulfilment, people.work(), site.ledger(),
            people.taskTimes().get(TaskType.GRASP_FAILURE), robot, ArmPolicies.create(armSpec.policy()),
            armSpec.fallback().equals("station")));
      } else if (ps.podDwellSec() == null) {
        station.setVisitProcess(new StationPicking(openLines, fulfilment, stationWork, site.ledger(),
            Variates.of(ps.pickTimeSec(), streams.stream("pickTime/station-" + s))));
      } else {
        station.setVisitProcess(new StationPicking(site.simulator(), openLines, fulfilment, stationWork, site.ledger(),
            Variates.of(ps.pickTimeSec(), streams.stream("pickTime/station-" + s)),
            Variates.of(ps.podDwellSec(), streams.stream("podDwell/station-" + s))));
      }
      stations.add(station);
      if (arm || stationWork.canEverDo(TaskType.PICK, s)) {
        open.add(station);
      }
    }
    if (!arms.isEmpty()) {
      site.ledger().declare(TaskType.PICK, Performer.PICK_ARM);
    }
  }

  /** Tells the stations how fast pods wait in storage for room at them, once the fleet exists. */
  void podsHeldBackAre(DoubleUnaryOperator perHour) {
    this.heldBack = perHour;
  }

  /** The stations drive units may be sent to. */
  List<PickStation> open() {
    return open;
  }

  /** Each station's cell on the grid, by station index. */
  int[][] cells() {
    return cells;
  }

  @Override
  public void resetStatistics() {
    queuedAtReset = queued();
    stations.forEach(PickStation::resetStatistics);
    arms.forEach(RoboticArm::resetStatistics);
  }

  @Override
  public void addMetrics(double hours, Map<Metric, Double> m) {
    if (!arms.isEmpty()) {
      m.put(new Metric("utilization.pickArms", "fraction"), arms.stream().mapToDouble(RoboticArm::utilization).average().orElse(0));
      m.put(new Metric("availability.pickArms", "fraction"), arms.stream().mapToDouble(RoboticArm::availability).average().orElse(1));
    }
  }

  /**
   * Open stations: pick positions occupied over pick positions (a pod at a human station waiting
   * for its picker counts as occupied), and the growth of the pods queued at them. Arms:
   * picking time over the time they were not down.
   */
  @Override
  public void snapshot(ReplayProbe probe) {
    probe.stations(stations, cells);
    probe.arms(arms);
  }

  /**
   * Where people picked: per station cell of the floor plan, the hours its pick positions were
   * occupied at stations without an arm (picking, or a pod waiting for a floating picker).
   */
  @Override
  public void addGrids(double hours, Map<Metric, double[]> into) {
    double[] grid = new double[plan.map().width() * plan.map().height()];
    for (PickStation s : stations) {
      if (!s.hasArm()) {
        grid[plan.cell(cells[s.index()])] += s.busyPickers().average() * hours;
      }
    }
    into.put(FloorGrids.PICKING_HOURS, grid);
  }

  @Override
  public void addResources(double hours, Map<Metric, Double> into) {
    double busy = open.stream().mapToDouble(s -> s.busyPickers().average()).sum();
    int positions = open.stream().mapToInt(PickStation::pickers).sum();
    into.put(new Metric("utilizationOfAvailable.pickStations", "fraction"), positions > 0 ? busy / positions : Double.NaN);
    into.put(new Metric("queueGrowthPerHour.pickStations", "pods/h"),
        (queued() - queuedAtReset) / hours + heldBack.applyAsDouble(hours));
    if (!arms.isEmpty()) {
      into.put(new Metric("utilizationOfAvailable.pickArms", "fraction"),
          arms.stream().mapToDouble(RoboticArm::utilizationOfAvailable).average().orElse(Double.NaN));
    }
  }

  private int queued() {
    return stations.stream().mapToInt(PickStation::queueLength).sum();
  }

  @Override
  public void sample(Map<Metric, Double> into) {
    into.put(Metrics.PODS_QUEUED, (double) queued());
  }

  /** No station holds a negative queue or more pods than were sent to it. */
  @Override
  public void checkInvariants(double now) {
    for (PickStation s : stations) {
      if (s.queueLength() < 0 || s.committedPods() < s.queueLength()) {
        throw new IllegalStateException("station " + s.index() + " queues " + s.queueLength() + " pods with "
            + s.committedPods() + " sent to it at t=" + now + " s");
      }
    }
  }
}
