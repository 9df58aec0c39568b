package org.fcsim.floor;

import org.fcsim.scenario.Scenario;

/**
 * How long a drive unit takes for a straight leg and a quarter turn. With {@code travel: grid}
 * each leg accelerates from standstill to cruise speed and brakes to standstill (a triangular
 * profile if the leg is short), and a quarter turn takes a quarter of {@code fullTurnTime}; with
 * {@code travel: manhattan} a leg takes its length over the speed and turns take nothing.
 * A leg's time is subadditive (never more than the legs it could be split into), which least-time
 * paths rely on.
 */
public record Kinematics(double speedMetersPerSec, double accelMetersPerSec2, double quarterTurnSec, boolean accelerates) {

  public static Kinematics of(Scenario.DriveUnits driveUnits) {
    boolean manhattan = driveUnits.travel().equals("manhattan");
    return new Kinematics(driveUnits.speedMetersPerSec(), driveUnits.accelerationMetersPerSec2(),
        manhattan ? 0 : driveUnits.fullTurnSec() / 4, !manhattan);
  }

  /** Time for a straight leg from standstill to standstill. */
  public double legSec(double meters) {
    if (meters <= 0) {
      return 0;
    }
    if (!accelerates) {
      return meters / speedMetersPerSec;
    }
    double speed = speedMetersPerSec;
    double rampMeters = speed * speed / accelMetersPerSec2; // accelerate and brake
    return meters >= rampMeters ? meters / speed + speed / accelMetersPerSec2 : 2 * Math.sqrt(meters / accelMetersPerSec2);
  }
}
