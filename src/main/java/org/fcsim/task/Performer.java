package org.fcsim.task;

import java.util.List;

/**
 * Who did a task, as the ledger groups it: an associate role, or a kind of robot. An open
 * set: every {@link Role} registers itself as a human performer; robot kinds register here
 * (research code adds its own before loading a scenario). Output tables take "human" from
 * here, never from a guess.
 *
 * @param key   column value in output tables ({@code picker}, {@code pickArm}, ...)
 * @param human whether the performer is a person
 */
public record Performer(String key, boolean human) {
  private static final OpenRegistry<Performer> REGISTRY = new OpenRegistry<>("performer", Performer::key);

  public static final Performer DRIVE_UNIT = register("driveUnit", false);
  public static final Performer PICK_ARM = register("pickArm", false);
  public static final Performer SORT_ARM = register("sortArm", false);
  public static final Performer STOW_ROBOT = register("stowRobot", false);
  public static final Performer PACK_MACHINE = register("packMachine", false);

  /**
   * Adds a performer; robots call this with {@code human = false}, roles through {@link Role#register}.
   *
   * @throws IllegalArgumentException if the key is taken or not a camel-case name
   */
  public static Performer register(String key, boolean human) {
    return REGISTRY.add(new Performer(key, human));
  }

  /** A robot kind's performer, registered on first use. */
  public static Performer robot(String key) {
    synchronized (Performer.class) {
      Performer known = byKey(key);
      if (known != null && known.human) {
        throw new IllegalArgumentException("\"" + key + "\" is a role, not a robot kind");
      }
      return known != null ? known : register(key, false);
    }
  }

  /** Position in registration order: robots first as fcsim registers them, then roles in role order. */
  public int ordinal() {
    return REGISTRY.all().indexOf(this);
  }

  public static Performer of(Role role) {
    return role.performer();
  }

  /**
   * The performer named {@code key}, or null. fcsim's own roles count as registered even before
   * anything has touched {@link Role} (a report written from plain numbers, say).
   */
  public static Performer byKey(String key) {
    Performer known = REGISTRY.byKey(key);
    if (known == null) {
      Role.values(); // registers the built-in roles' performers, once
      known = REGISTRY.byKey(key);
    }
    return known;
  }

  public static List<Performer> values() {
    return REGISTRY.all();
  }
}
