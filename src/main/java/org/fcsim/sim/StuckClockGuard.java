package org.fcsim.sim;

import java.util.Locale;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.eventlist.EventList;

/**
 * An event list that stops a replication whose simulated time no longer advances: activities
 * that take no time (every task, travel and pick time 0 s) schedule each other at one instant
 * for ever, and the run would hang. It counts the events executed at the same instant and throws
 * {@link StuckClockException} once more than {@code limit} have run there.
 *
 * <p>An instant is a run of events each within {@code 1e-9 × max(1, t)} s of the first, so a
 * clock that creeps forward by rounding steps (a delay too small to move a large time) is
 * stuck too. A healthy model executes at most a few events per agent at one instant — a
 * backlog of 200,000 orders released at time 0 runs a few hundred — so the default limit of
 * {@value #DEFAULT_LIMIT} never trips on real work, and trips on a stuck loop within a second
 * or two of wall time. Ordering is the delegate's: the model runs exactly as on it alone.
 */
public final class StuckClockGuard extends ForwardingEventList {
  /** Events at one instant beyond which the clock counts as stuck. */
  public static final long DEFAULT_LIMIT = 2_000_000;

  private final long limit;
  private double instantStart = Double.NEGATIVE_INFINITY;
  private double instantEnd = Double.NEGATIVE_INFINITY;
  private long atInstant;

  public StuckClockGuard(EventList delegate) {
    this(delegate, DEFAULT_LIMIT);
  }

  /** As {@link #StuckClockGuard(EventList)} with another limit; tests use a small one. */
  public StuckClockGuard(EventList delegate, long limit) {
    super(delegate);
    this.limit = limit;
  }

  @Override
  public Event removeFirst() {
    Event next = super.removeFirst();
    if (next != null) {
      double t = next.time();
      if (t > instantEnd) {
        instantStart = t;
        instantEnd = t + 1e-9 * Math.max(1, t);
        atInstant = 1;
      } else if (++atInstant > limit) {
        throw new StuckClockException(instantStart, atInstant, next instanceof Action a ? a.owner()
            : next.getClass().getSimpleName());
      }
    }
    return next;
  }

  /** Simulated time stopped advancing; the message says where and the likely cause. */
  public static final class StuckClockException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final double timeSec;
    private final long events;

    StuckClockException(double timeSec, long events, String lastEvent) {
      super(String.format(Locale.ROOT, "simulated time stuck at t=%s s: %,d events at that instant, the last in "
          + "%s; activities that take no time keep scheduling each other (is every task, travel and pick time 0 s?)",
          timeSec, events, lastEvent));
      this.timeSec = timeSec;
      this.events = events;
    }

    /** The instant time stopped at, in seconds. */
    public double timeSec() {
      return timeSec;
    }

    /** The events executed at that instant when the guard stopped the run. */
    public long events() {
      return events;
    }
  }
}
