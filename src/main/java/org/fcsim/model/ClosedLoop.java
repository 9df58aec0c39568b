package org.fcsim.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fcsim.agent.DriveUnit;
import org.fcsim.floor.DistributionTravel;
import org.fcsim.floor.PickStation;
import org.fcsim.floor.Pod;
import org.fcsim.policy.StationPolicies;
import org.fcsim.policy.StationPolicy;
import org.fcsim.scenario.Scenario;
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
 * <p>Stream names are {@code <purpose>/<agent>} ({@code travelToStation/du-17}): one stream
 * per agent per purpose, which keeps common random numbers aligned across scenario variants.
 */
final class ClosedLoop implements DriveUnit.Control, Part {
  private final Scenario scenario;
  private final List<PickStation> stations = new ArrayList<>();
  private final List<DriveUnit> driveUnits = new ArrayList<>();
  private final List<Pod> homePods = new ArrayList<>();
  private final StationPolicy policy;
  private final Tally stationWaitSec = new Tally("stationWait");
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
    for (int d = 0; d < du.count(); d++) {
      homePods.add(new Pod(d, new int[] {0, 0}, 0)); // each unit's stand-in pod: the loop has endless work
      driveUnits.add(new DriveUnit(d, simulator, new int[] {0, 0}, this, new DistributionTravel(
          Variates.of(du.travelToStationSec(), streams.stream("travelToStation/du-" + d)),
          Variates.of(du.travelToStorageSec(), streams.stream("travelToStorage/du-" + d)))));
    }
  }

  @Override
  public void start() {
    driveUnits.forEach(this::onIdle);
  }

  @Override
  public void onIdle(DriveUnit unit) {
    PickStation station = policy.choose(stations);
    station.commit();
    homePods.get(unit.index()).setState(Pod.State.CALLED);
    unit.fetch(homePods.get(unit.index()), station);
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
