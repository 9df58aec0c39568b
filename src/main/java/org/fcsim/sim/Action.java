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

  /** The simple name of the class whose code the handler runs ({@code PickerToPartsFlow}), for messages. */
  public String owner() {
    String name = handler.getClass().getName();
    int synthetic = name.indexOf("$$"); // a lambda or method reference: Owner$$Lambda$12/0x…
    name = synthetic < 0 ? name : name.substring(0, synthetic);
    int nested = name.indexOf('$', name.lastIndexOf('.') + 1);
    return name.substring(name.lastIndexOf('.') + 1, nested < 0 ? name.length() : nested);
  }
}
