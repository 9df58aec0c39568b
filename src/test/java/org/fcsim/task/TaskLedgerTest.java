package org.fcsim.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The ledger's exact arithmetic: counts and seconds add up per (type, performer) cell, the
 * warm-up reset keeps only the part of a straddling task inside the window (work first, then
 * waiting), and cells are listed people first by type then role, then robots by kind then type.
 */
class TaskLedgerTest {
  @Test
  void recordsAddUpPerCell() {
    TaskLedger ledger = new TaskLedger();
    ledger.record(TaskType.PICK, Performer.of(Role.PICKER), 2, 10);
    ledger.record(TaskType.PICK, Performer.of(Role.PICKER), 3, 12);
    ledger.record(TaskType.PACK, Performer.of(Role.PACKER), 1, 40);

    TaskLedger.Cell pick = ledger.cells().get(new TaskLedger.Key(TaskType.PICK, Performer.of(Role.PICKER)));
    assertEquals(2, pick.count());
    assertEquals(5, pick.waitSec(), 0);
    assertEquals(22, pick.workSec(), 0);
    assertEquals(62, ledger.humanWorkSec(), 0);
  }

  @Test
  void humanWorkLeavesRobotsOut() {
    TaskLedger ledger = new TaskLedger();
    ledger.record(TaskType.PICK, Performer.PICK_ARM, 0, 7);
    ledger.record(TaskType.PICK, Performer.of(Role.PICKER), 0, 5);
    assertEquals(5, ledger.humanWorkSec(), 0);
  }

  @Test
  void aDeclaredCellIsListedEmpty() {
    TaskLedger ledger = new TaskLedger();
    ledger.declare(TaskType.SORT, Performer.SORT_ARM);
    TaskLedger.Cell cell = ledger.cells().get(new TaskLedger.Key(TaskType.SORT, Performer.SORT_ARM));
    assertEquals(0, cell.count());
    assertEquals(0, cell.workSec(), 0);
  }

  @Test
  void resetForgetsEarlierTasksButKeepsTheCells() {
    TaskLedger ledger = new TaskLedger();
    ledger.record(TaskType.PICK, Performer.of(Role.PICKER), 2, 10);
    ledger.reset();
    TaskLedger.Cell pick = ledger.cells().get(new TaskLedger.Key(TaskType.PICK, Performer.of(Role.PICKER)));
    assertEquals(0, pick.count());
    assertEquals(0, pick.waitSec(), 0);
    assertEquals(1, ledger.cells().size());
    ledger.record(TaskType.PICK, Performer.of(Role.PICKER), 1, 4);
    assertEquals(1, ledger.cells().get(new TaskLedger.Key(TaskType.PICK, Performer.of(Role.PICKER))).count());
  }

  @Test
  void aTaskStraddlingTheResetCountsOnlyItsTimeInsideTheWindow() {
    double[] now = {100};
    TaskLedger ledger = new TaskLedger(() -> now[0]);
    ledger.reset(); // window opens at 100
    now[0] = 110;
    // waited 20 s and worked 6 s: 10 s in the window, so all 6 of work and 4 of waiting
    ledger.record(TaskType.PACK, Performer.of(Role.PACKER), 20, 6);
    // worked 30 s: only the 10 s inside the window, and no waiting
    ledger.record(TaskType.PICK, Performer.of(Role.PICKER), 5, 30);
    // inside the window entirely: as given
    now[0] = 200;
    ledger.record(TaskType.SORT, Performer.of(Role.SORTER), 3, 7);

    TaskLedger.Cell pack = ledger.cells().get(new TaskLedger.Key(TaskType.PACK, Performer.of(Role.PACKER)));
    assertEquals(6, pack.workSec(), 0);
    assertEquals(4, pack.waitSec(), 0);
    TaskLedger.Cell pick = ledger.cells().get(new TaskLedger.Key(TaskType.PICK, Performer.of(Role.PICKER)));
    assertEquals(10, pick.workSec(), 0);
    assertEquals(0, pick.waitSec(), 0);
    TaskLedger.Cell sort = ledger.cells().get(new TaskLedger.Key(TaskType.SORT, Performer.of(Role.SORTER)));
    assertEquals(7, sort.workSec(), 0);
    assertEquals(3, sort.waitSec(), 0);
  }

  @Test
  void aClockedLedgerBeforeAnyResetMeasuresFromTimeZero() {
    TaskLedger ledger = new TaskLedger(() -> 8);
    ledger.record(TaskType.PICK, Performer.of(Role.PICKER), 5, 5);
    TaskLedger.Cell pick = ledger.cells().get(new TaskLedger.Key(TaskType.PICK, Performer.of(Role.PICKER)));
    assertEquals(5, pick.workSec(), 0);
    assertEquals(3, pick.waitSec(), 0);
  }

  @Test
  void theListenerHearsTimesAsGivenBeforeTheWindowCutsThem() {
    TaskLedger ledger = new TaskLedger(() -> 4);
    List<String> heard = new ArrayList<>();
    ledger.listen((type, performer, wait, work) -> heard.add(type + "/" + performer.key() + "/" + wait + "/" + work));
    ledger.record(TaskType.PICK, Performer.DRIVE_UNIT, 9, 9);
    assertEquals(List.of("pick/driveUnit/9.0/9.0"), heard);
    ledger.listen(null);
    ledger.record(TaskType.PICK, Performer.DRIVE_UNIT, 1, 1);
    assertEquals(1, heard.size());
  }

  @Test
  void cellsArePeopleFirstByTypeThenRoleThenRobotsByKindThenType() {
    TaskLedger ledger = new TaskLedger();
    ledger.declare(TaskType.PICK, Performer.PICK_ARM);
    ledger.declare(TaskType.SORT, Performer.SORT_ARM);
    ledger.declare(TaskType.GRASP_FAILURE, Performer.of(Role.PROBLEM_SOLVER));
    ledger.declare(TaskType.POD_TRANSPORT, Performer.DRIVE_UNIT);
    ledger.declare(TaskType.GRASP_FAILURE, Performer.of(Role.PICKER));
    ledger.declare(TaskType.PICK, Performer.of(Role.PICKER));
    ledger.declare(TaskType.CHARGING, Performer.DRIVE_UNIT);
    List<String> order = ledger.cells().keySet().stream().map(k -> k.type() + "/" + k.performer().key()).toList();
    assertEquals(List.of("pick/picker", "graspFailure/picker", "graspFailure/problemSolver",
        "podTransport/driveUnit", "charging/driveUnit", "pick/pickArm", "sort/sortArm"), order);
    // a cell added after a listing shows in the next one
    ledger.declare(TaskType.PACK, Performer.of(Role.PACKER));
    assertEquals(8, ledger.cells().size());
    assertEquals(TaskType.PACK, new ArrayList<>(ledger.cells().keySet()).get(1).type());
    assertThrows(UnsupportedOperationException.class, () -> ledger.cells().clear());
  }

  @Test
  void theSameListingIsReusedUntilACellIsAdded() {
    TaskLedger ledger = new TaskLedger();
    ledger.declare(TaskType.PICK, Performer.PICK_ARM);
    assertSame(ledger.cells(), ledger.cells());
    ledger.record(TaskType.PICK, Performer.PICK_ARM, 0, 1);
    assertEquals(1, ledger.cells().values().iterator().next().count());
    assertNull(ledger.cells().get(new TaskLedger.Key(TaskType.PACK, Performer.PICK_ARM)));
  }
}
