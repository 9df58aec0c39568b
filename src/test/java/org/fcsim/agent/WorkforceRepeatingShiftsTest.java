package org.fcsim.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fcsim.task.Role;
import org.junit.jupiter.api.Test;

/** Shifts that recur every day with the same people, and an event list that does not grow with the horizon. */
class WorkforceRepeatingShiftsTest {
  private static WorkforceSpec daily(double startSec, double endSec, List<WorkforceSpec.Break> breaks) {
    return new WorkforceSpec(Map.of(Role.PICKER, 1), Map.of(Role.PICKER, Set.of()),
        List.of(new WorkforceSpec.Shift(startSec, endSec, breaks)), 1, 1, 100);
  }

  @Test
  void theSameAssociateWorksEveryCycleWithItsBreaks() {
    WorkforceRig rig = new WorkforceRig(daily(10, 50, List.of(new WorkforceSpec.Break(20, 5))), new PrimaryRoleFirst());
    rig.workforce.start();
    List<String> states = new ArrayList<>();
    for (double t : new double[] {5, 15, 22, 30, 60, 105, 115, 122, 160, 315}) {
      rig.at(t, () -> states.add(t + ":" + rig.associate(0).state()));
    }
    rig.at(400, rig.simulator::stop);
    rig.simulator.start();
    assertEquals(List.of("5.0:OFF_SHIFT", "15.0:IDLE", "22.0:ON_BREAK", "30.0:IDLE", "60.0:OFF_SHIFT",
        "105.0:OFF_SHIFT", "115.0:IDLE", "122.0:ON_BREAK", "160.0:OFF_SHIFT", "315.0:IDLE"), states);
    assertEquals(1, rig.workforce.associates().size());
  }

  @Test
  void onShiftHoursAddUpOverCyclesAndTheEventListStaysShort() {
    WorkforceRig rig = new WorkforceRig(daily(0, 40, List.of()), new PrimaryRoleFirst());
    rig.workforce.start();
    int[] longest = new int[1];
    for (int k = 1; k <= 100; k++) {
      rig.at(k * 100 - 1, () -> {
        int pending = 0;
        for (umontreal.ssj.simevents.Event e : rig.simulator.getEventList()) {
          pending++;
        }
        longest[0] = Math.max(longest[0], pending);
      });
    }
    rig.at(10_000, rig.simulator::stop);
    rig.simulator.start();
    double onShift = rig.workforce.metrics().entrySet().stream()
        .filter(e -> e.getKey().name().equals("onShiftHours.picker")).mapToDouble(Map.Entry::getValue).sum();
    assertEquals(100 * 40 / 3600.0, onShift, 1e-9);
    // probes still pending plus this cycle's shift events: never the whole horizon's worth
    assertTrue(longest[0] <= 105, "event list held " + longest[0] + " events");
  }

  @Test
  void aShiftLongerThanItsPeriodIsRefused() {
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> daily(0, 150, List.of()));
  }

}
