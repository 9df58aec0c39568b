package org.fcsim.model;

import java.util.function.DoubleConsumer;
import org.fcsim.agent.Workforce;
import org.fcsim.flow.Work;
import org.fcsim.task.TaskType;

/** The flows' {@link Work} done by the replication's {@link Workforce}. */
final class WorkforceWork implements Work {
  private final Workforce workforce;

  WorkforceWork(Workforce workforce) {
    this.workforce = workforce;
  }

  @Override
  public void request(TaskType type, int post, double baseSec, DoubleConsumer onStart, Runnable onDone) {
    workforce.request(type, post, baseSec, onStart, onDone);
  }

  @Override
  public boolean canEverDo(TaskType type, int post) {
    return workforce.canEverDo(type, post);
  }
}
