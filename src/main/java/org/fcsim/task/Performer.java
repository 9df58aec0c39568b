package org.fcsim.task;

/**
 * Who did a task, as the ledger groups it: an associate role, or a kind of robot.
 *
 * @param key   column value in output tables ({@code picker}, {@code pickArm}, ...)
 * @param human whether the performer is a person
 */
public record Performer(String key, boolean human) {
  public static final Performer DRIVE_UNIT = new Performer("driveUnit", false);
  public static final Performer PICK_ARM = new Performer("pickArm", false);
  public static final Performer SORT_ARM = new Performer("sortArm", false);

  public static Performer of(Role role) {
    return new Performer(role.key(), true);
  }
}
