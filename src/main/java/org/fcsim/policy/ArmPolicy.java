package org.fcsim.policy;

import org.fcsim.scenario.Scenario;

/**
 * Decides, for each unit at a station with a robotic arm, whether the arm tries it or it goes
 * straight to a person. Called once per unit, before the first attempt.
 */
public interface ArmPolicy {
  boolean armTries(Scenario.ItemClass itemClass);
}
