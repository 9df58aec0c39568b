package org.fcsim.flow;

import org.fcsim.task.TaskType;

/**
 * Where the flows send work that people do. Implemented over the {@code Workforce}; kept as
 * an interface so flows can be tested with a scripted crew.
 */
public interface Work {
  /**
   * Asks for a person to do a task of {@code baseSec} (before any learning-curve slowdown).
   *
   * @param post    −1 for anyone able; else only the associates bound to that post (a station)
   * @param onStart runs when a person starts, with the actual work seconds; may be null
   * @param onDone  runs when the task is finished
   */
  void request(TaskType type, int post, double baseSec, java.util.function.DoubleConsumer onStart, Runnable onDone);

  /** Whether anybody on any shift could ever take such a task. */
  boolean canEverDo(TaskType type, int post);
}
