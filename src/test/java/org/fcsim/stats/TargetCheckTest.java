package org.fcsim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Targets judged on the safe side, on exact made-up replications. */
class TargetCheckTest {
  private static List<ReplicationResult> reps(double[] p95, double[] packer, double[] picker) {
    List<ReplicationResult> out = new ArrayList<>();
    for (int r = 0; r < p95.length; r++) {
      Map<Metric, Double> v = new LinkedHashMap<>();
      v.put(new Metric("orderCycleSec.p95", "s"), p95[r]);
      v.put(new Metric("utilizationOfAvailable.packer", "fraction"), packer[r]);
      v.put(new Metric("utilizationOfAvailable.picker.station", "fraction"), picker[r]);
      v.put(new Metric("utilizationOfAvailable.driveUnits", "fraction"), 0.99);
      v.put(new Metric("meanWaitSec.robotCare", "s"), Double.NaN);
      out.add(new ReplicationResult(r, v));
    }
    return out;
  }

  private static String met(TargetCheck.Target t, List<ReplicationResult> reps) {
    return TargetCheck.judge(List.of(t), reps).get(0).met();
  }

  @Test
  void metWhenTheUnfavourableBoundIsWithinMissedWhenTheOtherIsOutsideUndecidedBetween() {
    TargetCheck.Target p95 = new TargetCheck.Target("p95 order cycle", "orderCycleSec.p95", "s", 1000);
    double[] u = {0.5, 0.5, 0.5};
    assertEquals("met", met(p95, reps(new double[] {900, 910, 905}, u, u)));
    assertEquals("missed", met(p95, reps(new double[] {1100, 1110, 1105}, u, u)));
    assertEquals("undecided", met(p95, reps(new double[] {900, 1100, 1000}, u, u)));
    assertEquals("undecided", met(p95, reps(new double[] {900}, new double[] {0.5}, new double[] {0.5})), "one replication");
    assertEquals("n/a", met(new TargetCheck.Target("robot-care wait", "meanWaitSec.robotCare", "s", 60),
        reps(new double[] {900, 910}, u, u)), "nothing observed: nothing to judge");
  }

  @Test
  void aFamilyTargetJudgesOnlyItsGroupsAndReportsTheWorst() {
    TargetCheck.Target people = new TargetCheck.Target("utilization", "utilizationOfAvailable.", "", 0.9,
        List.of("packer", "picker"));
    double[] p95 = {900, 900, 900};
    TargetCheck c = TargetCheck.judge(List.of(people), reps(p95, new double[] {0.5, 0.5, 0.5},
        new double[] {0.95, 0.96, 0.955})).get(0);
    assertEquals("missed", c.met());
    assertEquals("utilizationOfAvailable.picker.station", c.metric(), "drive units at 0.99 are not people");
    assertEquals("met", met(people, reps(p95, new double[] {0.5, 0.5, 0.5}, new double[] {0.6, 0.6, 0.6})));
  }
}
