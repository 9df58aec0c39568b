package org.fcsim.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.fcsim.agent.DriveUnit;
import org.fcsim.floor.DistributionTravel;
import org.fcsim.floor.GridTravel;
import org.fcsim.floor.Layout;
import org.fcsim.floor.PickStation;
import org.fcsim.floor.Pod;
import org.fcsim.policy.StationPolicies;
import org.fcsim.policy.StationPolicy;
import org.fcsim.scenario.Scenario;
import org.fcsim.sim.Sampler;
import org.fcsim.sim.StreamBank;
import org.fcsim.sim.Streams;
import org.fcsim.sim.Variates;
import org.fcsim.stats.Metric;
import umontreal.ssj.simevents.Simulator;
import umontreal.ssj.stat.Tally;

/**
 * The closed-loop floor ({@code demand.mode: none}): every drive unit loops storage → station
 * → storage with an endless supply of work, so the fleet is a closed queueing network. This
 * is the model the queueing-theory validation runs against.
 *
 * <p>With {@code driveUnits.travel: distributions} (the default) trips take their time from the
 * travel distributions. With {@code grid} or {@code manhattan} they drive on the floor (the
 * generated grid or a map): each trip a unit fetches a pod drawn uniformly among those in
 * storage, takes it to the station the policy chooses and back to its own cell; with
 * {@code floor.traffic} units block each other on the way. A unit that finds every pod out
 * waits for the next one stored.
 *
 * <p>Stream names are {@code <purpose>/<agent>} ({@code travelToStation/du-17}): one stream
 * per agent per purpose, which keeps common random numbers aligned across scenario variants;
 * the drive units' streams of one purpose are kept together in a {@link StreamBank}.
 */
final class ClosedLoop implements DriveUnit.Control, Part {
  private final Scenario scenario;
  private final List<PickStation> stations = new ArrayList<>();
  private final List<DriveUnit> driveUnits = new ArrayList<>();
  private final List<Pod> homePods = new ArrayList<>();
  private final StationPolicy policy;
  private final Tally stationWaitSec = new Tally("stationWait");
  /** On the floor (grid or map travel): the pods, the stored ones first ({@code stored} of them), and units waiting for one. */
  private Pod[] floorPods;
  /** Where each pod (by index) stands in {@code floorPods}. */
  private int[] slot;
  private int stored;
  private final java.util.ArrayDeque<DriveUnit> waitingForPod = new java.util.ArrayDeque<>();
  private final List<umontreal.ssj.rng.RandomStream> podChoice = new ArrayList<>();
  private org.fcsim.floor.MapRoads roads;
  /** On the floor: what the heat maps show; null with travel distributions (no floor). */
  private FloorGrids grids;
  private int[][] stationCells;
  private long podVisits;
  private long visitsEver;
  private long visitsAtLastSample;

  ClosedLoop(Scenario scenario, Simulator simulator, Streams streams) {
    this.scenario = scenario;
    Scenario.PickStations ps = scenario.pickStations();
    for (int s = 0; s < ps.count(); s++) {
      stations.add(new PickStation(simulator, s, Math.max(1, ps.pickersPerStation()),
          Variates.of(ps.pickTimeSec(), streams.stream("pickTime/station-" + s)),
          Variates.of(ps.unitsPerVisit(), streams.stream("unitsPerVisit/station-" + s))));
    }
    policy = StationPolicies.create(ps.policy(), streams.stream("stationPolicy"));
    Scenario.DriveUnits du = scenario.driveUnits();
    if (!du.travel().equals("distributions")) {
      placeOnTheFloor(simulator, streams);
      return;
    }
    IntFunction<Sampler> toStation = new StreamBank(streams, "travelToStation/du-", du.count())
        .samplers(du.travelToStationSec());
    IntFunction<Sampler> toStorage = new StreamBank(streams, "travelToStorage/du-", du.count())
        .samplers(du.travelToStorageSec());
    for (int d = 0; d < du.count(); d++) {
      homePods.add(new Pod(d, new int[] {0, 0}, 0)); // each unit's stand-in pod: the loop has endless work
      driveUnits.add(new DriveUnit(d, simulator, new int[] {0, 0}, this,
          new DistributionTravel(toStation.apply(d), toStorage.apply(d))));
    }
  }

  private void placeOnTheFloor(Simulator simulator, Streams streams) {
    Scenario.DriveUnits du = scenario.driveUnits();
    Layout layout = Layout.of(scenario.floor(), du);
    stationCells = new int[stations.size()][];
    for (int s = 0; s < stationCells.length; s++) {
      stationCells[s] = layout.stationCell(s, stationCells.length);
    }
    floorPods = new Pod[scenario.floor().pods()];
    for (int p = 0; p < floorPods.length; p++) {
      int[] cell = layout.podCell(p, floorPods.length);
      floorPods[p] = new Pod(p, cell, layout.zoneOf(cell));
    }
    stored = floorPods.length;
    slot = new int[floorPods.length];
    for (int p = 0; p < slot.length; p++) {
      slot[p] = p;
    }
    int[][] starts = new int[du.count()][];
    for (int d = 0; d < du.count(); d++) {
      starts[d] = floorPods[d % floorPods.length].cell();
    }
    roads = Traffic.roads(scenario, simulator, layout, stationCells, new int[0][], starts);
    StreamBank podChoices = new StreamBank(streams, "podChoice/du-", du.count());
    grids = new FloorGrids(scenario, roads);
    for (int d = 0; d < du.count(); d++) {
      GridTravel travel = new GridTravel(layout, stationCells, du.liftSec());
      grids.trace(travel);
      DriveUnit unit = new DriveUnit(d, simulator, starts[d], this, travel);
      unit.recordOn(grids.heat());
      if (roads != null) {
        unit.driveOn(roads, du.liftSec());
      }
      driveUnits.add(unit);
      podChoice.add(podChoices.stream(d));
    }
  }

  @Override
  public void start() {
    driveUnits.forEach(this::onIdle);
  }

  @Override
  public void onIdle(DriveUnit unit) {
    Pod pod;
    if (floorPods == null) {
      pod = homePods.get(unit.index());
    } else if (stored == 0) {
      waitingForPod.addLast(unit);
      return;
    } else {
      pod = floorPods[podChoice.get(unit.index()).nextInt(0, stored - 1)];
      swap(pod, floorPods[--stored]);
    }
    PickStation station = policy.choose(stations);
    station.commit();
    pod.setState(Pod.State.CALLED);
    unit.fetch(pod, station);
  }

  @Override
  public void onPodStored(DriveUnit unit, Pod pod) {
    if (floorPods == null) {
      return;
    }
    swap(pod, floorPods[stored++]);
    DriveUnit waiting = waitingForPod.pollFirst();
    if (waiting != null) {
      onIdle(waiting);
    }
  }

  private void swap(Pod a, Pod b) {
    int at = slot[a.index()];
    floorPods[slot[b.index()]] = a;
    slot[a.index()] = slot[b.index()];
    floorPods[at] = b;
    slot[b.index()] = at;
  }

  @Override
  public void onPickStarted(DriveUnit unit, PickStation station, double waitSec) {
    stationWaitSec.add(waitSec);
  }

  @Override
  public void onVisitDone(DriveUnit unit, PickStation station, int units) {
    podVisits++;
    visitsEver++;
  }

  @Override
  public void sample(Map<Metric, Double> into) {
    into.put(Metrics.POD_VISITS_PER_HOUR, (double) (visitsEver - visitsAtLastSample));
    visitsAtLastSample = visitsEver;
    into.put(Metrics.PODS_QUEUED, (double) stations.stream().mapToInt(PickStation::queueLength).sum());
  }

  @Override
  public void resetStatistics() {
    if (roads != null) {
      roads.traffic().resetStatistics();
    }
    if (grids != null) {
      grids.reset();
    }
    stations.forEach(PickStation::resetStatistics);
    stationWaitSec.init();
    podVisits = 0;
  }

  @Override
  public void addMetrics(double hours, Map<Metric, Double> m) {
    long units = stations.stream().mapToLong(PickStation::unitsPicked).sum();
    double podsAtStations = stations.stream().mapToDouble(s -> s.podsPresent().average()).sum();
    double busyPickers = stations.stream().mapToDouble(s -> s.busyPickers().average()).sum();
    int pickers = stations.stream().mapToInt(PickStation::pickers).sum();
    m.put(Metrics.UNITS_PER_HOUR, units / hours);
    m.put(Metrics.POD_VISITS_PER_HOUR, podVisits / hours);
    m.put(Metrics.PODS_AT_STATION, podsAtStations / stations.size());
    m.put(Metrics.STATION_WAIT, stationWaitSec.numberObs() == 0 ? 0 : stationWaitSec.average());
    m.put(Metrics.PICKER_UTILIZATION, busyPickers / pickers);
    m.put(Metrics.DRIVE_UNITS_TRAVELLING, driveUnits.size() - podsAtStations);
    Traffic.addMetrics(roads, driveUnits.size(), hours, m);
  }

  @Override
  public void snapshot(ReplayProbe probe) {
    if (stationCells != null) {
      probe.units(driveUnits);
      probe.stations(stations, stationCells);
    }
  }

  @Override
  public void addGrids(double hours, Map<Metric, double[]> into) {
    if (grids != null) {
      grids.addTo(into);
    }
  }

  @Override
  public void checkInvariants(double now) {
    int atStations = 0;
    for (PickStation s : stations) {
      atStations += s.committedPods();
      if (s.queueLength() < 0 || s.committedPods() < 0) {
        throw new IllegalStateException("negative queue at station " + s.index() + " at t=" + now + " s");
      }
    }
    if (atStations != driveUnits.size() - (int) driveUnits.stream().filter(d -> d.state() == DriveUnit.State.TO_STORAGE).count()) {
      throw new IllegalStateException("drive units committed to stations (" + atStations
          + ") do not match drive units not returning to storage, at t=" + now + " s");
    }
  }

  List<DriveUnit> driveUnits() {
    return driveUnits;
  }
}
