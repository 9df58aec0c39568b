package org.fcsim.sim;

import java.util.Iterator;
import java.util.ListIterator;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.eventlist.EventList;

/**
 * An SSJ {@link EventList} that hands every call to another list: the base of decorators that
 * watch the events a simulator executes ({@link #removeFirst}) without changing their order.
 * A subclass overrides what it watches and calls {@code super}.
 */
public abstract class ForwardingEventList implements EventList {
  private final EventList delegate;

  protected ForwardingEventList(EventList delegate) {
    this.delegate = delegate;
  }

  @Override
  public Event removeFirst() {
    return delegate.removeFirst();
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
