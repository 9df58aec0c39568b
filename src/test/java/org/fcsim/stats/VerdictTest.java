package org.fcsim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The verdict's rules on exact, made-up replications: each way, the undecided middle, and the cases without demand. */
class VerdictTest {
  /** Replications with demand 1000 units/h and these shortfalls; station pickers at 0.9, drive units at 0.7. */
  private static LevelResults level(double... shortfalls) {
    List<ReplicationResult> reps = new ArrayList<>();
    for (int r = 0; r < shortfalls.length; r++) {
      Map<Metric, Double> v = new LinkedHashMap<>();
      v.put(new Metric("demandUnitsPerHour", "units/h"), 1000.0);
      v.put(new Metric("arrivedUnitsPerHour", "units/h"), 1000.0);
      v.put(new Metric("unitsPerHour", "units/h"), 1000.0 - shortfalls[r]);
      v.put(new Metric("shortfallUnitsPerHour", "units/h"), shortfalls[r]);
      v.put(new Metric("wipGrowthUnitsPerHour", "units/h"), shortfalls[r]);
      v.put(new Metric("utilizationOfAvailable.picker.station", "fraction"), 0.9);
      v.put(new Metric("utilizationOfAvailable.driveUnits", "fraction"), 0.7);
      v.put(new Metric("queueGrowthPerHour.driveUnits", "pods/h"), 5.0 + r);
      reps.add(new ReplicationResult(r, v));
    }
    return new LevelResults("L", reps);
  }

  @Test
  void aShortfallSurelyBelowThreePercentKeepsUp() {
    Verdict v = Verdict.of(level(0, 5, -5, 10, 0), List.of());
    assertEquals("yes", v.keepsUp());
    assertEquals("picker.station", v.bottleneck());
    assertEquals(0.9, v.bottleneckUtilization(), 1e-12);
    assertEquals("", v.growingQueue(), "a level that keeps up has no growing queue to report");
    assertTrue(v.line().startsWith("L: keeps up: ships 998 of 1000 units/h demanded; bottleneck picker.station at 90%"),
        v.line());
  }

  @Test
  void aShortfallSurelyAboveThreePercentDoesNotAndADisagreeingQueueIsNamed() {
    Verdict v = Verdict.of(level(100, 110, 90, 105, 95), List.of());
    assertEquals("no", v.keepsUp());
    assertEquals("driveUnits", v.growingQueue());
    assertTrue(v.line().contains("does NOT keep up") && v.line().contains("a growing queue to driveUnits"), v.line());
  }

  @Test
  void anIntervalAcrossTheToleranceIsUndecidedAndSaysHowManyReplicationsWouldDecide() {
    Verdict v = Verdict.of(level(0, 60, 10, 50, 20), List.of());
    assertEquals("undecided", v.keepsUp());
    assertTrue(v.note().matches("about \\d+ replications would decide.*"), v.note());
    assertEquals("undecided", Verdict.of(level(0), List.of()).keepsUp(), "one replication cannot decide");
  }

  @Test
  void aClosedLoopHasNoOfferedLoadAndNoVerdict() {
    Map<Metric, Double> v = new LinkedHashMap<>();
    v.put(new Metric("unitsPerHour", "units/h"), 700.0);
    Verdict verdict = Verdict.of(new LevelResults("loop", List.of(new ReplicationResult(0, v), new ReplicationResult(1, v))),
        List.of());
    assertEquals("n/a", verdict.keepsUp());
    assertTrue(verdict.line().contains("closed loop: no offered load"), verdict.line());
  }

  @Test
  void aBacklogKeepsUpWhenEveryReplicationClearedIt() {
    List<ReplicationResult> reps = new ArrayList<>();
    double[] cleared = {3600, Double.NaN};
    for (int r = 0; r < 2; r++) {
      Map<Metric, Double> v = new LinkedHashMap<>();
      v.put(new Metric("unitsPerHour", "units/h"), 500.0);
      v.put(new Metric("arrivedUnitsPerHour", "units/h"), 0.0);
      v.put(new Metric("backlogClearedSec", "s"), cleared[r]);
      reps.add(new ReplicationResult(r, v));
    }
    Verdict v = Verdict.of(new LevelResults("b", reps), List.of());
    assertEquals("undecided", v.keepsUp());
    assertEquals("backlog cleared in 1 of 2 replications", v.note());
  }
}
