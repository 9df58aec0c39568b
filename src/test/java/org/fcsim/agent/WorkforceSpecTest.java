package org.fcsim.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fcsim.agent.WorkforceSpec.Break;
import org.fcsim.agent.WorkforceSpec.Shift;
import org.fcsim.task.Role;
import org.fcsim.task.TaskType;
import org.junit.jupiter.api.Test;

/** The spec rejects impossible inputs with the offending value, and holds immutable copies. */
class WorkforceSpecTest {
  private static WorkforceSpec spec(double initialSlowdown, double tasksToHalve) {
    return new WorkforceSpec(Map.of(Role.PICKER, 1), Map.of(), List.of(), initialSlowdown, tasksToHalve);
  }

  private static void rejects(String inMessage, Runnable build) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build::run);
    assertTrue(e.getMessage().contains(inMessage), e.getMessage());
  }

  @Test
  void rangesAreChecked() {
    rejects("initialSlowdown", () -> spec(0.9, 1));
    rejects("tasksToHalve", () -> spec(2, 0));
    rejects("count >= 0", () -> new WorkforceSpec(Map.of(Role.PICKER, -1), Map.of(), List.of(), 1, 1));
    rejects("endSec must be > startSec", () -> new Shift(100, 100, List.of()));
    rejects("startSec", () -> new Shift(-1, 100, List.of()));
    rejects("outside the shift", () -> new Shift(0, 100, List.of(new Break(100, 10))));
    rejects("starts before break 0", () -> new Shift(0, 100, List.of(new Break(10, 30), new Break(30, 5))));
    rejects("durationSec", () -> new Break(10, 0));
  }

  @Test
  void noShiftsMeansOneShiftForTheWholeRun() {
    WorkforceSpec spec = spec(1, 1);
    assertEquals(List.of(new Shift(0, Double.POSITIVE_INFINITY, List.of())), spec.effectiveShifts());
    assertEquals(0, spec.count(Role.PACKER));
    assertEquals(Set.of(), spec.skillsOf(Role.PICKER));
  }

  @Test
  void collectionsAreCopiedInRoleOrderAndCannotChange() {
    Map<Role, Integer> counts = new HashMap<>(Map.of(Role.PACKER, 2, Role.PICKER, 3));
    List<Shift> shifts = new ArrayList<>(List.of(new Shift(0, 10, List.of())));
    WorkforceSpec spec = new WorkforceSpec(counts, Map.of(Role.PACKER, Set.of(TaskType.QUALITY_CHECK)), shifts, 1, 1);
    counts.put(Role.SORTER, 5);
    shifts.clear();
    assertEquals(List.of(Role.PICKER, Role.PACKER), List.copyOf(spec.countPerShift().keySet()));
    assertEquals(1, spec.shifts().size());
    assertThrows(UnsupportedOperationException.class, () -> spec.countPerShift().put(Role.SORTER, 1));
    assertThrows(UnsupportedOperationException.class, () -> spec.skillsOf(Role.PACKER).add(TaskType.PACK));
  }
}
