package org.fcsim.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fcsim.task.Role;
import org.fcsim.task.TaskType;
import org.junit.jupiter.api.Test;

/** Who gets a new task when several are idle, and what happens when a policy misbehaves. */
class WorkforcePolicyTest {
  /** One packer (#0) and one problem solver cross-trained on packing (#1). */
  private static WorkforceRig packerAndSolver(AssignmentPolicy policy) {
    return new WorkforceRig(new WorkforceSpec(Map.of(Role.PACKER, 1, Role.PROBLEM_SOLVER, 1),
        Map.of(Role.PROBLEM_SOLVER, Set.of(TaskType.PACK)), List.of(), 1, 1), policy);
  }

  /** The packer packs 0..5; at 10 a new pack task finds both idle, the solver idle longer. */
  private static List<String> whoPacksAtTen(AssignmentPolicy policy) {
    WorkforceRig rig = packerAndSolver(policy);
    rig.request(0, TaskType.PACK, -1, 5, "warmUp");
    rig.request(10, TaskType.PACK, -1, 5, "contested");
    rig.run();
    return rig.log;
  }

  @Test
  void primaryRoleFirstPrefersTheSpecialistEvenIfTheOtherWaitedLonger() {
    assertEquals(List.of("5.0:warmUp by #0 wait=0.0 work=5.0", "15.0:contested by #0 wait=0.0 work=5.0"),
        whoPacksAtTen(new PrimaryRoleFirst()));
  }

  @Test
  void longestIdleIgnoresRole() {
    assertEquals(List.of("5.0:warmUp by #0 wait=0.0 work=5.0", "15.0:contested by #1 wait=0.0 work=5.0"),
        whoPacksAtTen(new LongestIdle()));
  }

  @Test
  void primaryRoleFirstFallsBackToCrossTrainedAndEqualIdleTimesGoToTheLowestIndex() {
    WorkforceRig rig = packerAndSolver(new PrimaryRoleFirst());
    rig.request(0, TaskType.PACK, -1, 5, "a");
    rig.request(0, TaskType.PACK, -1, 5, "b"); // packer busy: the solver takes it
    rig.run();
    assertEquals(List.of("5.0:a by #0 wait=0.0 work=5.0", "5.0:b by #1 wait=0.0 work=5.0"), rig.log);

    WorkforceRig tie = packerAndSolver(new LongestIdle());
    tie.request(0, TaskType.PACK, -1, 5, "tied");
    tie.run();
    assertEquals(List.of("5.0:tied by #0 wait=0.0 work=5.0"), tie.log);
  }

  @Test
  void withinARoleTheAssociateIdleLongestIsOffered() {
    List<List<Integer>> offered = new ArrayList<>();
    AssignmentPolicy recording = (type, candidates) -> {
      offered.add(candidates.stream().map(Associate::index).toList());
      return candidates.get(0);
    };
    WorkforceRig rig = new WorkforceRig(WorkforceRig.spec(Map.of(Role.PICKER, 3), Map.of(), List.of()), recording);
    rig.request(0, TaskType.PICK, -1, 5, "to0");
    rig.request(1, TaskType.PICK, -1, 1, "to1"); // #1 idle again at 2, #0 at 5, #2 since 0
    rig.request(6, TaskType.PICK, -1, 1, "to2");
    rig.request(6, TaskType.PICK, -1, 1, "toIdleSince2");
    rig.request(6, TaskType.PICK, -1, 1, "toIdleSince5");
    rig.run();
    assertEquals(List.of(List.of(0), List.of(1), List.of(2), List.of(1), List.of(0)), offered);
  }

  /** Returns an associate that is not among the candidates: the one busy at the time. */
  private static final class ChoosesTheBusyOne implements AssignmentPolicy {
    Associate busy;

    @Override
    public Associate choose(TaskType type, List<Associate> idleCandidates) {
      return busy;
    }
  }

  @Test
  void aPolicyChoosingANonCandidateIsRejectedByName() {
    ChoosesTheBusyOne policy = new ChoosesTheBusyOne();
    WorkforceRig rig = new WorkforceRig(WorkforceRig.spec(Map.of(Role.PICKER, 2), Map.of(), List.of()), policy);
    rig.workforce.start();
    policy.busy = null;
    IllegalStateException nullChoice = assertThrows(IllegalStateException.class,
        () -> rig.requestNow(TaskType.PICK, -1, 5, "x"));
    assertTrue(nullChoice.getMessage().contains("ChoosesTheBusyOne"), nullChoice.getMessage());
    assertTrue(nullChoice.getMessage().contains("pick"), nullChoice.getMessage());
    assertTrue(nullChoice.getMessage().contains("t=0.0"), nullChoice.getMessage());

    WorkforceRig fair = new WorkforceRig(WorkforceRig.spec(Map.of(Role.PICKER, 2), Map.of(), List.of()), policy);
    fair.workforce.start();
    policy.busy = fair.associate(0);
    fair.requestNow(TaskType.PICK, -1, 5, "x"); // #0 is a candidate: accepted
    IllegalStateException busyChoice = assertThrows(IllegalStateException.class,
        () -> fair.requestNow(TaskType.PICK, -1, 5, "y"));
    assertTrue(busyChoice.getMessage().contains("ChoosesTheBusyOne"), busyChoice.getMessage());
  }

  @Test
  void theRegistryCreatesEveryPolicyByNameAndRejectsUnknownNames() {
    assertEquals(List.of("primaryRoleFirst", "longestIdle"), AssignmentPolicies.names());
    assertInstanceOf(PrimaryRoleFirst.class, AssignmentPolicies.create("primaryRoleFirst"));
    assertInstanceOf(LongestIdle.class, AssignmentPolicies.create("longestIdle"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AssignmentPolicies.create("lru"));
    assertTrue(e.getMessage().contains("\"lru\"") && e.getMessage().contains("known: primaryRoleFirst, longestIdle"),
        e.getMessage());
  }
}
