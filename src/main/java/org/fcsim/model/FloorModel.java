package org.fcsim.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fcsim.agent.DriveUnit;
import org.fcsim.floor.PickStation;
import org.fcsim.flow.ProblemSolveDesk;
import org.fcsim.policy.StationPolicies;
import org.fcsim.policy.StationPolicy;
import org.fcsim.scenario.DistSpec;
import org.fcsim.scenario.Scenario;
import org.fcsim.sim.Action;
import org.fcsim.sim.Streams;
import org.fcsim.sim.Variates;
import org.fcsim.stats.Metric;
import org.fcsim.stats.ReplicationResult;
import umontreal.ssj.simevents.Simulator;
import umontreal.ssj.simevents.eventlist.Henriksen;
import umontreal.ssj.stat.Tally;

/**
 * One replication of a scenario: builds the floor on its own SSJ {@link Simulator} and its own
 * substreams, runs it to the horizon, and returns plain numbers. A pure function of
 * (scenario, replication index): it reads no global state, so replications may run on any
 * threads in any order and still give identical results.
 *
 * <p>Stream names are {@code <purpose>/<agent>} ({@code travelToStation/du-17}): one stream
 * per agent per purpose, which keeps common random numbers aligned across scenario variants.
 */
public final class FloorModel implements DriveUnit.VisitListener {
  private final Scenario scenario;
  private final Simulator simulator = new Simulator(new Henriksen());
  private final List<PickStation> stations = new ArrayList<>();
  private final List<DriveUnit> driveUnits = new ArrayList<>();
  private final ProblemSolveDesk desk;
  private final Tally stationWaitSec = new Tally("stationWait");
  private final int replication;
  private long podVisits;

  public FloorModel(Scenario scenario, int replication) {
    this.scenario = scenario;
    this.replication = replication;
    simulator.init();
    Streams streams = new Streams(scenario.seed(), replication);
    Scenario.PickStations ps = scenario.pickStations();
    for (int s = 0; s < ps.count(); s++) {
      stations.add(new PickStation(simulator, s, ps.pickersPerStation(),
          Variates.of(ps.pickTimeSec(), streams.stream("pickTime/station-" + s)),
          Variates.of(ps.unitsPerVisit(), streams.stream("unitsPerVisit/station-" + s))));
    }
    List<PickStation> view = List.copyOf(stations);
    StationPolicy policy = StationPolicies.create(ps.policy(), streams.stream("stationPolicy"));
    Scenario.DriveUnits du = scenario.driveUnits();
    for (int d = 0; d < du.count(); d++) {
      driveUnits.add(new DriveUnit(d, simulator, view, policy,
          Variates.of(du.travelToStationSec(), streams.stream("travelToStation/du-" + d)),
          Variates.of(du.travelToStorageSec(), streams.stream("travelToStorage/du-" + d)),
          this));
    }
    Scenario.ProblemSolve exceptions = scenario.problemSolve();
    desk = exceptions.arrivalsPerSec() <= 0 ? null : new ProblemSolveDesk(simulator, exceptions.solvers(),
        Variates.of(new DistSpec.Exponential(1 / exceptions.arrivalsPerSec()), streams.stream("problemSolve/arrivals")),
        Variates.of(exceptions.handleTimeSec(), streams.stream("problemSolve/handleTime")));
  }

  /** Runs the replication to the horizon and reports its metrics (measured after warm-up). */
  public ReplicationResult run() {
    driveUnits.forEach(DriveUnit::start);
    if (desk != null) {
      desk.start();
    }
    new Action(simulator, this::resetStatistics).schedule(scenario.warmupSec());
    new Action(simulator, simulator::stop).schedule(scenario.horizonSec());
    simulator.start();
    return new ReplicationResult(replication, metrics());
  }

  @Override
  public void onPickStarted(PickStation station, double waitSec) {
    stationWaitSec.add(waitSec);
  }

  @Override
  public void onVisitDone(PickStation station, int units) {
    podVisits++;
  }

  private void resetStatistics() {
    stations.forEach(PickStation::resetStatistics);
    stationWaitSec.init();
    podVisits = 0;
    if (desk != null) {
      desk.resetStatistics();
    }
  }

  private Map<Metric, Double> metrics() {
    double hours = (scenario.horizonSec() - scenario.warmupSec()) / 3600;
    long units = stations.stream().mapToLong(PickStation::unitsPicked).sum();
    double podsAtStations = stations.stream().mapToDouble(s -> s.podsPresent().average()).sum();
    double busyPickers = stations.stream().mapToDouble(s -> s.busyPickers().average()).sum();
    int pickers = stations.stream().mapToInt(PickStation::pickers).sum();
    Map<Metric, Double> m = new LinkedHashMap<>();
    m.put(Metrics.UNITS_PER_HOUR, units / hours);
    m.put(Metrics.POD_VISITS_PER_HOUR, podVisits / hours);
    m.put(Metrics.PODS_AT_STATION, podsAtStations / stations.size());
    m.put(Metrics.STATION_WAIT, stationWaitSec.numberObs() == 0 ? 0 : stationWaitSec.average());
    m.put(Metrics.PICKER_UTILIZATION, busyPickers / pickers);
    m.put(Metrics.DRIVE_UNITS_TRAVELLING, driveUnits.size() - podsAtStations);
    if (desk != null) {
      m.put(Metrics.EXCEPTIONS_PER_HOUR, desk.handled() / hours);
      m.put(Metrics.DESK_WAIT, desk.meanWaitSec());
      m.put(Metrics.DESK_QUEUE, desk.meanInQueue());
      m.put(Metrics.SOLVER_UTILIZATION, desk.utilization());
    }
    return m;
  }

  /** The drive units, for tests that check each agent's state. */
  List<DriveUnit> driveUnits() {
    return driveUnits;
  }
}
