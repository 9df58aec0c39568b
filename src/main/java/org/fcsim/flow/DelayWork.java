package org.fcsim.flow;

import java.util.function.DoubleConsumer;
import org.fcsim.sim.Action;
import org.fcsim.task.Performer;
import org.fcsim.task.TaskLedger;
import org.fcsim.task.TaskType;
import umontreal.ssj.simevents.Simulator;

/**
 * Work no headcount limits: every task starts when it is asked for and takes its base time
 * (no learning curve, no shifts, no breaks), recorded under one performer with no wait. A
 * reference model's infinite-server station ({@code pickersPerStation: unlimited}) picks
 * through it.
 */
public final class DelayWork implements Work {
  private final Simulator simulator;
  private final TaskLedger ledger;
  private final Performer performer;

  public DelayWork(Simulator simulator, TaskLedger ledger, Performer performer) {
    this.simulator = simulator;
    this.ledger = ledger;
    this.performer = performer;
  }

  @Override
  public void request(TaskType type, int post, double baseSec, DoubleConsumer onStart, Runnable onDone) {
    if (onStart != null) {
      onStart.accept(baseSec);
    }
    new Action(simulator, () -> {
      ledger.record(type, performer, 0, baseSec);
      onDone.run();
    }).schedule(baseSec);
  }

  @Override
  public boolean canEverDo(TaskType type, int post) {
    return true;
  }
}
