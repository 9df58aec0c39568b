package org.fcsim.agent;

import java.util.function.DoubleConsumer;
import org.fcsim.sim.Action;
import org.fcsim.sim.FaultClock;
import org.fcsim.sim.Sampler;
import org.fcsim.sim.TimeAverage;
import umontreal.ssj.rng.RandomStream;
import umontreal.ssj.simevents.Simulator;

/**
 * A robotic picking arm at a station. Its cycle:
 * <ol>
 *   <li>IDLE until asked to {@link #pick} a unit.</li>
 *   <li>PICKING: attempts, each {@code attemptSec} long, succeeding with the item class's grasp
 *       probability, up to 1 + {@code retries} attempts; then reports success or failure.</li>
 *   <li>A fault takes it DOWN once the current unit is done, until {@link #repaired}; a pick
 *       asked for while DOWN waits for the repair. The time between faults counts the arm's
 *       operating time only ({@link FaultClock}): an idle arm does not wear.</li>
 * </ol>
 */
public final class RoboticArm {
  public enum State { IDLE, PICKING, DOWN }

  /** Told when the arm faults, so a technician can be called. */
  public interface FaultListener {
    void onArmFault(RoboticArm arm);
  }

  private final int index;
  private final Simulator simulator;
  private final Sampler attemptSec;
  private final RandomStream grasp;
  private final int retries;
  private final FaultClock faultClock;
  private final FaultListener faults;
  private final TimeAverage down;
  private final TimeAverage busy;
  private State state = State.IDLE;
  private boolean faultPending;
  private Runnable waitingForRepair;

  public RoboticArm(int index, Simulator simulator, Sampler attemptSec, RandomStream grasp, int retries,
      Sampler timeToFaultSec, FaultListener faults) {
    this.index = index;
    this.simulator = simulator;
    this.attemptSec = attemptSec;
    this.grasp = grasp;
    this.retries = retries;
    this.faultClock = new FaultClock(timeToFaultSec);
    this.faults = faults;
    this.down = new TimeAverage(simulator, "armDown" + index);
    this.busy = new TimeAverage(simulator, "armBusy" + index);
  }

  /**
   * Tries to pick one unit with grasp probability {@code graspSuccess}. Calls {@code onSuccess}
   * or {@code onFailure} with the seconds spent on attempts.
   */
  public void pick(double graspSuccess, DoubleConsumer onSuccess, DoubleConsumer onFailure) {
    if (state == State.DOWN) {
      waitingForRepair = () -> pick(graspSuccess, onSuccess, onFailure);
      return;
    }
    if (state != State.IDLE) {
      throw new IllegalStateException("arm " + index + " asked to pick while " + state + " (t=" + simulator.time() + " s)");
    }
    double spent = 0;
    boolean success = false;
    for (int attempt = 0; attempt <= retries && !success; attempt++) {
      spent += attemptSec.sample();
      success = grasp.nextDouble() < graspSuccess;
    }
    state = State.PICKING;
    busy.add(1);
    faultPending = faultClock.operate(spent);
    boolean outcome = success;
    double sec = spent;
    new Action(simulator, () -> {
      state = State.IDLE;
      busy.add(-1);
      if (faultPending) {
        goDown();
      }
      (outcome ? onSuccess : onFailure).accept(sec);
    }).schedule(spent);
  }

  private void goDown() {
    faultPending = false;
    state = State.DOWN;
    down.add(1);
    faults.onArmFault(this);
  }

  /** A technician has repaired the arm: it works again and its fault clock restarts. */
  public void repaired() {
    if (state != State.DOWN) {
      throw new IllegalStateException("arm " + index + " repaired while " + state + " (t=" + simulator.time() + " s)");
    }
    state = State.IDLE;
    down.add(-1);
    faultClock.restart();
    Runnable waiting = waitingForRepair;
    waitingForRepair = null;
    if (waiting != null) {
      waiting.run();
    }
  }

  public int index() {
    return index;
  }

  public State state() {
    return state;
  }

  /**
   * Operating-time availability since the last reset: the share of the time the arm was picking
   * or down that it was picking; MTBF / (MTBF + mean down time) in the long run, however long
   * it stood idle. 1 if it did neither.
   */
  public double availability() {
    double picking = busy.average();
    double broken = down.average();
    return picking + broken > 0 ? picking / (picking + broken) : 1;
  }

  /** Fraction of the time since the last reset the arm was not down (idle time included). */
  public double upFraction() {
    return 1 - down.average();
  }

  public double utilization() {
    return busy.average();
  }

  public void resetStatistics() {
    down.reset();
    busy.reset();
  }
}
