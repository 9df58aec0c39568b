package org.fcsim.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fcsim.task.Performer;
import org.fcsim.task.Role;
import org.fcsim.task.TaskLedger;
import org.fcsim.task.TaskType;
import org.junit.jupiter.api.Test;

/** Cross-trained work is slow at first and speeds up; primary work is always at full speed. */
class AssociateLearningCurveTest {
  private static WorkforceRig rig(double initialSlowdown, double tasksToHalve) {
    WorkforceSpec spec = new WorkforceSpec(Map.of(Role.PROBLEM_SOLVER, 1),
        Map.of(Role.PROBLEM_SOLVER, Set.of(TaskType.PACK, TaskType.MISPICK)), List.of(), initialSlowdown, tasksToHalve);
    return new WorkforceRig(spec, new PrimaryRoleFirst());
  }

  @Test
  void crossTrainedWorkTimesHalveTheirExtraEveryTasksToHalve() {
    WorkforceRig rig = rig(2, 1);
    for (String label : List.of("p1", "p2", "p3")) {
      rig.request(0, TaskType.PACK, -1, 10, label);
    }
    rig.run();

    assertEquals(List.of(
        "20.0:p1 by #0 wait=0.0 work=20.0",
        "35.0:p2 by #0 wait=20.0 work=15.0",
        "47.5:p3 by #0 wait=35.0 work=12.5"), rig.log);
    TaskLedger.Cell packs =
        rig.ledger.cells().get(new TaskLedger.Key(TaskType.PACK, Performer.of(Role.PROBLEM_SOLVER)));
    assertEquals(47.5, packs.workSec(), 1e-12);
    assertEquals(3, rig.associate(0).tasksDone(TaskType.PACK));
    assertEquals(1 + 0.125, rig.associate(0).multiplier(TaskType.PACK), 1e-15);
  }

  @Test
  void primaryWorkAndSkillsListedAsPrimaryHaveNoLearningCurve() {
    WorkforceRig rig = rig(3, 2);
    rig.request(0, TaskType.MISPICK, -1, 10, "primary");
    rig.request(0, TaskType.DAMAGED_ITEM, -1, 10, "primary2");
    rig.run();

    assertEquals(List.of("10.0:primary by #0 wait=0.0 work=10.0", "20.0:primary2 by #0 wait=10.0 work=10.0"),
        rig.log);
    Associate solver = rig.associate(0);
    assertEquals(Set.of(TaskType.PACK), solver.skills(), "MISPICK is primary for problem solvers, not a skill");
    assertTrue(solver.isPrimary(TaskType.MISPICK));
    assertFalse(solver.isPrimary(TaskType.PACK));
    assertTrue(solver.canDo(TaskType.PACK));
    assertFalse(solver.canDo(TaskType.PICK));
    assertEquals(3.0, solver.multiplier(TaskType.PACK), "never done: the full initial slowdown");
    assertThrows(IllegalArgumentException.class, () -> solver.multiplier(TaskType.PICK));
  }

  @Test
  void tasksToHalveStretchesTheCurve() {
    WorkforceRig rig = rig(3, 2);
    for (int i = 0; i < 4; i++) {
      rig.request(0, TaskType.PACK, -1, 1, "p" + i);
    }
    rig.run();

    // multipliers 1 + 2 * 0.5^(n/2), n = 0..3
    List<Double> expected = List.of(3.0, 1 + 2 * Math.sqrt(0.5), 2.0, 1 + Math.sqrt(0.5));
    List<Double> works = rig.log.stream().map(line -> Double.parseDouble(line.substring(line.indexOf("work=") + 5)))
        .toList();
    for (int i = 0; i < 4; i++) {
      assertEquals(expected.get(i), works.get(i), 1e-12);
    }
  }
}
