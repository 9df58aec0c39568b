package org.fcsim.bench;

import java.util.Iterator;
import java.util.ListIterator;
import java.util.function.DoubleConsumer;
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
final class CountingEventList implements EventList {
  private final EventList delegate;
  private long removed;
  private double checkpointEverySec = Double.POSITIVE_INFINITY;
  private double nextCheckpointSec = Double.POSITIVE_INFINITY;
  private DoubleConsumer checkpoint;

  CountingEventList(EventList delegate) {
    this.delegate = delegate;
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
    Event first = delegate.removeFirst();
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

  @Override
  public boolean isEmpty() {
    return delegate.isEmpty();
  }

  @Override
  public void clear() {
    delegate.clear();
  }

  @Override
  public void add(Event ev) {
    delegate.add(ev);
  }

  @Override
  public void addFirst(Event ev) {
    delegate.addFirst(ev);
  }

  @Override
  public void addBefore(Event ev, Event other) {
    delegate.addBefore(ev, other);
  }

  @Override
  public void addAfter(Event ev, Event other) {
    delegate.addAfter(ev, other);
  }

  @Override
  public Event getFirst() {
    return delegate.getFirst();
  }

  @Override
  public Event getFirstOfClass(String cl) {
    return delegate.getFirstOfClass(cl);
  }

  @Override
  public <E extends Event> E getFirstOfClass(Class<E> cl) {
    return delegate.getFirstOfClass(cl);
  }

  @Override
  public ListIterator<Event> listIterator() {
    return delegate.listIterator();
  }

  @Override
  public Iterator<Event> iterator() {
    return delegate.iterator();
  }

  @Override
  public boolean remove(Event ev) {
    return delegate.remove(ev);
  }

  @Override
  public String toString() {
    return delegate.toString();
  }
}
