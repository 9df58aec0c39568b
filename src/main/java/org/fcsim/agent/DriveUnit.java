package org.fcsim.agent;

import java.util.function.DoubleSupplier;
import org.fcsim.floor.PickStation;
import org.fcsim.floor.PodCarrier;
import org.fcsim.floor.Roads;
import org.fcsim.floor.TravelModel;
import org.fcsim.floor.Pod;
import org.fcsim.floor.PodHomes;
import org.fcsim.sim.Action;
import umontreal.ssj.simevents.Simulator;

/**
 * A Kiva-style drive unit carrying pods between storage and pick stations. Its cycle:
 * <ol>
 *   <li>IDLE until its {@link Control} gives it a pod and a station ({@link #fetch}).</li>
 *   <li>TO_POD: drive under the pod and lift it (no leg when the travel model takes no time
 *       for it); TO_STATION: carry it to the station.</li>
 *   <li>{@link #onArrivedAtStation}: join the station (picked at once, or QUEUED).</li>
 *   <li>PICKING ({@link #beginPick}) until the station releases the pod ({@link #onPicked}).</li>
 *   <li>TO_STORAGE: carry the pod home and set it down; IDLE again ({@link Control#onIdle}).</li>
 * </ol>
 * Around the cycle: a unit whose battery is low goes TO_CHARGER, may wait for a free charger
 * (WAITING_CHARGER) and CHARGING; a fault stops it where it is (FAULTED) until its control
 * has it rescued, after which it finishes its leg; one marked for repair goes IN_REPAIR once
 * its pod is home.
 */
public final class DriveUnit implements PodCarrier, Rechargeable {
  /** Where a drive unit is in its cycle; exactly one at any time. */
  public enum State {
    IDLE, TO_POD, TO_STATION, QUEUED, PICKING, TO_STORAGE, TO_CHARGER, WAITING_CHARGER, CHARGING, FAULTED, IN_REPAIR
  }

  /** The warehouse control system as a drive unit sees it. */
  public interface Control {
    /** The unit has set its pod down (or finished charging or repair) and waits for work. */
    void onIdle(DriveUnit unit);

    /** The unit's pod has to wait in the station's queue. */
    default void onQueued(DriveUnit unit) {}

    /** A picker started on the unit's pod after it waited {@code waitSec} in the station queue. */
    default void onPickStarted(DriveUnit unit, PickStation station, double waitSec) {}

    /** The pod left {@code station}; {@code units} units were picked from it. */
    default void onVisitDone(DriveUnit unit, PickStation station, int units) {}

    /** The unit has set {@code pod} down in storage; {@link #onIdle} follows at once. */
    default void onPodStored(DriveUnit unit, Pod pod) {}

    /** The unit stopped with a fault in {@code zone}; call {@link #onRescued} when someone has recovered it. */
    default void onFault(DriveUnit unit, int zone) {
      throw new IllegalStateException("drive unit " + unit.index() + " faulted but nothing handles faults");
    }
  }

  private final int index;
  private final Simulator simulator;
  private final Control control;
  private final TravelModel travel;
  private Roads roads;
  private org.fcsim.floor.FloorHeat heat;
  private double liftSec;
  private final Action legDone;
  private final Action picked;
  private State state = State.IDLE;
  private int[] cell;
  private Pod pod;
  private PodHomes homes;
  private PickStation station;
  private double arrivedAt;
  private int unitsOnVisit;
  private Runnable afterLeg;
  private int legZone = -1;
  private State movingState;
  /** Moving seconds left before the next fault; infinite when faults are off. */
  private double faultBudgetSec = Double.POSITIVE_INFINITY;
  private DoubleSupplier timeToFaultSec;
  private double legRemainingSec;
  private boolean needsRepair;
  private boolean wasQueued;
  private double batteryLevel = 1;
  private double drainPerSec;
  /** The current or last leg, for {@link #position}: its ends, when it started (shifted by stops), its length. */
  private int[] legFrom;
  private int[] legTo;
  private double legStartSec;
  private double legSec;
  private double faultedAtSec;

  public DriveUnit(int index, Simulator simulator, int[] startCell, Control control, TravelModel travel) {
    this.index = index;
    this.simulator = simulator;
    this.cell = startCell;
    this.control = control;
    this.travel = travel;
    this.legDone = new Action(simulator, this::onLegDone);
    this.picked = new Action(simulator, this::onPicked);
  }

  /** Battery drains at 1/runtime per second of driving; 0 switches it off. */
  public void enableBattery(double runtimeSec, double initialLevel) {
    drainPerSec = runtimeSec > 0 ? 1 / runtimeSec : 0;
    batteryLevel = initialLevel;
  }

  /**
   * Legs go through {@code roads}, where units block each other: a leg then takes what the roads
   * allow, battery and fault budget are spent on its free time, and a fault due on a leg strikes
   * when the unit arrives (it stops there, holding its cell, until rescued).
   */
  public void driveOn(Roads roads, double liftSec) {
    this.roads = roads;
    this.liftSec = liftSec;
  }

  /** Counts pod visits (by the cell each pod is fetched from) and faults on {@code heat} from now on. */
  public void recordOn(org.fcsim.floor.FloorHeat heat) {
    this.heat = heat;
  }

  /** Pods lifted and put away go through {@code homes} (a storage policy on a mapped floor). */
  public void storePodsThrough(PodHomes homes) {
    this.homes = homes;
  }

  /** Faults strike after {@code timeToFaultSec} seconds of driving, drawn afresh after each rescue. */
  public void enableFaults(DoubleSupplier timeToFaultSec) {
    this.timeToFaultSec = timeToFaultSec;
    this.faultBudgetSec = timeToFaultSec.getAsDouble();
  }

  /** Carry {@code pod} to {@code station}: the unit must be IDLE; the station has already been committed to. */
  public void fetch(Pod pod, PickStation station) {
    requireState(State.IDLE, "fetch a pod");
    this.pod = pod;
    this.station = station;
    if (roads != null) {
      driveOnRoads(State.TO_POD, pod.cell(), liftSec, pod.zone(), this::onPodLifted);
      return;
    }
    double toPodSec = travel.toPodSec(cell, pod);
    legFrom = cell;
    legTo = pod.cell();
    if (toPodSec == 0) {
      // already under the pod (travel given per trip): lift it now rather than through an empty leg event
      onPodLifted();
    } else {
      drive(State.TO_POD, toPodSec, pod.zone(), this::onPodLifted);
    }
  }

  void onPodLifted() {
    if (heat != null) {
      heat.podVisit(pod.cell());
    }
    if (homes != null) {
      homes.vacate(pod);
    }
    cell = pod.cell();
    if (roads != null) {
      driveOnRoads(State.TO_STATION, roads.stationCell(station.index()), 0, -1, this::onArrivedAtStation);
      return;
    }
    legFrom = pod.cell();
    legTo = travel.stationCell(station);
    drive(State.TO_STATION, travel.toStationSec(pod, station), -1, this::onArrivedAtStation);
  }

  void onArrivedAtStation() {
    arrivedAt = simulator.time();
    station.onPodArrived(this);
  }

  @Override
  public void onQueued() {
    state = State.QUEUED;
    control.onQueued(this);
  }

  @Override
  public void beginPick(PickStation at, int units, double durationSec) {
    if (at != station) {
      throw new IllegalStateException("drive unit " + index + " is picked at station " + at.index()
          + " but was sent to station " + station.index());
    }
    wasQueued = state == State.QUEUED;
    state = State.PICKING;
    unitsOnVisit = units;
    control.onPickStarted(this, station, simulator.time() - arrivedAt);
    if (durationSec >= 0) {
      picked.schedule(durationSec);
    }
  }

  @Override
  public void release(int units) {
    unitsOnVisit = units;
    onPicked();
  }

  void onPicked() {
    requireState(State.PICKING, "leave the station");
    PickStation left = station;
    station = null;
    left.onPodLeft(this, unitsOnVisit);
    control.onVisitDone(this, left, unitsOnVisit);
    if (homes != null) {
      homes.rehome(pod, left);
    }
    if (roads != null) {
      driveOnRoads(State.TO_STORAGE, pod.cell(), liftSec, pod.zone(), this::onPodStored);
      return;
    }
    legFrom = travel.stationCell(left);
    legTo = pod.cell();
    drive(State.TO_STORAGE, travel.toStorageSec(left, pod), pod.zone(), this::onPodStored);
  }

  void onPodStored() {
    cell = pod.cell();
    Pod stored = pod;
    pod = null;
    stored.setState(Pod.State.STORED);
    control.onPodStored(this, stored);
    becomeIdle();
  }

  @Override
  public void goCharge(int[] charger, Runnable arrived) {
    requireState(State.IDLE, "go to a charger");
    Runnable atCharger = () -> {
      cell = charger;
      state = State.WAITING_CHARGER;
      arrived.run();
    };
    if (roads != null) {
      driveOnRoads(State.TO_CHARGER, charger, 0, -1, atCharger);
      return;
    }
    legFrom = cell;
    legTo = charger;
    drive(State.TO_CHARGER, travel.toChargerSec(cell, charger), -1, () -> {
      cell = charger;
      state = State.WAITING_CHARGER;
      arrived.run();
    });
  }

  @Override
  public void startCharging() {
    requireState(State.WAITING_CHARGER, "start charging");
    state = State.CHARGING;
  }

  @Override
  public void chargeDone() {
    requireState(State.CHARGING, "finish charging");
    batteryLevel = 1;
    becomeIdle();
  }

  /** Sent to a technician; call {@link #repaired} when done. */
  public void startRepair() {
    requireState(State.IDLE, "go to repair");
    needsRepair = false;
    state = State.IN_REPAIR;
  }

  public void repaired() {
    requireState(State.IN_REPAIR, "leave repair");
    becomeIdle();
  }

  private void becomeIdle() {
    if (roads != null) {
      roads.park(index);
    }
    state = State.IDLE;
    control.onIdle(this);
  }

  /**
   * Starts a leg of {@code sec} seconds into {@code zone} (−1: outside the storage field),
   * spending battery and fault budget; a fault part-way stops the unit.
   */
  private void drive(State moving, double sec, int zone, Runnable then) {
    state = moving;
    movingState = moving;
    afterLeg = then;
    legZone = zone;
    legStartSec = simulator.time();
    legSec = sec;
    batteryLevel = Math.max(0, batteryLevel - sec * drainPerSec);
    if (sec > faultBudgetSec) {
      legRemainingSec = sec - faultBudgetSec;
      double until = faultBudgetSec;
      faultBudgetSec = 0;
      legDone.schedule(until);
    } else {
      faultBudgetSec -= sec;
      legRemainingSec = 0;
      legDone.schedule(sec);
    }
  }

  /**
   * A leg through the roads to {@code to}, then {@code atEndSec} there (lifting or setting down
   * a pod) before {@code then}.
   */
  private void driveOnRoads(State moving, int[] to, double atEndSec, int zone, Runnable then) {
    state = moving;
    movingState = moving;
    afterLeg = then;
    legZone = zone;
    double sec = roads.freeSec(cell, to) + atEndSec;
    batteryLevel = Math.max(0, batteryLevel - sec * drainPerSec);
    boolean faults = sec > faultBudgetSec;
    faultBudgetSec = faults ? 0 : faultBudgetSec - sec;
    roads.drive(index, cell, to, () -> {
      cell = to;
      legRemainingSec = atEndSec;
      if (faults) {
        stopWithFault();
      } else {
        legRemainingSec = 0;
        legDone.schedule(atEndSec);
      }
    });
  }

  void onLegDone() {
    if (legRemainingSec > 0) {
      stopWithFault();
      return;
    }
    legZone = -1;
    afterLeg.run();
  }

  /**
   * The unit stops with a fault and its control is told. The heat map counts it where the unit is
   * known to be: the pod's storage cell on the legs to, from and back to storage (the zone a
   * rescuer walks into), else the cell it last stood still on.
   */
  private void stopWithFault() {
    state = State.FAULTED;
    faultedAtSec = simulator.time();
    if (heat != null) {
      heat.fault(pod != null ? pod.cell() : cell);
    }
    control.onFault(this, legZone);
  }

  /** A person has recovered the faulted unit: it finishes its leg; {@code repair} sends it to a technician afterwards. */
  public void onRescued(boolean repair) {
    requireState(State.FAULTED, "be rescued");
    needsRepair |= repair;
    faultBudgetSec = timeToFaultSec.getAsDouble();
    state = movingState;
    double rest = legRemainingSec;
    legRemainingSec = 0;
    faultBudgetSec = Math.max(0, faultBudgetSec - rest);
    legStartSec += simulator.time() - faultedAtSec;
    legDone.schedule(rest);
  }

  /** Delays the current leg by {@code sec}: a person is in its zone and drive units there stand still. */
  public void pause(double sec) {
    if (legDone.time() >= simulator.time() && isMoving()) {
      legStartSec += sec;
      legDone.reschedule(legDone.time() - simulator.time() + sec);
    }
  }

  public boolean isMoving() {
    return state == State.TO_POD || state == State.TO_STATION || state == State.TO_STORAGE || state == State.TO_CHARGER;
  }

  private void requireState(State expected, String what) {
    if (state != expected) {
      throw new IllegalStateException("drive unit " + index + " cannot " + what + " while " + state
          + " (t=" + simulator.time() + " s)");
    }
  }

  @Override
  public int index() {
    return index;
  }

  public State state() {
    return state;
  }

  /** The station this unit is bound for or at; {@code null} otherwise. */
  public PickStation station() {
    return station;
  }

  @Override
  public Pod pod() {
    return pod;
  }

  public int legZone() {
    return legZone;
  }

  public int[] cell() {
    return cell;
  }

  /**
   * Where the unit is at the current time, in cells ({x, y}, fractions mid-leg), for a replay;
   * null with travel from distributions (no floor). A leg runs along x, then y, as on the
   * generated grid (on a map without traffic its least-time route is not traced); with traffic,
   * the cell the unit holds. At a station: the station's cell.
   */
  public double[] position() {
    if (roads != null) {
      int[] c = state == State.QUEUED || state == State.PICKING ? roads.stationCell(station.index())
          : isMoving() || state == State.FAULTED ? roads.cellOf(index) : cell;
      return new double[] {c[0], c[1]};
    }
    if (!travel.onFloor()) {
      return null;
    }
    if (state == State.QUEUED || state == State.PICKING) {
      int[] c = travel.stationCell(station);
      return new double[] {c[0], c[1]};
    }
    if (!(isMoving() || state == State.FAULTED) || legFrom == null || legTo == null) {
      return new double[] {cell[0], cell[1]};
    }
    double now = state == State.FAULTED ? faultedAtSec : simulator.time();
    double f = legSec <= 0 ? 1 : Math.max(0, Math.min(1, (now - legStartSec) / legSec));
    double dx = legTo[0] - legFrom[0];
    double dy = legTo[1] - legFrom[1];
    double along = f * (Math.abs(dx) + Math.abs(dy));
    if (along <= Math.abs(dx)) {
      return new double[] {legFrom[0] + Math.signum(dx) * along, legFrom[1]};
    }
    return new double[] {legTo[0], legFrom[1] + Math.signum(dy) * (along - Math.abs(dx))};
  }

  @Override
  public double batteryLevel() {
    return batteryLevel;
  }

  /** Whether the pod now being picked waited in the station's queue first. */
  public boolean wasQueued() {
    return wasQueued;
  }

  public boolean needsRepair() {
    return needsRepair;
  }
}
