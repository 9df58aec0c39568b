package org.fcsim.agent;

import java.util.List;
import org.fcsim.task.TaskType;

/**
 * The candidate idle longest, whatever its role: spreads work evenly over people, so a
 * cross-trained associate may take a task a specialist was free for. Ties: lowest index.
 */
public final class LongestIdle implements AssignmentPolicy {
  @Override
  public Associate choose(TaskType type, List<Associate> idleCandidates) {
    Associate best = idleCandidates.get(0);
    for (int i = 1; i < idleCandidates.size(); i++) {
      Associate c = idleCandidates.get(i);
      if (AssignmentPolicy.idleLonger(c, best)) {
        best = c;
      }
    }
    return best;
  }
}
