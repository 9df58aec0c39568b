package org.fcsim.flow;

import java.util.function.DoubleSupplier;
import org.fcsim.sim.TimeAverage;

/**
 * Where every ordered unit is, by stage: a unit is counted in exactly one stage from the
 * moment its order arrives until it ships. The conservation invariant is
 * {@code ordered = shipped + open + picking + sorting + packing}.
 */
public final class UnitCounts {
  long ordered;
  /** Waiting on a pod or in the picker-to-parts pool. */
  long open;
  /** Taken for picking (at a station, on a tour, or being sourced by a problem solver). */
  long picking;
  /** Picked, not yet sorted to its order. */
  long sorting;
  /** Sorted, order not yet shipped. */
  long packing;
  long shipped;
  /** Units that have left the shelf (or been sourced by a problem solver), ever. */
  long picked;
  private final TimeAverage inProgressOverTime;
  private final DoubleSupplier clock;
  private double firstEmptiedSec = Double.NaN;

  /** Counts without a time average of the units in progress. */
  public UnitCounts() {
    this(null, () -> Double.NaN);
  }

  /**
   * @param inProgressOverTime kept at {@link #inProgress()} as units arrive and ship; may be null
   * @param clock              the replication's simulated time
   */
  public UnitCounts(TimeAverage inProgressOverTime, DoubleSupplier clock) {
    this.inProgressOverTime = inProgressOverTime;
    this.clock = clock;
  }

  /** {@code units} of a new line enter the floor, open. */
  void ordered(int units) {
    ordered += units;
    open += units;
    moved(units);
  }

  /** An order's {@code units} leave the floor. */
  void shipped(int units) {
    packing -= units;
    shipped += units;
    moved(-units);
    if (inProgress() == 0 && Double.isNaN(firstEmptiedSec)) {
      firstEmptiedSec = clock.getAsDouble();
    }
  }

  /** When the last unit in progress first shipped (a backlog cleared); NaN until then. */
  public double firstEmptiedSec() {
    return firstEmptiedSec;
  }

  /** The time average of {@link #inProgress()} since its last reset; NaN without one. */
  public double meanInProgress() {
    return inProgressOverTime == null ? Double.NaN : inProgressOverTime.average();
  }

  /** Restarts the time average of the units in progress from now. */
  public void resetStatistics() {
    if (inProgressOverTime != null) {
      inProgressOverTime.reset();
    }
  }

  private void moved(int delta) {
    if (inProgressOverTime != null) {
      inProgressOverTime.add(delta);
    }
  }

  public long ordered() {
    return ordered;
  }

  public long shipped() {
    return shipped;
  }

  public long picked() {
    return picked;
  }

  public long open() {
    return open;
  }

  public long inProgress() {
    return open + picking + sorting + packing;
  }

  /** Throws naming the broken rule, if any. */
  public void check(double now) {
    if (open < 0 || picking < 0 || sorting < 0 || packing < 0 || picked < 0 || picked > ordered) {
      throw new IllegalStateException("a stage holds a negative number of units at t=" + now + " s: " + this);
    }
    if (ordered != shipped + inProgress()) {
      throw new IllegalStateException("units not conserved at t=" + now + " s: ordered " + ordered
          + " != shipped " + shipped + " + in progress " + inProgress() + " (" + this + ")");
    }
  }

  @Override
  public String toString() {
    return "open=" + open + " picking=" + picking + " sorting=" + sorting + " packing=" + packing + " picked=" + picked;
  }
}
