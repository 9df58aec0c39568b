package org.fcsim.sim;

/**
 * When a robot's next fault falls due, counted in its operating time only: an idle robot, or
 * one off for the night, does not wear. Times to a fault are drawn from {@code timeToFaultSec}
 * (operating seconds): one when the clock is made, one at each {@link #restart()}.
 *
 * <p>The owner calls {@link #operate} before each stretch of work it already knows the length
 * of (an attempt, a pack); a fault that falls inside the stretch is reported then, and by
 * convention the robot finishes the stretch before it goes down, as a person finishes the task
 * in hand.
 */
public final class FaultClock {
  private final Sampler timeToFaultSec;
  private double remainingSec;

  /** @param timeToFaultSec operating seconds to a fault; null: the robot never faults */
  public FaultClock(Sampler timeToFaultSec) {
    this.timeToFaultSec = timeToFaultSec;
    this.remainingSec = timeToFaultSec == null ? Double.POSITIVE_INFINITY : timeToFaultSec.sample();
  }

  /**
   * The robot is about to operate for {@code sec}; returns whether its fault falls due within
   * that time (reaching it exactly counts). After a true, the clock stays due until {@link #restart()}.
   */
  public boolean operate(double sec) {
    if (remainingSec <= 0) {
      return true;
    }
    remainingSec -= sec;
    if (remainingSec <= 0) {
      remainingSec = 0;
      return true;
    }
    return false;
  }

  /** Repaired: a fresh time to the next fault, counted from now. */
  public void restart() {
    if (timeToFaultSec != null) {
      remainingSec = timeToFaultSec.sample();
    }
  }

  /** Operating seconds left before the next fault; infinite if the robot never faults. */
  public double remainingSec() {
    return remainingSec;
  }
}
