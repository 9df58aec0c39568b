package org.fcsim.agent;

import java.util.function.DoubleConsumer;
import org.fcsim.sim.Action;
import org.fcsim.sim.FaultClock;
import org.fcsim.sim.Sampler;
import org.fcsim.sim.TimeAverage;
import umontreal.ssj.rng.RandomStream;
import umontreal.ssj.simevents.Simulator;

/**
 * What robots that handle one unit at a time by attempts share (a picking arm's grasps, a stow
 * robot's placements): their cycle, fault clock and statistics. The cycle:
 * <ol>
 *   <li>IDLE until asked to {@link #attempt} a unit.</li>
 *   <li>WORKING: attempts, each {@code attemptSec} long, succeeding with the probability asked
 *       for, up to 1 + {@code retries} attempts; then success or failure, with the seconds spent.
 *       The attempts and their outcomes are drawn when the unit starts, in that order per attempt.</li>
 *   <li>A fault takes it DOWN once the unit in hand is done (before its outcome is told), until
 *       {@link #repaired}; a unit asked for while DOWN waits for the repair. The time between
 *       faults counts operating time only ({@link FaultClock}): an idle robot does not wear.</li>
 * </ol>
 */
abstract class AttemptingRobot {
  enum Phase { IDLE, WORKING, DOWN }

  private final int index;
  private final String name;
  private final Simulator simulator;
  private final Sampler attemptSec;
  private final RandomStream outcomes;
  private final int retries;
  private final FaultClock faultClock;
  private final TimeAverage down;
  private final TimeAverage busy;
  private Phase phase = Phase.IDLE;
  private boolean faultPending;
  private Runnable waitingForRepair;

  /**
   * @param name           the robot in error messages ("arm 3")
   * @param statsName      prefix of its time averages' names ("arm")
   * @param timeToFaultSec operating seconds to a fault; null: it never faults
   */
  AttemptingRobot(String name, String statsName, int index, Simulator simulator, Sampler attemptSec, RandomStream outcomes,
      int retries, Sampler timeToFaultSec) {
    this.index = index;
    this.name = name;
    this.simulator = simulator;
    this.attemptSec = attemptSec;
    this.outcomes = outcomes;
    this.retries = retries;
    this.faultClock = new FaultClock(timeToFaultSec);
    this.down = new TimeAverage(simulator, statsName + "Down" + index);
    this.busy = new TimeAverage(simulator, statsName + "Busy" + index);
  }

  /** Works one unit with success probability {@code success} per attempt; {@code verb} names the work in errors. */
  void attempt(String verb, double success, DoubleConsumer onSuccess, DoubleConsumer onFailure) {
    if (phase == Phase.DOWN) {
      waitingForRepair = () -> attempt(verb, success, onSuccess, onFailure);
      return;
    }
    if (phase != Phase.IDLE) {
      throw new IllegalStateException(name + " asked to " + verb + " while " + phase + " (t=" + simulator.time() + " s)");
    }
    double spent = 0;
    boolean succeeded = false;
    for (int attempt = 0; attempt <= retries && !succeeded; attempt++) {
      spent += attemptSec.sample();
      succeeded = outcomes.nextDouble() < success;
    }
    phase = Phase.WORKING;
    busy.add(1);
    faultPending = faultClock.operate(spent);
    boolean outcome = succeeded;
    double sec = spent;
    new Action(simulator, () -> {
      phase = Phase.IDLE;
      busy.add(-1);
      if (faultPending) {
        goDown();
      }
      (outcome ? onSuccess : onFailure).accept(sec);
    }).schedule(spent);
  }

  private void goDown() {
    faultPending = false;
    phase = Phase.DOWN;
    down.add(1);
    onFault();
  }

  /** It has gone down: a technician is to be called. */
  abstract void onFault();

  /** A technician has repaired the robot: it works again, its fault clock restarts, and a unit asked for while down starts. */
  public void repaired() {
    if (phase != Phase.DOWN) {
      throw new IllegalStateException(name + " repaired while " + phase + " (t=" + simulator.time() + " s)");
    }
    phase = Phase.IDLE;
    down.add(-1);
    faultClock.restart();
    Runnable waiting = waitingForRepair;
    waitingForRepair = null;
    if (waiting != null) {
      waiting.run();
    }
  }

  Phase phase() {
    return phase;
  }

  public int index() {
    return index;
  }

  /**
   * Operating-time availability since the last reset: the share of the time it was working or
   * down that it was working; MTBF / (MTBF + mean down time) in the long run, however long it
   * stood idle. 1 if it did neither.
   */
  public double availability() {
    double working = busy.average();
    double broken = down.average();
    return working + broken > 0 ? working / (working + broken) : 1;
  }

  /** Fraction of the time since the last reset it was not down (idle time included). */
  public double upFraction() {
    return 1 - down.average();
  }

  /** Fraction of the time since the last reset it was working. */
  public double utilization() {
    return busy.average();
  }

  /** Working time over the time it was not down, since the last reset; 0 if it was down throughout. */
  public double utilizationOfAvailable() {
    return upFraction() > 0 ? utilization() / upFraction() : 0;
  }

  public void resetStatistics() {
    down.reset();
    busy.reset();
  }
}
