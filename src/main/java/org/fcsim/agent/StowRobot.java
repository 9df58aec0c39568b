package org.fcsim.agent;

import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import org.fcsim.sim.Sampler;
import umontreal.ssj.rng.RandomStream;
import umontreal.ssj.simevents.Simulator;

/**
 * A stow robot at a stow station, placing units from the cases waiting onto the pod there. Its
 * cycle:
 * <ol>
 *   <li>IDLE until asked to {@link #place} a unit.</li>
 *   <li>STOWING: attempts, each {@code attemptSec} long, placing the unit with probability
 *       {@code success}, up to 1 + {@code retries} attempts; then the unit is placed, or handed
 *       off (to a person, by whoever asked) after 1 + {@code retries} failures.</li>
 *   <li>A fault takes it DOWN once the unit in hand is done, until {@link #repaired} (a robotics
 *       technician, through robot care); a unit asked for while DOWN waits for the repair. The
 *       time between faults counts operating time only ({@link org.fcsim.sim.FaultClock}): an
 *       idle robot does not wear.</li>
 * </ol>
 * The cycle, availability and utilization are those every robot handling units by attempts
 * shares ({@link AttemptingRobot}).
 */
public final class StowRobot extends AttemptingRobot {
  public enum State { IDLE, STOWING, DOWN }

  private final double success;
  private final Consumer<StowRobot> faults;

  /**
   * @param success        probability that one attempt places the unit
   * @param timeToFaultSec operating seconds to a fault; null: it never faults
   * @param faults         told when the robot goes down, so a technician can be called
   */
  public StowRobot(int index, Simulator simulator, Sampler attemptSec, double success, RandomStream placement,
      int retries, Sampler timeToFaultSec, Consumer<StowRobot> faults) {
    super("stow robot " + index, "stowRobot", index, simulator, attemptSec, placement, retries, timeToFaultSec);
    this.success = success;
    this.faults = faults;
  }

  /** Tries to place one unit; calls {@code onPlaced} or {@code onHandedOff} with the seconds spent on attempts. */
  public void place(DoubleConsumer onPlaced, DoubleConsumer onHandedOff) {
    attempt("stow", success, onPlaced, onHandedOff);
  }

  @Override
  void onFault() {
    faults.accept(this);
  }

  public State state() {
    return switch (phase()) {
      case IDLE -> State.IDLE;
      case WORKING -> State.STOWING;
      case DOWN -> State.DOWN;
    };
  }
}
