package org.fcsim.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.fcsim.analysis.ErlangC;
import org.fcsim.experiment.CellStore;
import org.fcsim.experiment.Lever;
import org.fcsim.experiment.StaffingSearch;
import org.fcsim.scenario.Scenario;
import org.fcsim.scenario.ScenarioLoader;
import org.fcsim.stats.TargetCheck;
import org.fcsim.task.Role;
import org.junit.jupiter.api.Test;

/**
 * The staffing search where queueing, not utilization, decides: every line's stock is missing,
 * so problem solvers get Poisson requests (48/h, exponential 4 min: 3.2 Erlang) and the target
 * is their mean wait, at most 100 s. Utilization alone (3.2 / 0.85) suggests 4 solvers; Erlang C
 * says 4 wait about 180 s and 5 about 41 s, so the answer is 5. The search must find it, agree
 * with brute-force enumeration under the same judging, and one solver fewer must miss the target.
 */
class StaffingSearchTest {
  private static final double TARGET_WAIT_SEC = 100;
  private static final Function<Scenario, List<TargetCheck.Target>> WAIT =
      s -> List.of(new TargetCheck.Target("exception wait", "meanWaitSec.exceptions", "s", TARGET_WAIT_SEC));

  private static Scenario desk() {
    return ScenarioLoader.parse("desk.yaml", DESK_YAML.getBytes(StandardCharsets.UTF_8)).scenario();
  }

  private static final String DESK_YAML = """
        horizon: 41h
        warmup: 1h
        replications: 4
        seed: 1917
        demand:
          mode: poisson
          ordersPerHour: 48/h
          linesPerOrder: 1
          unitsPerLine: 1
          skus: 50000
          skuSkew: 0
          damagedPerUnit: 0
          missingPerLine: 1
          mispickPerHumanLine: 0
          qualityCheckShare: 0
        floor: { pods: 50000 }
        driveUnits: { count: 100, travel: distributions, travelToStation: { dist: exponential, mean: 30s },
                      travelToStorage: 30s }
        pickStations: { count: 4, policy: uniformRandom, podsPerStation: 100 }
        sortation: { robotShare: 0 }
        associates:
          picker: { count: 4 }
          sorter: { count: 2 }
          packer: { count: 2 }
          problemSolver: { count: 2 }
          roboticsTech: { count: 0 }
          automationOperator: { count: 0 }
          qualityControl: { count: 0 }
          taskTimes: { sort: 0s, pack: 0s, missingItem: { dist: exponential, mean: 4min } }
        """;

  @Test
  void findsTheErlangCAnswerWhichBruteForceConfirmsAndOneFewerMisses() {
    int exact = 4; // the least stable count above 3.2 Erlang
    while (ErlangC.of(48 / 3600.0, 240, exact).meanWaitInQueueSec() > TARGET_WAIT_SEC) {
      exact++;
    }
    assertEquals(5, exact, "Erlang C");
    StaffingSearch.Result r = StaffingSearch.solve("desk", desk(), List.of(Lever.of(Role.PROBLEM_SOLVER)), WAIT, 2, e -> { },
        c -> CellStore.NONE);
    assertEquals(exact, r.crew().get(Role.PROBLEM_SOLVER), "solved crew " + r.crew() + " after " + r.evaluations());
    assertEquals("exception wait", r.binding().get("problemSolver"));

    int bruteForce = -1;
    for (int c = 1; c <= 8 && bruteForce < 0; c++) {
      if (StaffingSearch.judge("desk", desk(), Map.of(Role.PROBLEM_SOLVER, c), WAIT, 2).meets()) {
        bruteForce = c;
      }
    }
    assertEquals(r.crew().get(Role.PROBLEM_SOLVER), bruteForce, "brute force");
    StaffingSearch.Evaluation fewer = StaffingSearch.judge("desk", desk(), Map.of(Role.PROBLEM_SOLVER, exact - 1), WAIT, 2);
    assertFalse(fewer.meets());
    assertTrue(fewer.failed().startsWith("exception wait"), fewer.failed());
  }

  /**
   * Wages decide: packers (20/h), cross-trained for missing items and otherwise idle, can do the
   * problem solvers' work (40/h). The search must find the crew of least wage cost that brute
   * force over every (solvers, packers) pair finds under the same judging, fewer people on a tie.
   */
  @Test
  void withWagesTheCheapestCrewIsTheOneBruteForceFinds() {
    Scenario s = ScenarioLoader.parse("desk.yaml", (DESK_YAML.replace("horizon: 41h", "horizon: 21h")
        .replace("packer: { count: 2 }", "packer: { count: 2, skills: [missingItem] }")
        + "costs: { wages: { problemSolver: 40, packer: 20 } }\n").getBytes(StandardCharsets.UTF_8)).scenario();
    List<Lever> levers = List.of(Lever.of(Role.PROBLEM_SOLVER), Lever.of(Role.PACKER));
    StaffingSearch.Result r = StaffingSearch.solve("desk", s, levers, WAIT, 2, e -> { }, c -> CellStore.NONE);
    double best = Double.POSITIVE_INFINITY;
    int fewest = Integer.MAX_VALUE;
    String bestCrew = "";
    for (int solvers = 0; solvers <= 6; solvers++) {
      for (int packers = 1; packers <= 7; packers++) {
        double cost = 40 * solvers + 20 * packers;
        boolean better = cost < best || cost == best && solvers + packers < fewest;
        if (better && StaffingSearch.judge("desk", s, Map.of(Role.PROBLEM_SOLVER, solvers, Role.PACKER, packers), WAIT, 2)
            .meets()) {
          best = cost;
          fewest = solvers + packers;
          bestCrew = solvers + "/" + packers;
        }
      }
    }
    assertEquals(bestCrew, r.counts().get("problemSolver") + "/" + r.counts().get("packer"), "after " + r.evaluations());
    assertEquals(best, r.costPerHour(), 1e-9);
  }
}
