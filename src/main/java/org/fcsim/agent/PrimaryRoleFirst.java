package org.fcsim.agent;

import java.util.List;
import org.fcsim.task.TaskType;

/**
 * A candidate whose role has the type as a primary task (full speed), the one idle longest;
 * a cross-trained candidate, idle longest, only if no such one is idle. Ties: lowest index.
 */
public final class PrimaryRoleFirst implements AssignmentPolicy {
  @Override
  public Associate choose(TaskType type, List<Associate> idleCandidates) {
    Associate best = null;
    for (int i = 0; i < idleCandidates.size(); i++) {
      Associate c = idleCandidates.get(i);
      if (best == null) {
        best = c;
      } else if (c.isPrimary(type) != best.isPrimary(type)) {
        if (c.isPrimary(type)) {
          best = c;
        }
      } else if (AssignmentPolicy.idleLonger(c, best)) {
        best = c;
      }
    }
    return best;
  }
}
