package org.fcsim.scenario;

/**
 * A validated scenario: what to simulate and for how long. All durations are seconds, all
 * rates per second. Built only by {@link ScenarioLoader}, so every value is within its range.
 *
 * @param horizonSec   simulated time of one replication, warm-up included
 * @param warmupSec    statistics are reset at this time; {@code 0 <= warmupSec < horizonSec}
 * @param replications independent replications; replication r uses substream r of every stream
 * @param seed         derives every named random stream
 */
public record Scenario(
    String name,
    double horizonSec,
    double warmupSec,
    int replications,
    long seed,
    DriveUnits driveUnits,
    PickStations pickStations,
    ProblemSolve problemSolve) {

  /**
   * The drive-unit fleet. A trip is: leave storage with a pod, travel to a station, queue,
   * be picked from, travel back to storage; then the next trip starts at once.
   *
   * @param travelToStationSec time from leaving storage to joining a station's queue
   * @param travelToStorageSec time from leaving a station to being ready for the next trip
   */
  public record DriveUnits(int count, DistSpec travelToStationSec, DistSpec travelToStorageSec) {}

  /**
   * Goods-to-person pick stations, each with its own queue of pods.
   *
   * @param pickersPerStation associates picking side by side from one queue (servers)
   * @param policy            name of the {@code StationPolicy} that routes each trip
   * @param unitsPerVisit     units picked from one pod visit (rounded, at least 1)
   * @param pickTimeSec       time to pick one unit
   */
  public record PickStations(
      int count, int pickersPerStation, String policy, DistSpec unitsPerVisit, DistSpec pickTimeSec) {}

  /**
   * The problem-solve desk: exceptions arrive as a Poisson process and wait for the first
   * free problem solver (first come, first served).
   *
   * @param arrivalsPerSec 0 switches the desk off
   */
  public record ProblemSolve(double arrivalsPerSec, int solvers, DistSpec handleTimeSec) {}
}
