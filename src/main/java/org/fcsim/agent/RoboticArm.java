package org.fcsim.agent;

import java.util.function.DoubleConsumer;
import org.fcsim.sim.Sampler;
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
 *       operating time only ({@link org.fcsim.sim.FaultClock}): an idle arm does not wear.</li>
 * </ol>
 * The cycle, availability and utilization are those every robot handling units by attempts
 * shares ({@link AttemptingRobot}).
 */
public final class RoboticArm extends AttemptingRobot {
  public enum State { IDLE, PICKING, DOWN }

  /** Told when the arm faults, so a technician can be called. */
  public interface FaultListener {
    void onArmFault(RoboticArm arm);
  }

  private final FaultListener faults;

  public RoboticArm(int index, Simulator simulator, Sampler attemptSec, RandomStream grasp, int retries,
      Sampler timeToFaultSec, FaultListener faults) {
    super("arm " + index, "arm", index, simulator, attemptSec, grasp, retries, timeToFaultSec);
    this.faults = faults;
  }

  /**
   * Tries to pick one unit with grasp probability {@code graspSuccess}. Calls {@code onSuccess}
   * or {@code onFailure} with the seconds spent on attempts.
   */
  public void pick(double graspSuccess, DoubleConsumer onSuccess, DoubleConsumer onFailure) {
    attempt("pick", graspSuccess, onSuccess, onFailure);
  }

  @Override
  void onFault() {
    faults.onArmFault(this);
  }

  public State state() {
    return switch (phase()) {
      case IDLE -> State.IDLE;
      case WORKING -> State.PICKING;
      case DOWN -> State.DOWN;
    };
  }
}
