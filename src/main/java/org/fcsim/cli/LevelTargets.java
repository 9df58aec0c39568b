package org.fcsim.cli;

import java.util.ArrayList;
import java.util.List;
import org.fcsim.scenario.Scenario;
import org.fcsim.stats.TargetCheck;
import org.fcsim.task.Role;

/** A level's {@code targets:} as the limits the verdict judges, besides keeping up. */
final class LevelTargets {
  private LevelTargets() {}

  static List<TargetCheck.Target> of(Scenario scenario) {
    Scenario.Targets t = scenario.targets();
    List<TargetCheck.Target> out = new ArrayList<>();
    if (t.orderCycleP95Sec() > 0) {
      out.add(new TargetCheck.Target("p95 order cycle", "orderCycleSec.p95", "s", t.orderCycleP95Sec()));
    }
    if (t.exceptionWaitSec() > 0) {
      out.add(new TargetCheck.Target("exception wait", "meanWaitSec.exceptions", "s", t.exceptionWaitSec()));
    }
    if (t.robotCareWaitSec() > 0) {
      out.add(new TargetCheck.Target("robot-care wait", "meanWaitSec.robotCare", "s", t.robotCareWaitSec()));
    }
    if (t.maxUtilization() < 1) {
      out.add(new TargetCheck.Target("utilization", "utilizationOfAvailable.", "",
          t.maxUtilization(), Role.values().stream().map(Role::key).toList()));
    }
    return out;
  }
}
