package org.fcsim.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fcsim.scenario.Scenario;
import org.fcsim.scenario.ScenarioLevels;
import org.fcsim.scenario.ScenarioLoader;
import org.fcsim.task.TaskType;
import org.junit.jupiter.api.Test;

/**
 * The shipped ladder's breaks are staggered, so picking and packing never stop: over every break
 * window (the first group's break start to the last group's break end), checked at event
 * resolution from every pick at a station and every pack as it finishes, never more than {@value #MAX_GAP_SEC} s
 * pass without one (the floor picks and packs about a unit a second). With everyone breaking at
 * once, the same check sees the floor stop for the whole break.
 */
class BreaksKeepTheFloorGoingTest {
  private static final double MAX_GAP_SEC = 120;
  private static final ScenarioLevels LADDER =
      ScenarioLoader.loadLevels(Path.of("scenarios/automation-ladder.yaml"), Map.of());

  private static Scenario level(String name) {
    return LADDER.levels().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow().scenario().scenario();
  }

  /** Finish times of every task of {@code type} in replication 0. */
  private static List<Double> finished(Scenario s, TaskType type) {
    FloorModel model = new FloorModel(s, 0);
    List<Double> times = new ArrayList<>();
    model.listen((t, performer, waitSec, workSec) -> {
      if (t == type) {
        times.add(model.nowSec());
      }
    });
    model.run();
    return times;
  }

  /** The longest stretch inside [from, to] without a finish. */
  private static double longestGap(List<Double> times, double from, double to) {
    double last = from;
    double gap = 0;
    for (double t : times) {
      if (t > from && t <= to) {
        gap = Math.max(gap, t - last);
        last = t;
      }
    }
    return Math.max(gap, to - last);
  }

  private static void assertNeverStops(Scenario s, String what) {
    Scenario.Shift shift = s.associates().shifts().get(0);
    // a walking picker's task is a whole tour of minutes: there packing, one order at a time, is the check
    List<TaskType> types = s.pickerToParts().enabled() ? List.of(TaskType.PACK) : List.of(TaskType.PICK, TaskType.PACK);
    for (TaskType type : types) {
      List<Double> times = finished(s, type);
      for (Scenario.Break b : shift.breaks()) {
        double end = b.atSec() + (shift.breakGroups() - 1) * shift.breakStaggerSec() + b.durationSec();
        double gap = longestGap(times, b.atSec(), end);
        assertTrue(gap < MAX_GAP_SEC, what + ": " + type.key() + " stopped for " + gap + " s during the break at "
            + b.atSec() + " s");
      }
    }
  }

  @Test
  void pickingAndPackingGoOnThroughEveryStaggeredBreak() {
    for (String name : List.of("manual", "goods-to-person", "high-automation")) {
      assertTrue(level(name).associates().shifts().get(0).breakGroups() > 1, name + " staggers its breaks");
      assertNeverStops(level(name), name);
    }
  }

  @Test
  void withEveryoneBreakingAtOnceTheStationsStop() {
    Scenario staggered = level("goods-to-person");
    Scenario.Associates a = staggered.associates();
    Scenario.Shift shift = a.shifts().get(0);
    Scenario.Associates atOnce = new Scenario.Associates(a.countPerShift(), a.skills(),
        List.of(new Scenario.Shift(shift.startSec(), shift.endSec(), shift.breaks(), 1, 0)), a.shiftsRepeatSec(),
        a.initialSlowdown(), a.tasksToHalve(), a.assignmentPolicy(), a.taskTimeSec(), a.countByShift());
    Scenario s = staggered.withAssociates(atOnce);
    List<Double> picks = finished(s, TaskType.PICK);
    Scenario.Break first = shift.breaks().get(0);
    double gap = longestGap(picks, first.atSec(), first.atSec() + first.durationSec());
    // the pickers finish the pick in hand (seconds), then every station waits out the 15 minutes
    assertTrue(gap > first.durationSec() - 60, "picking stopped for only " + gap + " s");
  }
}
