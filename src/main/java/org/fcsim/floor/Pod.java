package org.fcsim.floor;

/**
 * A movable shelf: where it is stored, and how many ordered units wait on it (the lines
 * themselves are kept by the flow that orders them). A drive unit carries it to a station, where
 * the units open on it when picking starts are served (pile-on).
 */
public final class Pod {
  /** Where a pod is; exactly one at a time. */
  public enum State { STORED, CALLED }

  private final int index;
  private int[] cell;
  private int zone;
  private int openUnits;
  private State state = State.STORED;

  public Pod(int index, int[] cell, int zone) {
    this.index = index;
    this.cell = cell;
    this.zone = zone;
  }

  /** {@code units} more ordered units wait on this pod. */
  public void addOpenUnits(int units) {
    openUnits += units;
  }

  /** A visit has taken every unit waiting on the pod. */
  public void clearOpenUnits() {
    openUnits = 0;
  }

  /** Ordered units waiting on this pod for its next visit. */
  public int openUnits() {
    return openUnits;
  }

  public int index() {
    return index;
  }

  /** The pod's home is now {@code cell} in {@code zone} (a storage policy put it away elsewhere). */
  public void moveTo(int[] cell, int zone) {
    this.cell = cell;
    this.zone = zone;
  }

  /** The pod's storage cell (its home while away). */
  public int[] cell() {
    return cell;
  }

  public int zone() {
    return zone;
  }

  public State state() {
    return state;
  }

  public void setState(State state) {
    this.state = state;
  }
}
