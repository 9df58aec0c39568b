package org.fcsim.report;

import java.awt.Color;
import java.util.List;
import java.util.Map;
import org.fcsim.task.Role;
import org.fcsim.task.TaskType;

/**
 * The one colour of each role, used by every chart that colours by role (the staffing study's
 * crews, roles gained and lost): a role keeps its colour whichever other roles a chart shows.
 * A built-in role whose work is one task category takes that category's {@link TaskPalette}
 * colour (pickers the blue of picking, robotics technicians the purple of robot care); the other
 * three built-ins take the Okabe–Ito colours left over, yellow shared with transport (which no role does). Roles that research code registers
 * take, in registration order, colours from Paul Tol's muted scheme; a key that is no role, grey.
 */
final class RolePalette {
  private static final Map<String, Color> BUILT_IN = Map.of(
      Role.PICKER.key(), TaskPalette.of(TaskType.Category.PICKING.key()),
      Role.STOWER.key(), new Color(0xF0E442),                                // yellow
      Role.SORTER.key(), TaskPalette.of(TaskType.Category.SORTING.key()),
      Role.PACKER.key(), TaskPalette.of(TaskType.Category.PACKING.key()),
      Role.PROBLEM_SOLVER.key(), TaskPalette.of(TaskType.Category.EXCEPTIONS.key()),
      Role.ROBOTICS_TECHNICIAN.key(), TaskPalette.of(TaskType.Category.ROBOT_CARE.key()),
      Role.AUTOMATION_OPERATOR.key(), new Color(0x56B4E9),                   // sky blue
      Role.QUALITY_CONTROL.key(), new Color(0x333333));                      // Okabe–Ito's black, softened
  private static final List<Color> REGISTERED = List.of(
      new Color(0x882255), new Color(0x44AA99), new Color(0x999933), new Color(0x332288), new Color(0xAA4499));

  private RolePalette() {}

  /** The colour of the role with this key. */
  static Color of(String roleKey) {
    Role role = Role.byKey(roleKey);
    if (role == null) {
      return TaskPalette.OTHER;
    }
    // registered roles come after the built-ins: their ordinals count from BUILT_IN.size()
    return BUILT_IN.getOrDefault(roleKey, REGISTERED.get(Math.floorMod(role.ordinal() - BUILT_IN.size(), REGISTERED.size())));
  }
}
