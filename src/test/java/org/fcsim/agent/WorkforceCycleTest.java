package org.fcsim.agent;

import static org.fcsim.agent.Associate.State.IDLE;
import static org.fcsim.agent.Associate.State.OFF_SHIFT;
import static org.fcsim.agent.Associate.State.ON_BREAK;
import static org.fcsim.agent.Associate.State.WORKING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fcsim.agent.WorkforceSpec.Break;
import org.fcsim.agent.WorkforceSpec.Shift;
import org.fcsim.stats.Metric;
import org.fcsim.task.Performer;
import org.fcsim.task.Role;
import org.fcsim.task.TaskLedger;
import org.fcsim.task.TaskType;
import org.junit.jupiter.api.Test;

/** Small cases with constant times: every state, start and wait is known exactly. */
class WorkforceCycleTest {
  private static WorkforceRig rig(Map<Role, Integer> counts, Map<Role, Set<TaskType>> skills, List<Shift> shifts) {
    return new WorkforceRig(WorkforceRig.spec(counts, skills, shifts), new PrimaryRoleFirst());
  }

  private static TaskLedger.Cell cell(WorkforceRig rig, TaskType type, Role role) {
    return rig.ledger.cells().get(new TaskLedger.Key(type, Performer.of(role)));
  }

  @Test
  void onePickerWorksThroughTheQueueFirstComeFirstServed() {
    WorkforceRig rig = rig(Map.of(Role.PICKER, 1), Map.of(), List.of());
    for (String label : List.of("a", "b", "c")) {
      rig.request(0, TaskType.PICK, -1, 10, label);
    }
    rig.probe(5);
    rig.probe(35);
    rig.run();

    assertEquals(List.of(
        "5.0:[WORKING] queued=2",
        "10.0:a by #0 wait=0.0 work=10.0",
        "20.0:b by #0 wait=10.0 work=10.0",
        "30.0:c by #0 wait=20.0 work=10.0",
        "35.0:[IDLE] queued=0"), rig.log);
    TaskLedger.Cell picks = cell(rig, TaskType.PICK, Role.PICKER);
    assertEquals(3, picks.count());
    assertEquals(30.0, picks.waitSec(), 1e-12);
    assertEquals(30.0, picks.workSec(), 1e-12);
    rig.workforce.checkInvariants();
  }

  @Test
  void aFreedAssociateTakesItsPrimaryTaskBeforeAnOlderCrossTrainedOne() {
    WorkforceRig rig =
        rig(Map.of(Role.PROBLEM_SOLVER, 1), Map.of(Role.PROBLEM_SOLVER, Set.of(TaskType.PACK)), List.of());
    rig.request(0, TaskType.DAMAGED_ITEM, -1, 10, "busy");
    rig.request(1, TaskType.PACK, -1, 10, "pack");
    rig.request(2, TaskType.MISSING_ITEM, -1, 10, "missing");
    rig.probe(3);
    rig.run();

    assertEquals(List.of(
        "3.0:[WORKING] queued=2",
        "10.0:busy by #0 wait=0.0 work=10.0",
        "20.0:missing by #0 wait=8.0 work=10.0",
        "30.0:pack by #0 wait=19.0 work=10.0"), rig.log);
    assertEquals(1, cell(rig, TaskType.PACK, Role.PROBLEM_SOLVER).count());
  }

  @Test
  void aFreedPackerClearsAJamBeforeOlderPacks() {
    WorkforceRig rig = rig(Map.of(Role.PACKER, 1), Map.of(), List.of());
    rig.request(0, TaskType.PACK, -1, 10, "busy");
    rig.request(1, TaskType.PACK, -1, 10, "pack1");
    rig.request(2, TaskType.PACK, -1, 10, "pack2");
    rig.request(3, TaskType.PACK_JAM, -1, 5, "jam");
    rig.request(4, TaskType.PACK_JAM, -1, 5, "jam2");
    rig.run();

    assertEquals(List.of(
        "10.0:busy by #0 wait=0.0 work=10.0",
        "15.0:jam by #0 wait=7.0 work=5.0",
        "20.0:jam2 by #0 wait=11.0 work=5.0",
        "30.0:pack1 by #0 wait=19.0 work=10.0",
        "40.0:pack2 by #0 wait=28.0 work=10.0"), rig.log);
    rig.workforce.checkInvariants();
  }

  @Test
  void anUrgentCrossTrainedTaskStillWaitsForTheRolesOwnWork() {
    WorkforceRig rig =
        rig(Map.of(Role.PROBLEM_SOLVER, 1), Map.of(Role.PROBLEM_SOLVER, Set.of(TaskType.PACK_JAM)), List.of());
    rig.request(0, TaskType.MISPICK, -1, 10, "busy");
    rig.request(1, TaskType.PACK_JAM, -1, 5, "jam");
    rig.request(2, TaskType.MISSING_ITEM, -1, 10, "missing");
    rig.run();

    assertEquals(List.of(
        "10.0:busy by #0 wait=0.0 work=10.0",
        "20.0:missing by #0 wait=8.0 work=10.0",
        "25.0:jam by #0 wait=19.0 work=5.0"), rig.log);
  }

  @Test
  void withNoPrimaryTaskQueuedTheOldestCrossTrainedOneIsTaken() {
    WorkforceRig rig = rig(Map.of(Role.PROBLEM_SOLVER, 1),
        Map.of(Role.PROBLEM_SOLVER, Set.of(TaskType.PACK, TaskType.QUALITY_CHECK)), List.of());
    rig.request(0, TaskType.MISPICK, -1, 10, "busy");
    rig.request(1, TaskType.QUALITY_CHECK, -1, 10, "check");
    rig.request(2, TaskType.PACK, -1, 10, "pack");
    rig.run();

    assertEquals(List.of(
        "10.0:busy by #0 wait=0.0 work=10.0",
        "20.0:check by #0 wait=9.0 work=10.0",
        "30.0:pack by #0 wait=18.0 work=10.0"), rig.log);
  }

  @Test
  void aBreakWaitsForTheTaskInHandAndLastsItsFullDuration() {
    WorkforceRig rig = rig(Map.of(Role.PICKER, 1), Map.of(),
        List.of(new Shift(0, 1000, List.of(new Break(100, 30)))));
    rig.request(90, TaskType.PICK, -1, 20, "spansBreakTime");
    rig.request(115, TaskType.PICK, -1, 0.5, "duringBreak");
    for (double t : new double[] {105, 120, 141}) {
      rig.probe(t);
    }
    rig.run();

    assertEquals(List.of(
        "105.0:[WORKING] queued=0",
        "110.0:spansBreakTime by #0 wait=0.0 work=20.0",
        "120.0:[ON_BREAK] queued=1",
        "140.5:duringBreak by #0 wait=25.0 work=0.5",
        "141.0:[IDLE] queued=0"), rig.log);
    // on shift 0..1000 (a break is on-shift time), busy 20.5 s
    Map<Metric, Double> m = rig.workforce.metrics();
    assertEquals(1000 / 3600.0, m.get(new Metric("onShiftHours.picker", "h")), 1e-12);
    assertEquals(20.5 / 3600.0, m.get(new Metric("busyHours.picker", "h")), 1e-12);
  }

  @Test
  void anIdleAssociateGoesOnBreakAtOnceAndABreakEndsAtShiftEnd() {
    WorkforceRig rig = rig(Map.of(Role.PICKER, 2), Map.of(),
        List.of(new Shift(0, 200, List.of(new Break(100, 30), new Break(180, 60)))));
    rig.request(95, TaskType.PICK, -1, 10, "x"); // associate 0 works 95..105, associate 1 idle
    for (double t : new double[] {100, 110, 131, 136, 190, 200}) {
      rig.probe(t);
    }
    rig.run();

    assertEquals(List.of(
        "100.0:[WORKING, ON_BREAK] queued=0",
        "105.0:x by #0 wait=0.0 work=10.0",
        "110.0:[ON_BREAK, ON_BREAK] queued=0",
        "131.0:[ON_BREAK, IDLE] queued=0",
        "136.0:[IDLE, IDLE] queued=0",
        "190.0:[ON_BREAK, ON_BREAK] queued=0",
        "200.0:[OFF_SHIFT, OFF_SHIFT] queued=0"), rig.log);
    rig.workforce.checkInvariants();
  }

  @Test
  void theLastTaskOfAShiftIsFinishedOnOvertimeAndTheNextShiftTakesOver() {
    WorkforceRig rig = rig(Map.of(Role.PICKER, 1), Map.of(),
        List.of(new Shift(0, 100, List.of()), new Shift(100, 200, List.of())));
    rig.request(95, TaskType.PICK, -1, 10, "overtime");
    for (double t : new double[] {99, 100, 106}) {
      rig.probe(t);
    }
    rig.run();

    assertEquals(List.of(
        "99.0:[WORKING, OFF_SHIFT] queued=0",
        "100.0:[WORKING, IDLE] queued=0",
        "105.0:overtime by #0 wait=0.0 work=10.0",
        "106.0:[OFF_SHIFT, IDLE] queued=0"), rig.log);
    assertEquals(200.0, rig.simulator.time());
    Map<Metric, Double> m = rig.workforce.metrics();
    assertEquals(List.of("onShiftHours.picker", "busyHours.picker", "utilization.picker", "waitingTasks"),
        m.keySet().stream().map(Metric::name).toList());
    assertEquals((105 + 100) / 3600.0, m.get(new Metric("onShiftHours.picker", "h")), 1e-12);
    assertEquals(10 / 3600.0, m.get(new Metric("busyHours.picker", "h")), 1e-12);
    assertEquals(10 / 205.0, m.get(new Metric("utilization.picker", "fraction")), 1e-12);
    assertEquals(0.0, m.get(new Metric("waitingTasks", "tasks")));
  }

  @Test
  void tasksQueuedAtShiftEndWaitForTheNextShift() {
    WorkforceRig rig = rig(Map.of(Role.PICKER, 1), Map.of(),
        List.of(new Shift(0, 100, List.of()), new Shift(150, 200, List.of())));
    rig.request(95, TaskType.PICK, -1, 10, "overtime");
    rig.request(96, TaskType.PICK, -1, 10, "nextShift");
    rig.probe(120);
    rig.run();

    assertEquals(List.of(
        "105.0:overtime by #0 wait=0.0 work=10.0",
        "120.0:[OFF_SHIFT, OFF_SHIFT] queued=1",
        "160.0:nextShift by #1 wait=54.0 work=10.0"), rig.log);
  }

  @Test
  void aPostBoundAssociateOnlyTakesTasksOfItsPost() {
    WorkforceRig rig = rig(Map.of(Role.PICKER, 2), Map.of(), List.of());
    rig.workforce.bindPosts(Role.PICKER, 2, 1);
    rig.request(0, TaskType.PICK, 1, 10, "first");
    rig.request(0, TaskType.PICK, 1, 10, "second");
    rig.probe(5);
    rig.run();

    assertEquals(List.of(
        "5.0:[IDLE, WORKING] queued=1",
        "10.0:first by #1 wait=0.0 work=10.0",
        "20.0:second by #1 wait=10.0 work=10.0"), rig.log);
    assertEquals(0, rig.associate(0).post());
    assertEquals(1, rig.associate(1).post());
    assertTrue(rig.workforce.canEverDo(TaskType.PICK, 1));
    assertFalse(rig.workforce.canEverDo(TaskType.PICK, 5));
    assertFalse(rig.workforce.canEverDo(TaskType.PICK, -1), "every picker is bound");
    assertFalse(rig.workforce.canEverDo(TaskType.PACK, 0), "no packers, no skills");
  }

  @Test
  void unboundAssociatesTakeOnlyUnboundTasks() {
    WorkforceRig rig = rig(Map.of(Role.PICKER, 3), Map.of(), List.of(new Shift(0, 100, List.of())));
    rig.workforce.bindPosts(Role.PICKER, 1, 2);
    rig.request(0, TaskType.PICK, -1, 10, "anyone");
    rig.request(0, TaskType.PICK, -1, 10, "waits");
    rig.probe(5);
    rig.run();

    assertEquals(List.of(0, 0, -1), rig.workforce.associates().stream().map(Associate::post).toList());
    assertEquals(List.of(
        "5.0:[IDLE, IDLE, WORKING] queued=1",
        "10.0:anyone by #2 wait=0.0 work=10.0",
        "20.0:waits by #2 wait=10.0 work=10.0"), rig.log);
    assertTrue(rig.workforce.canEverDo(TaskType.PICK, -1));
    assertTrue(rig.workforce.canEverDo(TaskType.GRASP_FAILURE, 0));
  }

  @Test
  void resetStatisticsForgetsTimeBeforeIt() {
    WorkforceRig rig = rig(Map.of(Role.PICKER, 1), Map.of(), List.of());
    rig.request(0, TaskType.PICK, -1, 100, "long");
    rig.at(50, rig.workforce::resetStatistics);
    rig.at(150, () -> { });
    rig.run();

    Map<Metric, Double> m = rig.workforce.metrics();
    assertEquals(100 / 3600.0, m.get(new Metric("onShiftHours.picker", "h")), 1e-12);
    assertEquals(50 / 3600.0, m.get(new Metric("busyHours.picker", "h")), 1e-12);
    assertEquals(0.5, m.get(new Metric("utilization.picker", "fraction")), 1e-12);
  }

  @Test
  void associatesAreNumberedByShiftThenRole() {
    WorkforceRig rig = rig(Map.of(Role.PACKER, 1, Role.PICKER, 2), Map.of(),
        List.of(new Shift(0, 10, List.of()), new Shift(10, 20, List.of()), new Shift(20, 30, List.of())));
    List<Associate> all = rig.workforce.associates();
    assertEquals(9, all.size());
    assertEquals(List.of("picker0", "picker0", "packer0", "picker1", "picker1", "packer1", "picker2", "picker2",
        "packer2"),
        all.stream().map(a -> a.role().key() + a.shiftIndex()).toList());
    assertEquals(List.of(OFF_SHIFT), all.stream().map(Associate::state).distinct().toList());
    rig.at(15, () -> assertEquals(List.of(OFF_SHIFT, OFF_SHIFT, OFF_SHIFT, IDLE, IDLE, IDLE, OFF_SHIFT, OFF_SHIFT,
        OFF_SHIFT), rig.states()));
    rig.run();
    assertEquals(30.0, rig.simulator.time());
    assertEquals(List.of(OFF_SHIFT), all.stream().map(Associate::state).distinct().toList());
  }

  @Test
  void breakTimeFallingDueDuringALateBreakIsTakenRightAfterIt() {
    WorkforceRig rig = rig(Map.of(Role.PICKER, 1), Map.of(),
        List.of(new Shift(0, 1000, List.of(new Break(100, 30), new Break(130, 10)))));
    rig.request(90, TaskType.PICK, -1, 30, "late"); // break 120..150, then 150..160
    rig.request(125, TaskType.PICK, -1, 1, "waits");
    for (double t : new double[] {155, 160.5}) {
      rig.probe(t);
    }
    rig.run();

    assertEquals(List.of(
        "120.0:late by #0 wait=0.0 work=30.0",
        "155.0:[ON_BREAK] queued=1",
        "160.5:[WORKING] queued=0",
        "161.0:waits by #0 wait=35.0 work=1.0"), rig.log);
  }

  @Test
  void onStartHearsTheActualWorkTimeWhenWorkStarts() {
    WorkforceRig rig = new WorkforceRig(new WorkforceSpec(Map.of(Role.PROBLEM_SOLVER, 1),
        Map.of(Role.PROBLEM_SOLVER, Set.of(TaskType.PACK)), List.of(), 3, 1), new PrimaryRoleFirst());
    for (String label : List.of("first", "second")) {
      rig.at(0, () -> rig.workforce.request(TaskType.PACK, -1, 10,
          workSec -> rig.log.add(rig.simulator.time() + ":" + label + " starts for " + workSec),
          () -> rig.log.add(rig.simulator.time() + ":" + label + " done")));
    }
    rig.run();

    assertEquals(List.of("0.0:first starts for 30.0", "30.0:first done", "30.0:second starts for 20.0",
        "50.0:second done"), rig.log);
  }

  @Test
  void bindingIsCheckedAndFixedBeforeStart() {
    WorkforceRig rig = rig(Map.of(Role.PICKER, 4), Map.of(), List.of());
    assertThrows(IllegalArgumentException.class, () -> rig.workforce.bindPosts(Role.PICKER, 3, 2));
    assertThrows(IllegalArgumentException.class, () -> rig.workforce.bindPosts(Role.PICKER, 2, 0));
    rig.workforce.bindPosts(Role.PICKER, 2, 2);
    rig.workforce.bindPosts(Role.PICKER, 1, 1); // a later binding replaces the earlier one
    assertEquals(List.of(0, -1, -1, -1), rig.workforce.associates().stream().map(Associate::post).toList());
    rig.workforce.start();
    assertThrows(IllegalStateException.class, () -> rig.workforce.bindPosts(Role.PICKER, 1, 1));
    assertThrows(IllegalStateException.class, rig.workforce::start);
  }
}
