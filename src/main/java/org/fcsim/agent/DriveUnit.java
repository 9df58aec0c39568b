package org.fcsim.agent;

import java.util.List;
import org.fcsim.floor.PickStation;
import org.fcsim.policy.StationPolicy;
import org.fcsim.sim.Action;
import org.fcsim.sim.Sampler;
import umontreal.ssj.simevents.Simulator;

/**
 * A Kiva-style drive unit carrying pods between storage and pick stations. Its cycle:
 * <ol>
 *   <li>In storage with a pod: the {@link StationPolicy} picks a station; travel there.</li>
 *   <li>{@link #onArrivedAtStation}: join the station (picked at once, or queue).</li>
 *   <li>{@link #beginPick}: a picker works on the pod; {@link #onPicked} when done.</li>
 *   <li>Travel back to storage; {@link #onBackInStorage} starts the next trip at once.</li>
 * </ol>
 */
public final class DriveUnit {
  /** Where a drive unit is in its cycle; exactly one at any time. */
  public enum State { IDLE, TO_STATION, QUEUED, PICKING, TO_STORAGE }

  private final int index;
  private final Simulator simulator;
  private final List<PickStation> stations;
  private final StationPolicy policy;
  private final Sampler travelToStationSec;
  private final Sampler travelToStorageSec;
  private final VisitListener listener;
  private final Action arrivedAtStation;
  private final Action picked;
  private final Action backInStorage;
  private State state = State.IDLE;
  private PickStation station;
  private double arrivedAt;
  private int unitsOnVisit;

  /** Told of each pod visit's milestones; how the model counts waiting and throughput. */
  public interface VisitListener {
    /** A picker started on the pod after it waited {@code waitSec} in the station queue. */
    void onPickStarted(PickStation station, double waitSec);

    /** The pod leaves {@code station} with {@code units} picked from it. */
    void onVisitDone(PickStation station, int units);
  }

  public DriveUnit(int index, Simulator simulator, List<PickStation> stations, StationPolicy policy,
      Sampler travelToStationSec, Sampler travelToStorageSec, VisitListener listener) {
    this.index = index;
    this.simulator = simulator;
    this.stations = stations;
    this.policy = policy;
    this.travelToStationSec = travelToStationSec;
    this.travelToStorageSec = travelToStorageSec;
    this.listener = listener;
    this.arrivedAtStation = new Action(simulator, this::onArrivedAtStation);
    this.picked = new Action(simulator, this::onPicked);
    this.backInStorage = new Action(simulator, this::onBackInStorage);
  }

  /** Starts the first trip now. */
  public void start() {
    startTrip();
  }

  private void startTrip() {
    station = policy.choose(stations);
    station.commit();
    state = State.TO_STATION;
    arrivedAtStation.schedule(travelToStationSec.sample());
  }

  void onArrivedAtStation() {
    arrivedAt = simulator.time();
    station.onPodArrived(this);
  }

  /** Called by the station when the pod must wait for a picker. */
  public void onQueued() {
    state = State.QUEUED;
  }

  /** Called by the station when a picker starts on this pod; the pick lasts {@code durationSec}. */
  public void beginPick(PickStation at, int units, double durationSec) {
    if (at != station) {
      throw new IllegalStateException("drive unit " + index + " is picked at station " + at.index()
          + " but was sent to station " + station.index());
    }
    state = State.PICKING;
    unitsOnVisit = units;
    listener.onPickStarted(station, simulator.time() - arrivedAt);
    picked.schedule(durationSec);
  }

  void onPicked() {
    PickStation left = station;
    station = null;
    state = State.TO_STORAGE;
    left.onPodLeft(this, unitsOnVisit);
    listener.onVisitDone(left, unitsOnVisit);
    backInStorage.schedule(travelToStorageSec.sample());
  }

  void onBackInStorage() {
    startTrip();
  }

  public int index() {
    return index;
  }

  public State state() {
    return state;
  }

  /** The station this unit is bound for or at; {@code null} while returning to storage. */
  public PickStation station() {
    return station;
  }
}
