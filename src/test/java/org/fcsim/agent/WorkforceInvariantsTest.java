package org.fcsim.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fcsim.agent.WorkforceSpec.Break;
import org.fcsim.agent.WorkforceSpec.Shift;
import org.fcsim.sim.Action;
import org.fcsim.stats.Metric;
import org.fcsim.task.Role;
import org.fcsim.task.TaskType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import umontreal.ssj.rng.MRG32k3a;

/**
 * A random mixed workload (posts, cross-training, two shifts with breaks, follow-up tasks
 * requested from completions) under every registered policy: the bookkeeping holds after
 * every completion and every simulated minute, and the hours add up.
 */
class WorkforceInvariantsTest {
  private static final double HOUR = 3600;
  private static final TaskType[] TYPES = {TaskType.PICK, TaskType.PICK, TaskType.PACK, TaskType.MISSING_ITEM,
      TaskType.GRASP_FAILURE, TaskType.QUALITY_CHECK};

  static List<String> policies() {
    return AssignmentPolicies.names();
  }

  @ParameterizedTest
  @MethodSource("policies")
  void invariantsHoldUnderARandomMixedWorkload(String policyName) {
    WorkforceSpec spec = new WorkforceSpec(
        Map.of(Role.PICKER, 5, Role.PACKER, 3, Role.PROBLEM_SOLVER, 2),
        Map.of(Role.PROBLEM_SOLVER, Set.of(TaskType.PACK, TaskType.PICK), Role.PACKER, Set.of(TaskType.QUALITY_CHECK)),
        List.of(new Shift(0, 4 * HOUR, List.of(new Break(2 * HOUR, 900))),
            new Shift(4 * HOUR, 8 * HOUR, List.of(new Break(5 * HOUR, 600), new Break(7 * HOUR, 600)))),
        2, 20);
    WorkforceRig rig = new WorkforceRig(spec, AssignmentPolicies.create(policyName));
    Workforce workforce = rig.workforce;
    workforce.bindPosts(Role.PICKER, 2, 2);
    MRG32k3a stream = new MRG32k3a();
    stream.setSeed(new long[] {12345, 23456, 34567, 45678, 56789, 67890});
    long[] done = new long[1];
    long[] requested = new long[1];

    Action[] arrival = new Action[1];
    arrival[0] = new Action(rig.simulator, () -> {
      TaskType type = TYPES[stream.nextInt(0, TYPES.length - 1)];
      int post = type == TaskType.PICK ? stream.nextInt(-1, 1) : -1;
      double workSec = 5 + 60 * stream.nextDouble();
      boolean followUp = stream.nextDouble() < 0.3;
      requested[0]++;
      workforce.request(type, post, workSec, () -> {
        done[0]++;
        if (followUp) { // a completion that creates more work, as a pick creates a pack
          requested[0]++;
          workforce.request(TaskType.PACK, -1, 30, () -> done[0]++);
        }
        workforce.checkInvariants();
      });
      if (rig.simulator.time() < 8 * HOUR) {
        arrival[0].schedule(-Math.log(1 - stream.nextDouble()) * 5);
      }
    });
    arrival[0].schedule(0);
    int[] maxQueued = new int[1];
    Action[] check = new Action[1];
    check[0] = new Action(rig.simulator, () -> {
      workforce.checkInvariants();
      maxQueued[0] = Math.max(maxQueued[0], workforce.queued());
      if (rig.simulator.time() < 9 * HOUR) {
        check[0].schedule(60);
      }
    });
    check[0].schedule(0.5);
    rig.run();
    workforce.checkInvariants();

    // everybody went home; nothing is in hand, so busy hours are exactly the ledger's hours
    assertTrue(workforce.associates().stream().allMatch(a -> a.state() == Associate.State.OFF_SHIFT));
    Map<Metric, Double> m = workforce.metrics();
    double onShiftHours = 0;
    double busyHours = 0;
    for (Map.Entry<Metric, Double> e : m.entrySet()) {
      if (e.getKey().name().startsWith("onShiftHours.")) {
        onShiftHours += e.getValue();
      } else if (e.getKey().name().startsWith("busyHours.")) {
        busyHours += e.getValue();
      }
    }
    double ledgerHours = rig.ledger.humanWorkSec() / HOUR;
    assertTrue(ledgerHours <= onShiftHours, ledgerHours + " h of work in " + onShiftHours + " h on shift");
    assertEquals(ledgerHours, busyHours, 1e-9);
    assertTrue(onShiftHours >= 10 * 8 - 1e-9, "10 people per shift for 4 h, twice, plus overtime: " + onShiftHours);
    long inLedger = rig.ledger.cells().values().stream().mapToLong(c -> c.count()).sum();
    assertEquals(done[0], inLedger);
    assertEquals(requested[0], done[0] + workforce.queued(), "a task is done or still waiting");
    assertTrue(done[0] > 5000, "enough work: " + done[0]);
    assertTrue(maxQueued[0] >= 5, "queues were exercised: at most " + maxQueued[0] + " waiting");
  }

  @Test
  void theCheckNamesTheBrokenInvariantTheAssociateAndTheTime() {
    WorkforceRig rig = new WorkforceRig(WorkforceRig.spec(Map.of(Role.PICKER, 2), Map.of(), List.of()),
        new LongestIdle());
    rig.workforce.start();
    rig.workforce.checkInvariants();
    rig.associate(1).listedIdle = false; // as if the idle list had lost associate 1
    IllegalStateException e = assertThrows(IllegalStateException.class, rig.workforce::checkInvariants);
    assertTrue(e.getMessage().contains("idle-listed iff IDLE") && e.getMessage().contains("associate 1")
        && e.getMessage().contains("t=0.0"), e.getMessage());
  }
}
