package org.fcsim.sim;

import umontreal.ssj.simevents.Accumulate;
import umontreal.ssj.simevents.Simulator;

/**
 * A time-weighted statistic of a level that changes by steps (queue length, busy servers),
 * on SSJ's {@link Accumulate}. Keeps the current level itself, so a warm-up reset restarts
 * the average from the level in force rather than from zero.
 */
public final class TimeAverage {
  private final Accumulate accumulate;
  private double level;

  public TimeAverage(Simulator simulator, String name) {
    accumulate = new Accumulate(simulator, name);
    accumulate.init(0);
  }

  public void add(double delta) {
    level += delta;
    accumulate.update(level);
  }

  public double level() {
    return level;
  }

  /** Forgets everything before now; the average restarts from the current level. */
  public void reset() {
    accumulate.init(level);
  }

  /** Time average from the last reset until now. */
  public double average() {
    accumulate.update(level);
    return accumulate.average();
  }
}
