package org.fcsim.agent;

/**
 * A robot that drives to a charger when its battery runs low: what the charging service needs
 * of it. The service calls {@link #goCharge}, then {@link #startCharging} when a charger is
 * free, then {@link #chargeDone} when the battery is full.
 */
public interface Rechargeable {
  /** Charge left, from 0 (empty) to 1 (full). */
  double batteryLevel();

  /** Drive to {@code charger}; {@code arrived} runs on arrival, from where the robot waits for it to be free. */
  void goCharge(int[] charger, Runnable arrived);

  void startCharging();

  /** The battery is full; the robot goes back to work. */
  void chargeDone();

  /** Identifies the robot among its kind (which charger it heads for). */
  int index();
}
