package org.fcsim.floor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.fcsim.flow.OrderLine;

/**
 * A movable shelf. In storage it collects the open order lines whose SKU it holds; when a
 * drive unit brings it to a station, every line open at the moment picking starts is served
 * (pile-on). Lines arriving later wait for its next trip.
 */
public final class Pod {
  /** Where a pod is; exactly one at a time. */
  public enum State { STORED, CALLED }

  private final int index;
  private final int[] cell;
  private final int zone;
  private final ArrayDeque<OrderLine> openLines = new ArrayDeque<>();
  private int openUnits;
  private State state = State.STORED;

  public Pod(int index, int[] cell, int zone) {
    this.index = index;
    this.cell = cell;
    this.zone = zone;
  }

  public void addLine(OrderLine line) {
    openLines.addLast(line);
    openUnits += line.units();
  }

  /** Removes and returns every open line, oldest first: what one visit serves. */
  public List<OrderLine> takeOpenLines() {
    List<OrderLine> lines = new ArrayList<>(openLines);
    openLines.clear();
    openUnits = 0;
    return lines;
  }

  public boolean hasOpenLines() {
    return !openLines.isEmpty();
  }

  public int openUnits() {
    return openUnits;
  }

  public int index() {
    return index;
  }

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
