package org.fcsim.bench;

import java.util.function.DoubleConsumer;
import org.fcsim.sim.ForwardingEventList;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.eventlist.EventList;

/**
 * An SSJ {@link EventList} that delegates every method to another list and counts the events
 * taken off it ({@link #removeFirst}): each one is an event the simulator executes. Ordering is
 * the delegate's, so a model runs exactly as on the delegate alone.
 *
 * <p>Optionally it calls a checkpoint each time simulated time passes a multiple of a period
 * (before the first event at or after the mark runs), which the bench uses to measure the live
 * heap at the end of every simulated day.
 */
final class CountingEventList extends ForwardingEventList {
  private long removed;
  private double checkpointEverySec = Double.POSITIVE_INFINITY;
  private double nextCheckpointSec = Double.POSITIVE_INFINITY;
  private DoubleConsumer checkpoint;

  CountingEventList(EventList delegate) {
    super(delegate);
  }

  /** Calls {@code atMark} with the mark's time when simulated time first reaches each positive multiple of {@code periodSec}. */
  CountingEventList checkpointEvery(double periodSec, DoubleConsumer atMark) {
    checkpointEverySec = periodSec;
    nextCheckpointSec = periodSec;
    checkpoint = atMark;
    return this;
  }

  /** Events removed from the head so far: the events executed. */
  long events() {
    return removed;
  }

  @Override
  public Event removeFirst() {
    Event first = super.removeFirst();
    if (first != null) {
      removed++;
      while (first.time() >= nextCheckpointSec) {
        double mark = nextCheckpointSec;
        nextCheckpointSec += checkpointEverySec;
        checkpoint.accept(mark);
      }
    }
    return first;
  }
}
