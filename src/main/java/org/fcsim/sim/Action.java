package org.fcsim.sim;

import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;

/**
 * An SSJ event that runs a handler, bound to one replication's {@link Simulator}. Agents keep
 * one per kind of happening ({@code onPodArrived}) and reschedule it; an action may be
 * scheduled again once it has fired.
 */
public final class Action extends Event {
  private final Runnable handler;

  public Action(Simulator simulator, Runnable handler) {
    super(simulator);
    this.handler = handler;
  }

  @Override
  public void actions() {
    handler.run();
  }
}
