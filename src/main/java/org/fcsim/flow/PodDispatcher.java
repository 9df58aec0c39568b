package org.fcsim.flow;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.fcsim.agent.DriveUnit;
import org.fcsim.floor.PickStation;
import org.fcsim.floor.Pod;
import org.fcsim.policy.PodPolicy;
import org.fcsim.policy.StationPolicy;
import org.fcsim.scenario.Scenario;
import org.fcsim.sim.TimeAverage;
import org.fcsim.task.Performer;
import org.fcsim.task.TaskLedger;
import org.fcsim.task.TaskType;
import umontreal.ssj.simevents.Simulator;

/**
 * The warehouse control system of the goods-to-person floor. It keeps the pods that hold open
 * lines, and whenever a drive unit is idle and an open station has room
 * ({@code podsPerStation}), it sends the unit for the pod its {@link PodPolicy} picks to the
 * station its {@link StationPolicy} picks. Around the pick cycle it sends a unit whose battery is
 * low to charge and a faulted or broken one to {@link RobotCare} (rescue, repair), and pauses
 * the drive units in a zone while a person is inside it.
 */
public final class PodDispatcher implements DriveUnit.Control {
  private final Simulator simulator;
  private final Scenario.DriveUnits spec;
  private final List<PickStation> openStations;
  /** The open stations by index (null where a station is closed), for an O(1) "was it offered?" check. */
  private final PickStation[] openByIndex;
  /** The open stations with room, refilled for every trip dispatched. */
  private final List<PickStation> withRoom = new ArrayList<>();
  /**
   * No open station had room at the last look. Only a pod leaving a station ({@link #onVisitDone})
   * makes room, so until then {@link #dispatch} need not look again.
   */
  private boolean stationsFull;
  private final int podsPerStation;
  private final PodPolicy podPolicy;
  private final StationPolicy stationPolicy;
  private final TaskLedger ledger;
  private final OpenLines openLines;
  private final LinkedHashSet<Pod> pending = new LinkedHashSet<>();
  private final ArrayDeque<DriveUnit> idle = new ArrayDeque<>();
  private final List<DriveUnit> fleet = new ArrayList<>();
  private final RobotCare.Kind care;
  private final RobotCare.Chargers chargers;
  private final double[] tripStartedAt;
  private final TimeAverage busyUnits;
  /** Busy units not queued at a station: the fleet's working time. */
  private final TimeAverage workingUnits;
  private int pendingAtReset;
  private List<PickStation> stowStations = List.of();
  private int podsPerStowStation;
  private java.util.function.Function<java.util.function.Predicate<Pod>, Pod> nextStowPod;
  private Inventory binder;

  public PodDispatcher(Simulator simulator, Scenario scenario, OpenLines openLines, List<PickStation> openStations, PodPolicy podPolicy,
      StationPolicy stationPolicy, TaskLedger ledger, RobotCare.Kind care, RobotCare.Chargers chargers) {
    this.simulator = simulator;
    this.spec = scenario.driveUnits();
    this.openLines = openLines;
    this.openStations = openStations;
    this.openByIndex = new PickStation[openStations.stream().mapToInt(PickStation::index).max().orElse(-1) + 1];
    for (PickStation station : openStations) {
      openByIndex[station.index()] = station;
    }
    this.podsPerStation = scenario.pickStations().podsPerStation();
    this.podPolicy = podPolicy;
    this.stationPolicy = stationPolicy;
    this.ledger = ledger;
    this.care = care;
    this.chargers = chargers;
    this.tripStartedAt = new double[spec.count()];
    this.busyUnits = new TimeAverage(simulator, "busyDriveUnits");
    this.workingUnits = new TimeAverage(simulator, "workingDriveUnits");
  }

  /** Adds a unit to the fleet; it starts idle. */
  public void add(DriveUnit unit) {
    fleet.add(unit);
  }

  public void start() {
    for (DriveUnit unit : fleet) {
      idle.addLast(unit);
    }
    dispatch();
  }

  /** A new order line: its pod becomes pending if it is in storage. */
  public void onLine(OrderLine line) {
    Pod pod = line.pod();
    openLines.add(line);
    if (pod.state() == Pod.State.STORED && pending.add(pod)) {
      dispatch();
    }
  }

  /**
   * Also sends pods to stow stations: when a drive unit is free, the station with fewest pods committed (below {@code podsPerStation}) gets the pod
   * {@code nextPod} names among those in storage (one waiting to be picked too: stow would
   * starve on a popular pod otherwise).
   */
  public void stowAt(List<PickStation> stations, int podsPerStation, java.util.function.Function<
      java.util.function.Predicate<Pod>, Pod> nextPod) {
    this.stowStations = List.copyOf(stations);
    this.podsPerStowStation = podsPerStation;
    this.nextStowPod = nextPod;
  }

  /**
   * Lets {@code inventory} choose each line's pod when a drive unit is sent: pods it wants become
   * pending, and a pod chosen for a trip is first given the lines it can serve (none: it stays).
   */
  public void chooseAtDispatch(Inventory inventory) {
    this.binder = inventory;
    inventory.chooseAtDispatch(this::want, openLines::add);
  }

  private void want(Pod pod) {
    if (pod.state() == Pod.State.STORED && pending.add(pod)) {
      dispatch();
    }
  }

  /** Stow work has come in: a free drive unit may go now. */
  public void stowWorkArrived() {
    dispatch();
  }

  /**
   * Stow trips first, up to the stow stations' room (which bounds their share of the fleet), so a
   * busy pick floor cannot starve stowing; then pick trips.
   */
  private void dispatch() {
    if (nextStowPod != null) {
      dispatchStows();
    }
    dispatchPicks();
  }

  private void dispatchStows() {
    while (!idle.isEmpty()) {
      PickStation station = null;
      for (PickStation s : stowStations) {
        if (s.committedPods() < podsPerStowStation && (station == null || s.committedPods() < station.committedPods())) {
          station = s;
        }
      }
      if (station == null) {
        return;
      }
      Pod pod = nextStowPod.apply(p -> p.state() == Pod.State.STORED);
      if (pod == null) {
        return;
      }
      pending.remove(pod); // it comes back from stow with its open lines, and is pending again then
      send(pod, station);
    }
  }

  private void send(Pod pod, PickStation station) {
    pod.setState(Pod.State.CALLED);
    station.commit();
    DriveUnit unit = idle.pollFirst();
    busyUnits.add(1);
    workingUnits.add(1);
    tripStartedAt[unit.index()] = simulator.time();
    unit.fetch(pod, station);
  }

  private void dispatchPicks() {
    while (!stationsFull && !idle.isEmpty() && !pending.isEmpty()) {
      withRoom.clear();
      for (PickStation s : openStations) {
        if (s.committedPods() < podsPerStation) {
          withRoom.add(s);
        }
      }
      if (withRoom.isEmpty()) {
        stationsFull = true;
        return;
      }
      Pod pod = podPolicy.choose(pending);
      if (binder != null && !binder.bindAt(pod)) {
        pending.remove(pod); // its SKUs' lines went to other pods meanwhile
        continue;
      }
      PickStation station = stationPolicy.choose(withRoom);
      if (!pending.remove(pod) || !offered(station)) {
        throw new IllegalStateException("a policy chose a pod or station it was not offered (t=" + simulator.time() + " s)");
      }
      send(pod, station);
    }
  }

  /** Whether {@code station} is in {@link #withRoom}: one of the open stations, with room. */
  private boolean offered(PickStation station) {
    int i = station.index();
    return i >= 0 && i < openByIndex.length && openByIndex[i] == station && station.committedPods() < podsPerStation;
  }

  @Override
  public void onPodStored(DriveUnit unit, Pod pod) {
    ledger.record(TaskType.POD_TRANSPORT, Performer.DRIVE_UNIT, 0, simulator.time() - tripStartedAt[unit.index()]);
    busyUnits.add(-1);
    workingUnits.add(-1);
    if (openLines.any(pod) || binder != null && binder.wants(pod)) {
      pending.add(pod);
    }
  }

  @Override
  public void onIdle(DriveUnit unit) {
    if (unit.needsRepair()) {
      unit.startRepair();
      care.repair(unit::repaired);
      return;
    }
    if (spec.battery().runtimeSec() > 0 && unit.batteryLevel() < spec.battery().threshold()) {
      busyUnits.add(1);
      workingUnits.add(1);
      chargers.charge(unit, () -> {
        busyUnits.add(-1);
        workingUnits.add(-1);
      });
      return;
    }
    idle.addLast(unit);
    dispatch();
  }

  @Override
  public void onQueued(DriveUnit unit) {
    workingUnits.add(-1);
  }

  @Override
  public void onPickStarted(DriveUnit unit, PickStation station, double waitSec) {
    if (unit.wasQueued()) {
      workingUnits.add(1);
    }
  }

  @Override
  public void onVisitDone(DriveUnit unit, PickStation station, int units) {
    stationsFull = false; // (a stow station's visit frees no pick station, but looking again is harmless)
    dispatch();
  }

  @Override
  public void onFault(DriveUnit unit, int zone) {
    care.rescue(workSec -> pauseZone(zone, workSec, unit), unit::onRescued);
  }

  /** A person is in {@code zone} for {@code sec}: every drive unit driving there stands still meanwhile. */
  private void pauseZone(int zone, double sec, DriveUnit rescued) {
    if (zone < 0) {
      return;
    }
    for (DriveUnit other : fleet) {
      if (other != rescued && other.isMoving() && other.legZone() == zone) {
        other.pause(sec);
      }
    }
  }

  public List<DriveUnit> fleet() {
    return fleet;
  }

  public int pendingPods() {
    return pending.size();
  }

  /** Fraction of the fleet's time spent on trips and charging, since the last reset. */
  public double utilization() {
    return fleet.isEmpty() ? 0 : busyUnits.average() / fleet.size();
  }

  /** Fraction of the fleet's time not stopped by a fault or in repair, since the last reset. */
  public double availability() {
    return fleet.isEmpty() ? 1 : 1 - care.meanDown() / fleet.size();
  }

  /**
   * Fraction of the time the available units (not faulted, not in repair) spent working: on a
   * trip or charging, but not queued at a station. NaN when none was ever available.
   */
  public double utilizationOfAvailable() {
    double availableUnits = fleet.size() - care.meanDown();
    return availableUnits > 0 ? workingUnits.average() / availableUnits : Double.NaN;
  }

  public RobotCare.Chargers chargers() {
    return chargers;
  }

  /** Drive units idle now: with pods pending, the stations (full) hold them back, not the fleet. */
  public int idleUnits() {
    return idle.size();
  }

  /** Change per hour, since the reset, of the pods in storage waiting for a drive unit. */
  public double pendingGrowthPerHour(double hours) {
    return (pending.size() - pendingAtReset) / hours;
  }

  public void resetStatistics() {
    pendingAtReset = pending.size();
    chargers.resetStatistics();
    workingUnits.reset();
    busyUnits.reset();
    care.resetStatistics();
  }

  /** Every unit is in exactly one place: idle list, waiting for a charger, or busy in its cycle. */
  public void checkInvariants(double now) {
    for (DriveUnit unit : fleet) {
      boolean listedIdle = idle.contains(unit);
      if (listedIdle != (unit.state() == DriveUnit.State.IDLE)) {
        throw new IllegalStateException("drive unit " + unit.index() + " is " + unit.state()
            + (listedIdle ? " but listed idle" : " but not listed idle") + " at t=" + now + " s");
      }
    }
    chargers.checkInvariants(now);
  }
}
