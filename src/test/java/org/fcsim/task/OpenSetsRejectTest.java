package org.fcsim.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The built-in task types, roles and performers as fcsim registers them, and the registrations
 * the open sets refuse. Nothing here adds an entry (the sets are global to the JVM).
 */
class OpenSetsRejectTest {
  @Test
  void builtInTaskTypesKeepTheirOrderKeysAndTraits() {
    List<TaskType> types = TaskType.values();
    assertEquals("pick", types.get(0).key());
    for (int i = 0; i < types.size(); i++) {
      assertEquals(i, types.get(i).ordinal());
      assertSame(types.get(i), TaskType.byKey(types.get(i).key()));
    }
    assertTrue(TaskType.PICK.compareTo(TaskType.PACK) < 0);
    assertTrue(TaskType.PACK.compareTo(TaskType.PICK) > 0);
    assertEquals(0, TaskType.PACK.compareTo(TaskType.PACK));
    assertEquals("sortJam", TaskType.SORT_JAM.toString());
    assertTrue(TaskType.SORT_JAM.urgent());
    assertTrue(TaskType.PACK_JAM.urgent());
    assertTrue(TaskType.PACK_JAM.declaredWhereItArises());
    assertTrue(TaskType.STOW_FAILURE.declaredWhereItArises());
    assertFalse(TaskType.STOW_FAILURE.urgent());
    assertFalse(TaskType.PICK.urgent());
    assertFalse(TaskType.SORT_JAM.declaredWhereItArises());
    assertNull(TaskType.PICK.defaultTimeSec());
    assertEquals(48, TaskType.PACK.defaultTimeSec().mean(), 1e-9 * 48 + 1e-6 * 48);
    assertSame(TaskType.STOW.defaultTimeSec(), TaskType.STOW_FAILURE.defaultTimeSec());
    assertNull(TaskType.byKey("noSuchType"));
  }

  @Test
  void workGroupsCategoriesAndAQualityCheckIsJudgment() {
    assertEquals(TaskType.Work.ROUTINE, TaskType.PICK.work());
    assertEquals(TaskType.Work.ROUTINE, TaskType.PACK.work());
    assertEquals(TaskType.Category.PACKING, TaskType.QUALITY_CHECK.category());
    assertEquals(TaskType.Work.JUDGMENT, TaskType.QUALITY_CHECK.work());
    assertEquals(TaskType.Work.JUDGMENT, TaskType.MISPICK.work());
    assertEquals(TaskType.Work.ROBOT_CARE, TaskType.REPAIR.work());
    assertEquals("robotCare", TaskType.Work.ROBOT_CARE.key());
    assertEquals("exceptions", TaskType.Category.EXCEPTIONS.key());
  }

  @Test
  void badTaskTypesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> TaskType.register("pick", TaskType.Category.PICKING, null));
    assertThrows(IllegalArgumentException.class, () -> TaskType.register("Capital", TaskType.Category.PICKING, null));
    assertThrows(IllegalArgumentException.class, () -> TaskType.register("has space", TaskType.Category.PICKING, null));
    assertThrows(IllegalArgumentException.class, () -> TaskType.register(null, TaskType.Category.PICKING, null));
    assertThrows(IllegalArgumentException.class, () -> TaskType.register("a" + "b".repeat(64), TaskType.Category.PICKING, null));
    IllegalArgumentException noCategory =
        assertThrows(IllegalArgumentException.class, () -> TaskType.register("fineName", null, null));
    assertTrue(noCategory.getMessage().contains("needs a category"), noCategory.getMessage());
    assertNull(TaskType.byKey("fineName"));
  }

  @Test
  void builtInRolesAndTheirPerformers() {
    assertEquals("picker", Role.values().get(0).key());
    for (int i = 0; i < Role.values().size(); i++) {
      Role role = Role.values().get(i);
      assertEquals(i, role.ordinal());
      assertSame(role, Role.byKey(role.key()));
      assertTrue(role.performer().human());
      assertEquals(role.key(), role.performer().key());
    }
    assertEquals(8, Role.PICKER.defaultCount());
    assertEquals(0, Role.STOWER.defaultCount());
    assertEquals(List.of(TaskType.PICK, TaskType.GRASP_FAILURE), List.copyOf(Role.PICKER.primaryTasks()));
    assertTrue(Role.PICKER.compareTo(Role.PACKER) < 0);
    assertTrue(Role.RECEIVER.compareTo(Role.PICKER) > 0);
    assertEquals("roboticsTech", Role.ROBOTICS_TECHNICIAN.toString());
    assertThrows(UnsupportedOperationException.class, () -> Role.PICKER.primaryTasks().clear());
  }

  @Test
  void badRolesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> Role.register("picker", Set.of(TaskType.PICK), 1));
    assertThrows(IllegalArgumentException.class, () -> Role.register("driveUnit", Set.of(TaskType.PICK), 1));
    assertThrows(IllegalArgumentException.class, () -> Role.register("fineRole", Set.of(TaskType.PICK), -1));
    assertThrows(IllegalArgumentException.class, () -> Role.register("fineRole", null, 1));
    assertNull(Role.byKey("fineRole"));
    assertNull(Performer.byKey("fineRole"));
  }

  @Test
  void performersAreRobotsFirstThenRoles() {
    List<Performer> all = Performer.values();
    assertEquals(0, Performer.DRIVE_UNIT.ordinal());
    assertFalse(Performer.DRIVE_UNIT.human());
    assertTrue(Performer.PACK_MACHINE.ordinal() < Performer.of(Role.PICKER).ordinal());
    assertEquals(all.indexOf(Performer.of(Role.PACKER)), Performer.of(Role.PACKER).ordinal());
    assertSame(Performer.PICK_ARM, Performer.robot("pickArm"));
    assertSame(Performer.of(Role.PICKER), Performer.byKey("picker"));
    IllegalArgumentException role = assertThrows(IllegalArgumentException.class, () -> Performer.robot("picker"));
    assertTrue(role.getMessage().contains("is a role"), role.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Performer.register("driveUnit", false));
    assertNull(Performer.byKey("noSuchPerformer"));
  }
}
