package org.fcsim.flow;

/**
 * A customer order: lines of units that are picked, sorted to the order, packed and shipped.
 * Tracks how many of its units are sorted so packing starts when the last one arrives.
 */
public final class Order {
  private final long id;
  private final double createdAt;
  private int units;
  private int unitsSorted;
  private boolean mispicked;
  private boolean packIneligibleLine;

  public Order(long id, double createdAt) {
    this.id = id;
    this.createdAt = createdAt;
  }

  /** Adds a line of {@code count} units whose item class pack machines take or not. */
  void addUnits(int count, boolean packEligible) {
    units += count;
    packIneligibleLine |= !packEligible;
  }

  /** One unit reached the order's sort location; true when it was the last one. */
  boolean unitSorted() {
    unitsSorted++;
    if (unitsSorted > units) {
      throw new IllegalStateException("order " + id + " has " + units + " units but " + unitsSorted + " were sorted");
    }
    return unitsSorted == units;
  }

  void markMispicked() {
    mispicked = true;
  }

  public boolean mispicked() {
    return mispicked;
  }

  /** Whether every line's item class is one pack machines take (the order's size aside). */
  public boolean packEligibleClasses() {
    return !packIneligibleLine;
  }

  public long id() {
    return id;
  }

  public double createdAt() {
    return createdAt;
  }

  public int units() {
    return units;
  }
}
