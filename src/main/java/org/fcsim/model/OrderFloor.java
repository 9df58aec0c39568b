package org.fcsim.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.fcsim.agent.AssignmentPolicies;
import org.fcsim.agent.DriveUnit;
import org.fcsim.agent.RoboticArm;
import org.fcsim.floor.TravelModel;
import org.fcsim.agent.Workforce;
import org.fcsim.agent.WorkforceSpec;
import org.fcsim.floor.DistributionTravel;
import org.fcsim.floor.GridLayout;
import org.fcsim.floor.GridTravel;
import org.fcsim.floor.PickStation;
import org.fcsim.floor.Pod;
import org.fcsim.flow.Catalog;
import org.fcsim.flow.Fulfilment;
import org.fcsim.flow.OpenLines;
import org.fcsim.flow.OrderLine;
import org.fcsim.flow.OrderSource;
import org.fcsim.flow.PickerToPartsFlow;
import org.fcsim.flow.PodDispatcher;
import org.fcsim.flow.StationPicking;
import org.fcsim.policy.ArmPolicies;
import org.fcsim.policy.PodPolicies;
import org.fcsim.policy.StationPolicies;
import org.fcsim.dist.DistSpec;
import org.fcsim.scenario.Scenario;
import org.fcsim.sim.Sampler;
import org.fcsim.sim.Streams;
import org.fcsim.sim.Variates;
import org.fcsim.stats.Metric;
import org.fcsim.task.Performer;
import org.fcsim.task.Role;
import org.fcsim.task.TaskLedger;
import org.fcsim.task.TaskType;
import umontreal.ssj.simevents.Simulator;

/**
 * The order-driven floor: orders arrive, their lines are picked goods-to-person (drive units,
 * stations with people or arms) or picker-to-parts (walking tours), then sorted, packed,
 * checked and shipped. Every task lands in the {@link TaskLedger}; the metrics report
 * throughput, order cycle times, the ledger, and how busy and available each agent group is.
 *
 * <p>The facility itself (which SKU is on which pod, item classes) comes from the {@code layout}
 * stream of replication 0, so it is the same in every replication and every automation level.
 */
final class OrderFloor implements FloorModel.Part {
  private final Scenario scenario;
  private final Simulator simulator;
  private final TaskLedger ledger;
  private final Workforce workforce;
  private final WorkforceWork work;
  private final Pod[] pods;
  private final OpenLines openLines;
  private final Fulfilment fulfilment;
  private final OrderSource source;
  private final PodDispatcher dispatcher;
  private final PickerToPartsFlow pickerToParts;
  private final List<PickStation> stations = new ArrayList<>();
  private final List<RoboticArm> arms = new ArrayList<>();
  private final Sampler armRepairSec;

  OrderFloor(Scenario scenario, Simulator simulator, Streams streams) {
    this.scenario = scenario;
    this.simulator = simulator;
    this.ledger = new TaskLedger(simulator::time);
    this.armRepairSec = Variates.of(scenario.arms().repairSec(), streams.stream("armRepairTime"));
    Scenario.Associates people = scenario.associates();
    workforce = new Workforce(simulator, workforceSpec(people), ledger, AssignmentPolicies.create(people.assignmentPolicy()));
    work = new WorkforceWork(workforce);
    Map<TaskType, Sampler> taskTimes = new TreeMap<>();
    people.taskTimeSec().forEach((type, dist) -> taskTimes.put(type, Variates.of(dist, streams.stream("taskTime/" + type.key()))));

    Scenario.Floor floorSpec = scenario.floor();
    GridLayout layout = new GridLayout(floorSpec, scenario.driveUnits());
    pods = new Pod[floorSpec.pods()];
    for (int p = 0; p < pods.length; p++) {
      int[] cell = layout.podCell(p, pods.length);
      pods[p] = new Pod(p, cell, layout.zoneOf(cell));
    }
    openLines = new OpenLines(pods.length);
    Catalog catalog = new Catalog(scenario.demand(), pods.length, new Streams(scenario.seed(), 0).stream("layout"));
    fulfilment = new Fulfilment(simulator, scenario, work, ledger, streams.stream("incidents"), streams.stream("sortRouting"),
        taskTimes, Variates.of(scenario.sortation().armSortSec(), streams.stream("armSortTime")));

    boolean manual = scenario.pickerToParts().enabled();
    if (manual) {
      pickerToParts = new PickerToPartsFlow(simulator, scenario.pickerToParts(), fulfilment, work,
          Variates.of(scenario.pickerToParts().pickTimeSec(), streams.stream("pickerToParts/pickTime")),
          people.countPerShift().get(Role.PICKER));
      dispatcher = null;
    } else {
      pickerToParts = null;
      dispatcher = buildGoodsToPerson(layout, streams, taskTimes);
    }
    Scenario.Demand d = scenario.demand();
    source = new OrderSource(simulator, d, catalog, pods, streams.stream("orderArrivals"),
        Variates.of(d.linesPerOrder(), streams.stream("linesPerOrder")), Variates.of(d.unitsPerLine(), streams.stream("unitsPerLine")),
        streams.stream("skuChoice"), this::onLine);
    declareLedgerCells(manual);
  }

  private PodDispatcher buildGoodsToPerson(GridLayout layout, Streams streams, Map<TaskType, Sampler> taskTimes) {
    Scenario.PickStations ps = scenario.pickStations();
    int armStations = (int) Math.round(ps.count() * ps.armShare());
    int humanStations = ps.count() - armStations;
    int pickers = scenario.associates().countPerShift().get(Role.PICKER);
    int staffed = ps.pickersPerStation() == 0 ? 0 : Math.min(humanStations, pickers / ps.pickersPerStation());
    // stations beyond those the pickers can staff stay closed; the remaining pickers float
    workforce.bindPosts(Role.PICKER, staffed, ps.pickersPerStation());
    Scenario.Arms armSpec = scenario.arms();
    int[][] stationCells = new int[ps.count()][];
    List<PickStation> open = new ArrayList<>();
    for (int s = 0; s < ps.count(); s++) {
      stationCells[s] = layout.stationCell(s, ps.count());
      boolean arm = s >= humanStations;
      PickStation station = new PickStation(simulator, s, arm ? 1 : Math.max(1, ps.pickersPerStation()), arm, null);
      if (arm) {
        RoboticArm robot = new RoboticArm(s, simulator, Variates.of(armSpec.attemptSec(), streams.stream("armAttempt/station-" + s)),
            streams.stream("grasp/station-" + s), armSpec.retries(),
            armSpec.mtbfSec() > 0 ? Variates.of(new DistSpec.Exponential(armSpec.mtbfSec()), streams.stream("armFault/station-" + s)) : null,
            this::onArmFault);
        arms.add(robot);
        station.setVisitProcess(new StationPicking(openLines, fulfilment, work, ledger, null, taskTimes.get(TaskType.GRASP_FAILURE), robot,
            ArmPolicies.create(armSpec.policy()), armSpec.fallback().equals("station")));
      } else {
        station.setVisitProcess(new StationPicking(openLines, fulfilment, work, ledger,
            Variates.of(ps.pickTimeSec(), streams.stream("pickTime/station-" + s))));
      }
      stations.add(station);
      if (arm || work.canEverDo(TaskType.PICK, s)) {
        open.add(station);
      }
    }
    Scenario.DriveUnits du = scenario.driveUnits();
    int chargers = Math.max(1, du.battery().chargers());
    int[][] chargerCells = new int[chargers][];
    for (int c = 0; c < chargers; c++) {
      chargerCells[c] = layout.chargerCell(c, chargers);
    }
    PodDispatcher wcs = new PodDispatcher(simulator, scenario, openLines, open, PodPolicies.create(ps.podPolicy()),
        StationPolicies.create(ps.policy(), streams.stream("stationPolicy")), work, ledger, chargerCells,
        Variates.of(du.faults().rescueSec(), streams.stream("rescueTime")),
        Variates.of(du.faults().repairSec(), streams.stream("driveUnitRepairTime")), streams.stream("driveUnitRepairDraw"));
    for (int d = 0; d < du.count(); d++) {
      TravelModel travel = du.travel().equals("grid")
          ? new GridTravel(layout, stationCells, du.liftSec())
          : new DistributionTravel(Variates.of(du.travelToStationSec(), streams.stream("travelToStation/du-" + d)),
              Variates.of(du.travelToStorageSec(), streams.stream("travelToStorage/du-" + d)));
      DriveUnit unit = new DriveUnit(d, simulator, pods[d % pods.length].cell(), wcs, travel);
      if (du.battery().runtimeSec() > 0) {
        double threshold = du.battery().threshold();
        // start the fleet at staggered charge levels, as a running floor would be
        unit.enableBattery(du.battery().runtimeSec(), threshold + (1 - threshold) * (d + 0.5) / du.count());
      }
      if (du.faults().mtbfSec() > 0) {
        Sampler ttf = Variates.of(new DistSpec.Exponential(du.faults().mtbfSec()), streams.stream("driveUnitFault/du-" + d));
        unit.enableFaults(ttf::sample);
      }
      wcs.add(unit);
    }
    return wcs;
  }

  private void onArmFault(RoboticArm arm) {
    work.request(TaskType.REPAIR, -1, armRepairSec.sample(), null, arm::repaired);
  }

  private static WorkforceSpec workforceSpec(Scenario.Associates people) {
    List<WorkforceSpec.Shift> shifts = new ArrayList<>();
    for (Scenario.Shift s : people.shifts()) {
      List<WorkforceSpec.Break> breaks = new ArrayList<>();
      for (Scenario.Break b : s.breaks()) {
        breaks.add(new WorkforceSpec.Break(b.atSec(), b.durationSec()));
      }
      shifts.add(new WorkforceSpec.Shift(s.startSec(), s.endSec(), breaks));
    }
    return new WorkforceSpec(people.countPerShift(), people.skills(), shifts, people.initialSlowdown(), people.tasksToHalve(),
        people.shiftsRepeatSec());
  }

  private void onLine(OrderLine line) {
    fulfilment.lineOrdered(line);
    if (pickerToParts != null) {
      pickerToParts.onLine(line);
    } else {
      dispatcher.onLine(line);
    }
  }

  /** Every (task, performer) cell this floor can produce, so every replication reports the same cells. */
  private void declareLedgerCells(boolean manual) {
    Scenario.Associates people = scenario.associates();
    for (TaskType type : TaskType.values()) {
      for (Role role : Role.values()) {
        boolean able = role.primaryTasks().contains(type) || people.skills().get(role).contains(type);
        if (able && people.countPerShift().get(role) > 0) {
          ledger.declare(type, Performer.of(role));
        }
      }
    }
    if (!manual) {
      ledger.declare(TaskType.POD_TRANSPORT, Performer.DRIVE_UNIT);
      if (scenario.driveUnits().battery().runtimeSec() > 0) {
        ledger.declare(TaskType.CHARGING, Performer.DRIVE_UNIT);
      }
      if (!arms.isEmpty()) {
        ledger.declare(TaskType.PICK, Performer.PICK_ARM);
      }
    }
    if (fulfilment.sortArms() > 0) {
      ledger.declare(TaskType.SORT, Performer.SORT_ARM);
    }
  }

  @Override
  public void start() {
    workforce.start();
    arms.forEach(RoboticArm::start);
    if (dispatcher != null) {
      dispatcher.start();
    }
    source.start();
  }

  @Override
  public void resetStatistics() {
    ledger.reset();
    workforce.resetStatistics();
    fulfilment.resetStatistics();
    stations.forEach(PickStation::resetStatistics);
    arms.forEach(RoboticArm::resetStatistics);
    if (dispatcher != null) {
      dispatcher.resetStatistics();
    }
  }

  @Override
  public Map<Metric, Double> metrics(double hours) {
    Map<Metric, Double> m = new LinkedHashMap<>();
    long shipped = fulfilment.unitsShippedSinceReset();
    m.put(Metrics.UNITS_PER_HOUR, shipped / hours);
    m.put(Metrics.ORDERS_PER_HOUR, fulfilment.ordersShipped() / hours);
    m.put(Metrics.ORDER_CYCLE_MEAN, fulfilment.cycleTimes().mean());
    m.put(Metrics.ORDER_CYCLE_P50, fulfilment.cycleTimes().quantile(0.50));
    m.put(Metrics.ORDER_CYCLE_P90, fulfilment.cycleTimes().quantile(0.90));
    m.put(Metrics.ORDER_CYCLE_P95, fulfilment.cycleTimes().quantile(0.95));
    m.put(Metrics.ORDER_CYCLE_P99, fulfilment.cycleTimes().quantile(0.99));
    m.put(Metrics.UNITS_IN_PROGRESS, (double) fulfilment.counts().inProgress());
    double humanHours = 0;
    Map<TaskType.Category, Double> humanHoursByCategory = new EnumMap<>(TaskType.Category.class);
    for (TaskLedger.Key key : ledger.cells().keySet()) {
      if (key.performer().human()) {
        humanHoursByCategory.put(key.type().category(), 0.0); // every category people can work in, even if idle
      }
    }
    Map<TaskType, double[]> humanAndAll = new TreeMap<>();
    for (Map.Entry<TaskLedger.Key, TaskLedger.Cell> e : ledger.cells().entrySet()) {
      TaskLedger.Key key = e.getKey();
      TaskLedger.Cell cell = e.getValue();
      String suffix = key.type().key() + "." + key.performer().key();
      m.put(new Metric("taskCount." + suffix, "tasks"), (double) cell.count());
      m.put(new Metric("taskHours." + suffix, "h"), cell.workSec() / 3600);
      m.put(new Metric("taskWaitHours." + suffix, "h"), cell.waitSec() / 3600);
      double[] shares = humanAndAll.computeIfAbsent(key.type(), t -> new double[2]);
      shares[1] += cell.count();
      if (key.performer().human()) {
        shares[0] += cell.count();
        humanHours += cell.workSec() / 3600;
        humanHoursByCategory.merge(key.type().category(), cell.workSec() / 3600, Double::sum);
      }
    }
    humanAndAll.forEach((type, shares) ->
        m.put(new Metric("humanShare." + type.key(), "fraction"), shares[1] == 0 ? 0 : shares[0] / shares[1]));
    m.put(new Metric("humanTaskHours.total", "h"), humanHours);
    humanHoursByCategory.forEach((c, h) -> m.put(new Metric("humanTaskHours." + c.key(), "h"), h));
    m.putAll(workforce.metrics());
    if (dispatcher != null) {
      m.put(new Metric("utilization.driveUnits", "fraction"), dispatcher.utilization());
      m.put(new Metric("availability.driveUnits", "fraction"), dispatcher.availability());
    }
    if (!arms.isEmpty()) {
      m.put(new Metric("utilization.pickArms", "fraction"), arms.stream().mapToDouble(RoboticArm::utilization).average().orElse(0));
      m.put(new Metric("availability.pickArms", "fraction"), arms.stream().mapToDouble(RoboticArm::availability).average().orElse(1));
    }
    if (fulfilment.sortArms() > 0) {
      m.put(new Metric("utilization.sortArms", "fraction"), fulfilment.sortArmUtilization());
    }
    for (TaskType incident : Set.of(TaskType.GRASP_FAILURE, TaskType.DAMAGED_ITEM, TaskType.MISSING_ITEM, TaskType.MISPICK,
        TaskType.SORT_JAM, TaskType.DRIVE_UNIT_RESCUE, TaskType.REPAIR).stream().sorted().toList()) {
      long count = ledger.cells().entrySet().stream().filter(e -> e.getKey().type() == incident)
          .mapToLong(e -> e.getValue().count()).sum();
      m.put(new Metric("incidentsPer1000Units." + incident.key(), "per 1000 units"), shipped == 0 ? 0 : 1000.0 * count / shipped);
    }
    return m;
  }

  private long shippedAtLastSample;

  @Override
  public void sample(Map<Metric, Double> into) {
    long shipped = fulfilment.counts().shipped();
    into.put(Metrics.UNITS_PER_HOUR, (double) (shipped - shippedAtLastSample));
    shippedAtLastSample = shipped;
    into.put(Metrics.UNITS_IN_PROGRESS, (double) fulfilment.counts().inProgress());
    into.put(Metrics.WAITING_TASKS, (double) workforce.queued());
    if (dispatcher != null) {
      into.put(Metrics.PODS_PENDING, (double) dispatcher.pendingPods());
      into.put(Metrics.PODS_QUEUED, (double) stations.stream().mapToInt(PickStation::queueLength).sum());
    }
  }

  @Override
  public void checkInvariants(double now) {
    fulfilment.counts().check(now);
    long openOnShelves = 0;
    for (Pod pod : pods) {
      openOnShelves += pod.openUnits();
    }
    if (openOnShelves != openLines.units()) {
      throw new IllegalStateException("pods count " + openOnShelves + " open units but their open lines hold "
          + openLines.units() + " at t=" + now + " s");
    }
    long pooled = pickerToParts == null ? 0 : pickerToParts.pooledUnits();
    if (openOnShelves + pooled != fulfilment.counts().open()) {
      throw new IllegalStateException("open units on pods and in the tour pool (" + (openOnShelves + pooled)
          + ") differ from the open stage (" + fulfilment.counts().open() + ") at t=" + now + " s");
    }
    workforce.checkInvariants();
    if (dispatcher != null) {
      dispatcher.checkInvariants(now);
    }
    double onShift = workforce.metrics().entrySet().stream().filter(e -> e.getKey().name().startsWith("onShiftHours."))
        .mapToDouble(Map.Entry::getValue).sum();
    double ledgerHuman = ledger.humanWorkSec() / 3600;
    if (ledgerHuman > onShift + 1e-6) {
      throw new IllegalStateException("the ledger holds " + ledgerHuman + " human hours but people were on shift only "
          + onShift + " h, at t=" + now + " s");
    }
  }
}
