package org.fcsim.agent;

import java.util.function.DoubleConsumer;
import org.fcsim.sim.Action;
import org.fcsim.sim.FaultClock;
import org.fcsim.sim.Sampler;
import org.fcsim.sim.TimeAverage;
import umontreal.ssj.rng.RandomStream;
import umontreal.ssj.simevents.Simulator;

/**
 * A pack machine (automatic bagger or box-on-demand) packing one order at a time. Its cycle:
 * <ol>
 *   <li>IDLE until asked to {@link #pack} an order.</li>
 *   <li>PACKING for {@code machineSec}; then the order is packed, or, with probability
 *       {@code jamPerOrder} (drawn once per order), it jams the machine.</li>
 *   <li>A jam leaves the machine JAMMED, and the order unpacked, until a person has
 *       {@link #cleared} it; the owner is told ({@link Stoppages#onJam}) and finds the person, and
 *       the order goes to people.</li>
 *   <li>A fault takes it DOWN once the order in hand is done (and a jam on it cleared), until
 *       {@link #repaired}. The time between faults counts packing time only ({@link FaultClock}):
 *       an idle or jammed machine does not wear.</li>
 * </ol>
 * The owner sends orders only to an IDLE machine.
 */
public final class PackMachine {
  public enum State { IDLE, PACKING, JAMMED, DOWN }

  /** Told when the machine stops, so a person can clear it or a technician repair it. */
  public interface Stoppages {
    void onJam(PackMachine machine);

    void onFault(PackMachine machine);
  }

  private final int index;
  private final Simulator simulator;
  private final Sampler machineSec;
  private final RandomStream jams;
  private final double jamPerOrder;
  private final FaultClock faultClock;
  private final Stoppages stoppages;
  private final TimeAverage packing;
  private final TimeAverage jammed;
  private final TimeAverage down;
  private State state = State.IDLE;
  private boolean faultPending;

  /**
   * @param machineSec     seconds to pack one order
   * @param jams           the stream of the per-order jam draws
   * @param timeToFaultSec operating seconds to a fault; null: it never faults
   */
  public PackMachine(int index, Simulator simulator, Sampler machineSec, RandomStream jams, double jamPerOrder,
      Sampler timeToFaultSec, Stoppages stoppages) {
    this.index = index;
    this.simulator = simulator;
    this.machineSec = machineSec;
    this.jams = jams;
    this.jamPerOrder = jamPerOrder;
    this.faultClock = new FaultClock(timeToFaultSec);
    this.stoppages = stoppages;
    this.packing = new TimeAverage(simulator, "packMachineBusy" + index);
    this.jammed = new TimeAverage(simulator, "packMachineJammed" + index);
    this.down = new TimeAverage(simulator, "packMachineDown" + index);
  }

  /**
   * Packs one order: after the machine time, {@code onPacked} learns the seconds it took, or, if
   * the order jammed the machine, {@link Stoppages#onJam} is told and then {@code onJammed} runs.
   *
   * @throws IllegalStateException unless the machine is IDLE
   */
  public void pack(DoubleConsumer onPacked, Runnable onJammed) {
    if (state != State.IDLE) {
      throw new IllegalStateException("pack machine " + index + " asked to pack while " + state
          + " (t=" + simulator.time() + " s)");
    }
    double sec = machineSec.sample();
    boolean jam = jams.nextDouble() < jamPerOrder;
    state = State.PACKING;
    packing.add(1);
    faultPending = faultClock.operate(sec);
    new Action(simulator, () -> {
      packing.add(-1);
      if (jam) {
        onJammed();
        onJammed.run();
      } else {
        onPackDone();
        onPacked.accept(sec);
      }
    }).schedule(sec);
  }

  private void onJammed() {
    state = State.JAMMED;
    jammed.add(1);
    stoppages.onJam(this);
  }

  private void onPackDone() {
    state = State.IDLE;
    if (faultPending) {
      goDown();
    }
  }

  /** A person has cleared the jam: the machine packs again, or goes down if a fault fell due. */
  public void cleared() {
    if (state != State.JAMMED) {
      throw new IllegalStateException("pack machine " + index + " cleared while " + state + " (t=" + simulator.time() + " s)");
    }
    jammed.add(-1);
    onPackDone();
  }

  private void goDown() {
    faultPending = false;
    state = State.DOWN;
    down.add(1);
    stoppages.onFault(this);
  }

  /** A technician has repaired the machine: it is IDLE again and its fault clock restarts. */
  public void repaired() {
    if (state != State.DOWN) {
      throw new IllegalStateException("pack machine " + index + " repaired while " + state + " (t=" + simulator.time() + " s)");
    }
    state = State.IDLE;
    down.add(-1);
    faultClock.restart();
  }

  public int index() {
    return index;
  }

  public State state() {
    return state;
  }

  /** Fraction of the time since the last reset spent packing (wall clock). */
  public double utilization() {
    return packing.average();
  }

  /**
   * Operating-time availability since the last reset: packing time over packing, jammed and down
   * time — a jam, like a fault, is time the machine should have packed. 1 if it did none of them.
   */
  public double availability() {
    double stopped = jammed.average() + down.average();
    return packing.average() + stopped > 0 ? packing.average() / (packing.average() + stopped) : 1;
  }

  /** Fraction of the time since the last reset the machine was neither jammed nor down (idle time included). */
  public double upFraction() {
    return 1 - jammed.average() - down.average();
  }

  public void resetStatistics() {
    packing.reset();
    jammed.reset();
    down.reset();
  }
}
