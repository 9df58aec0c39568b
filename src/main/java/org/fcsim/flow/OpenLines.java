package org.fcsim.flow;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.fcsim.floor.Pod;

/**
 * The order lines open on each pod, oldest first. A visit of the pod to a station serves every
 * line open on it when picking starts (pile-on); lines added later wait for its next trip. Keeps
 * each pod's {@link Pod#openUnits()} in step, which pod policies read.
 */
public final class OpenLines {
  private final ArrayDeque<OrderLine>[] byPod;
  private long units;
  private long visits;

  @SuppressWarnings("unchecked")
  public OpenLines(int pods) {
    byPod = (ArrayDeque<OrderLine>[]) new ArrayDeque<?>[pods];
  }

  public void add(OrderLine line) {
    Pod pod = line.pod();
    ArrayDeque<OrderLine> open = byPod[pod.index()];
    if (open == null) {
      open = new ArrayDeque<>();
      byPod[pod.index()] = open;
    }
    open.addLast(line);
    pod.addOpenUnits(line.units());
    units += line.units();
  }

  /** Removes and returns every line open on {@code pod}, oldest first: what one visit serves. */
  public List<OrderLine> take(Pod pod) {
    ArrayDeque<OrderLine> open = byPod[pod.index()];
    if (open == null || open.isEmpty()) {
      return List.of();
    }
    List<OrderLine> lines = new ArrayList<>(open);
    visits++;
    open.clear();
    for (OrderLine line : lines) {
      units -= line.units();
    }
    pod.clearOpenUnits();
    return lines;
  }

  public boolean any(Pod pod) {
    ArrayDeque<OrderLine> open = byPod[pod.index()];
    return open != null && !open.isEmpty();
  }

  /** Takes that found lines: pod visits that picked. */
  public long visits() {
    return visits;
  }

  /** Units on all open lines. */
  public long units() {
    return units;
  }
}
