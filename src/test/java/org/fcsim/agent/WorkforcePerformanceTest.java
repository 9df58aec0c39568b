package org.fcsim.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fcsim.agent.WorkforceSpec.Break;
import org.fcsim.agent.WorkforceSpec.Shift;
import org.fcsim.sim.Action;
import org.fcsim.task.Role;
import org.fcsim.task.TaskType;
import org.junit.jupiter.api.Test;
import umontreal.ssj.rng.MRG32k3a;

/**
 * Smoke test at floor scale, not timed: about 1,000 associates on three shifts and 500,000
 * requests over a simulated day. Prints the wall time (about a second here).
 */
class WorkforcePerformanceTest {
  private static final double HOUR = 3600;
  private static final int REQUESTS = 500_000;
  private static final int STATIONS = 50;

  @Test
  void aThousandAssociatesHandleHalfAMillionRequestsInADay() {
    List<Shift> shifts = List.of(
        new Shift(0, 8 * HOUR, List.of(new Break(4 * HOUR, 1800))),
        new Shift(8 * HOUR, 16 * HOUR, List.of(new Break(12 * HOUR, 1800))),
        new Shift(16 * HOUR, 24 * HOUR, List.of(new Break(20 * HOUR, 1800))));
    WorkforceSpec spec = new WorkforceSpec(
        Map.of(Role.PICKER, 200, Role.PACKER, 80, Role.PROBLEM_SOLVER, 40, Role.SORTER, 14),
        Map.of(Role.PROBLEM_SOLVER, Set.of(TaskType.PACK), Role.SORTER, Set.of(TaskType.PACK, TaskType.PICK)),
        shifts, 1.5, 50);
    WorkforceRig rig = new WorkforceRig(spec, new PrimaryRoleFirst());
    Workforce workforce = rig.workforce;
    workforce.bindPosts(Role.PICKER, STATIONS, 3); // 150 bound, 50 unbound per shift
    assertEquals(1002, workforce.associates().size());

    MRG32k3a stream = new MRG32k3a();
    stream.setSeed(new long[] {1, 2, 3, 4, 5, 6});
    double meanGapSec = 24 * HOUR / REQUESTS;
    long[] done = new long[1];
    Runnable onDone = () -> done[0]++;
    int[] requested = new int[1];
    Action[] arrival = new Action[1];
    arrival[0] = new Action(rig.simulator, () -> {
      double u = stream.nextDouble();
      // offered load about 60-75% of each group's capacity
      if (u < 0.3) {
        workforce.request(TaskType.PICK, stream.nextInt(0, STATIONS - 1), 20 + 10 * stream.nextDouble(), onDone);
      } else if (u < 0.6) {
        workforce.request(TaskType.PICK, -1, 20 + 10 * stream.nextDouble(), onDone);
      } else if (u < 0.9) {
        workforce.request(TaskType.PACK, -1, 20 + 20 * stream.nextDouble(), onDone);
      } else if (u < 0.97) {
        workforce.request(TaskType.SORT, -1, 20, onDone);
      } else {
        workforce.request(TaskType.MISSING_ITEM, -1, 60 + 60 * stream.nextDouble(), onDone);
      }
      if (++requested[0] < REQUESTS) {
        arrival[0].schedule(-Math.log(1 - stream.nextDouble()) * meanGapSec);
      }
    });
    arrival[0].schedule(0);

    long t0 = System.nanoTime();
    rig.run();
    double wallSec = (System.nanoTime() - t0) / 1e9;
    workforce.checkInvariants();

    assertEquals(REQUESTS, done[0] + workforce.queued());
    assertTrue(done[0] > 0.99 * REQUESTS, "done " + done[0]);
    System.out.printf("workforce smoke: %d associates, %d requests, %d done, %.2f s wall%n",
        workforce.associates().size(), REQUESTS, done[0], wallSec);
  }
}
