package org.fcsim.validation;

import org.fcsim.scenario.DistSpec;
import org.fcsim.scenario.Scenario;

/** Scenarios built in code for the validation tests. */
final class Scenarios {
  private Scenarios() {}

  /** Drive units cycling through stations; the problem-solve desk is off. */
  static Scenario closedLoop(int driveUnits, int stations, DistSpec travelEachWay, DistSpec pick, String policy,
      double horizonSec, int replications) {
    return new Scenario("closed-loop", horizonSec, 3600, replications, 1980,
        new Scenario.DriveUnits(driveUnits, travelEachWay, travelEachWay),
        new Scenario.PickStations(stations, 1, policy, new DistSpec.Constant(1), pick),
        new Scenario.ProblemSolve(0, 1, new DistSpec.Exponential(1)));
  }

  /** Only the problem-solve desk: Poisson arrivals, {@code solvers} servers. */
  static Scenario desk(double arrivalsPerHour, int solvers, DistSpec handle, double horizonSec, int replications) {
    return new Scenario("desk", horizonSec, 50 * 3600, replications, 1917,
        new Scenario.DriveUnits(0, new DistSpec.Exponential(1), new DistSpec.Exponential(1)),
        new Scenario.PickStations(1, 1, "uniformRandom", new DistSpec.Constant(1), new DistSpec.Exponential(1)),
        new Scenario.ProblemSolve(arrivalsPerHour / 3600, solvers, handle));
  }
}
