package org.fcsim.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.fcsim.agent.WorkforceSpec.Break;
import org.fcsim.agent.WorkforceSpec.Shift;
import org.fcsim.task.Role;
import org.fcsim.task.TaskType;
import org.junit.jupiter.api.Test;

/** Headcount per shift and staggered breaks, with constant times: every state is known exactly. */
class WorkforceShiftsTest {
  private static WorkforceRig rig(Map<Role, Integer> counts, Map<Role, List<Integer>> byShift, List<Shift> shifts) {
    return new WorkforceRig(new WorkforceSpec(counts, Map.of(), shifts, 1, 1, 0, byShift), new PrimaryRoleFirst());
  }

  @Test
  void breaksTakenInGroupsByRankInTurnSoHalfTheRoleIsAlwaysThere() {
    // 4 pickers, a 100 s break at 200 s in 2 groups 100 s apart: ranks 0 and 2, then 1 and 3
    WorkforceRig rig = rig(Map.of(Role.PICKER, 4), Map.of(),
        List.of(new Shift(0, 1000, List.of(new Break(200, 100)), 2, 100)));
    for (double t : new double[] {150, 250, 350, 450}) {
      rig.probe(t);
    }
    rig.run();
    assertEquals(List.of(
        "150.0:[IDLE, IDLE, IDLE, IDLE] queued=0",
        "250.0:[ON_BREAK, IDLE, ON_BREAK, IDLE] queued=0",
        "350.0:[IDLE, ON_BREAK, IDLE, ON_BREAK] queued=0",
        "450.0:[IDLE, IDLE, IDLE, IDLE] queued=0"), rig.log);
    rig.workforce.checkInvariants();
  }

  @Test
  void aStationsPickerOnBreakLeavesItsTasksWaitingWhileTheNeighbourGroupKeepsPicking() {
    // two stations, one bound picker each; group 0 (station 0) breaks 200-300, group 1 (station 1) 300-400
    WorkforceRig rig = rig(Map.of(Role.PICKER, 2), Map.of(),
        List.of(new Shift(0, 1000, List.of(new Break(200, 100)), 2, 100)));
    rig.workforce.bindPosts(Role.PICKER, 2, 1);
    rig.request(250, TaskType.PICK, 0, 10, "s0");
    rig.request(250, TaskType.PICK, 1, 10, "s1");
    rig.request(350, TaskType.PICK, 0, 10, "s0'");
    rig.request(350, TaskType.PICK, 1, 10, "s1'");
    rig.run();
    assertEquals(List.of(
        "260.0:s1 by #1 wait=0.0 work=10.0",
        "310.0:s0 by #0 wait=50.0 work=10.0",
        "360.0:s0' by #0 wait=0.0 work=10.0",
        "410.0:s1' by #1 wait=50.0 work=10.0"), rig.log);
  }

  @Test
  void aTaskInHandWhenTheGroupsBreakFallsDueIsFinishedFirstAndTheBreakLastsInFull() {
    WorkforceRig rig = rig(Map.of(Role.PICKER, 2), Map.of(),
        List.of(new Shift(0, 1000, List.of(new Break(200, 100)), 2, 100)));
    rig.request(290, TaskType.PICK, -1, 30, "long"); // rank 0 is on break: rank 1 starts it at 290
    rig.probe(310);
    rig.probe(345);
    rig.run();
    // rank 1's break falls due at 300 while it works: it finishes at 320, then breaks until 420
    assertEquals(List.of(
        "310.0:[IDLE, WORKING] queued=0",
        "320.0:long by #1 wait=0.0 work=30.0",
        "345.0:[IDLE, ON_BREAK] queued=0"), rig.log);
  }

  @Test
  void eachShiftHasItsOwnHeadcount() {
    WorkforceRig rig = rig(Map.of(Role.PICKER, 2, Role.PACKER, 1), Map.of(Role.PICKER, List.of(2, 1)),
        List.of(new Shift(0, 100, List.of()), new Shift(100, 200, List.of())));
    rig.probe(50);
    rig.probe(150);
    rig.run();
    // numbered by shift, then role: shift 0 has pickers #0, #1 and packer #2; shift 1 picker #3 and packer #4
    assertEquals(List.of(
        "50.0:[IDLE, IDLE, IDLE, OFF_SHIFT, OFF_SHIFT] queued=0",
        "150.0:[OFF_SHIFT, OFF_SHIFT, OFF_SHIFT, IDLE, IDLE] queued=0"), rig.log);
  }

  @Test
  void aLeanerShiftStaffsTheFirstPostsOnly() {
    WorkforceRig rig = rig(Map.of(Role.PICKER, 2), Map.of(Role.PICKER, List.of(2, 1)),
        List.of(new Shift(0, 100, List.of()), new Shift(100, 200, List.of())));
    rig.workforce.bindPosts(Role.PICKER, 2, 1);
    rig.request(150, TaskType.PICK, 0, 10, "post0");
    rig.request(150, TaskType.PICK, 1, 10, "post1");
    rig.probe(190);
    rig.run();
    assertEquals(List.of("160.0:post0 by #2 wait=0.0 work=10.0", "190.0:[OFF_SHIFT, OFF_SHIFT, IDLE] queued=1"), rig.log);
    assertTrue(rig.workforce.canEverDo(TaskType.PICK, 1), "post 1 has a picker on the first shift");
    assertFalse(rig.workforce.canEverDo(TaskType.PICK, -1), "no picker is ever left unbound");
  }

  @Test
  void specRejectsAListOfTheWrongLengthAndAGroupBreakingAfterTheShift() {
    assertThrows(IllegalArgumentException.class, () -> new WorkforceSpec(Map.of(Role.PICKER, 2), Map.of(),
        List.of(new Shift(0, 100, List.of())), 1, 1, 0, Map.of(Role.PICKER, List.of(2, 1))));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Shift(0, 100, List.of(new Break(50, 10)), 3, 25));
    assertTrue(e.getMessage().contains("last group"), e.getMessage());
  }
}
