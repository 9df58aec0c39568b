package org.fcsim.flow;

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

  public long ordered() {
    return ordered;
  }

  public long shipped() {
    return shipped;
  }

  public long open() {
    return open;
  }

  public long inProgress() {
    return open + picking + sorting + packing;
  }

  /** Throws naming the broken rule, if any. */
  public void check(double now) {
    if (open < 0 || picking < 0 || sorting < 0 || packing < 0) {
      throw new IllegalStateException("a stage holds a negative number of units at t=" + now + " s: " + this);
    }
    if (ordered != shipped + inProgress()) {
      throw new IllegalStateException("units not conserved at t=" + now + " s: ordered " + ordered
          + " != shipped " + shipped + " + in progress " + inProgress() + " (" + this + ")");
    }
  }

  @Override
  public String toString() {
    return "open=" + open + " picking=" + picking + " sorting=" + sorting + " packing=" + packing;
  }
}
