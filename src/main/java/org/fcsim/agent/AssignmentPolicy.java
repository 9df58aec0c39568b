package org.fcsim.agent;

import java.util.List;
import org.fcsim.task.TaskType;

/**
 * Chooses which idle associate takes a new task. Called by {@link Workforce#request} at the
 * instant the task is created, only when at least one eligible associate is idle; never when
 * a freed associate picks from the queues (it always takes the oldest task it can do).
 * Implementations may keep state within one replication; one instance serves one replication.
 *
 * <p>The candidates are, for each role that can do the type and has an eligible idle
 * associate, that role's associate idle longest (ties: lowest index), in role order. Every
 * associate of a role is alike in skills, so a choice by role and idle time sees all it
 * needs, and a request costs one look per role instead of a scan of the whole floor.
 */
public interface AssignmentPolicy {
  /**
   * @param type            the new task's type
   * @param idleCandidates  never empty; read-only, valid only during the call
   * @return one of {@code idleCandidates}; anything else makes the workforce throw an
   *         {@link IllegalStateException} naming the policy, the task and the time
   */
  Associate choose(TaskType type, List<Associate> idleCandidates);

  /** Whether {@code a} has been idle longer than {@code b}; ties go to the lower index. */
  static boolean idleLonger(Associate a, Associate b) {
    return a.idleSinceSec() < b.idleSinceSec()
        || a.idleSinceSec() == b.idleSinceSec() && a.index() < b.index();
  }
}
