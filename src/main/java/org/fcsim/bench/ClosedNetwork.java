package org.fcsim.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.fcsim.analysis.MeanValueAnalysis;
import org.fcsim.model.FloorModel;
import org.fcsim.model.Metrics;
import org.fcsim.scenario.Quantities;
import org.fcsim.scenario.Scenario;
import org.fcsim.scenario.ScenarioLoader;
import org.fcsim.stats.ReplicationResult;

/**
 * Bench case (a), the closed-network reference model: {@code driveUnits} drive units, single-picker
 * stations chosen uniformly at random, exponential travel of 30 s to the station and 30 s back,
 * exponential picks of 3 s. Run through fcsim ({@link #runFcsim}) and on SSJ alone
 * ({@link BaselineNetwork}) for the same horizon: the time exact Mean Value Analysis says the
 * network needs for {@code picks} picks. Both report the picks they actually completed.
 */
final class ClosedNetwork {
  static final double TRAVEL_EACH_WAY_SEC = 30;
  static final double PICK_SEC = 3;
  static final long SEED = 1980;

  private final int driveUnits;
  private final int stations;
  private final double mvaPicksPerSec;
  private final double horizonSec;
  private final Scenario scenario;

  /** Solves the network and writes fcsim's scenario now, so that a timed run only runs. */
  ClosedNetwork(int driveUnits, int stations, long picks) {
    this.driveUnits = driveUnits;
    this.stations = stations;
    List<MeanValueAnalysis.Station> list = new ArrayList<>();
    for (int k = 0; k < stations; k++) {
      list.add(new MeanValueAnalysis.Station("station-" + k, 1.0 / stations, PICK_SEC));
    }
    this.mvaPicksPerSec = MeanValueAnalysis.solve(driveUnits, 2 * TRAVEL_EACH_WAY_SEC, list).throughputPerSec();
    this.horizonSec = Math.ceil(picks / mvaPicksPerSec);
    this.scenario = scenario();
  }

  int stations() {
    return stations;
  }

  /** Exact throughput in picks per second (one pick per trip). */
  double mvaPicksPerSec() {
    return mvaPicksPerSec;
  }

  /** Whole seconds in which the network completes the requested picks on average. */
  double horizonSec() {
    return horizonSec;
  }

  private Scenario scenario() {
    return ScenarioLoader.parse("bench-closed-network.yaml", yaml().getBytes(StandardCharsets.UTF_8)).scenario();
  }

  /** The network as a scenario file: what {@code fcsim run} takes in the whole-process case. */
  String yaml() {
    return String.format("""
        name: bench-closed-network
        horizon: %s
        warmup: 0s
        replications: 1
        seed: %d
        driveUnits:
          count: %d
          travelToStation: { dist: exponential, mean: %ss }
          travelToStorage: { dist: exponential, mean: %ss }
        pickStations:
          count: %d
          pickersPerStation: 1
          policy: uniformRandom
          unitsPerVisit: 1
          pickTime: { dist: exponential, mean: %ss }
        """, Quantities.formatDuration(horizonSec), SEED, driveUnits, Quantities.plain(TRAVEL_EACH_WAY_SEC),
        Quantities.plain(TRAVEL_EACH_WAY_SEC), stations, Quantities.plain(PICK_SEC));
  }

  int driveUnits() {
    return driveUnits;
  }

  /** Picks completed by fcsim's closed loop over the horizon, on {@code events}. */
  long runFcsim(CountingEventList events) {
    ReplicationResult result = new FloorModel(scenario, 0, events).run();
    double hours = (scenario.horizonSec() - scenario.warmupSec()) / 3600;
    return Math.round(result.get(Metrics.POD_VISITS_PER_HOUR.name()) * hours);
  }

  /** Picks completed by the SSJ-only model ({@link BaselineNetwork}) over the same horizon, on {@code events}. */
  long runBaseline(CountingEventList events) {
    return new BaselineNetwork(driveUnits, stations, TRAVEL_EACH_WAY_SEC, PICK_SEC, SEED, events).run(horizonSec);
  }
}
