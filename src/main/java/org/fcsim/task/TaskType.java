package org.fcsim.task;

import java.util.List;
import org.fcsim.dist.DistSpec;

/**
 * A kind of work the floor does, by people or robots. The ledger counts each task instance
 * under one type and one {@link Performer}. Names in scenario files and output tables are the
 * camel-case {@link #key()}.
 *
 * <p>An open set: the built-ins below come first, in this order; research code adds its own
 * with {@link #register} before loading a scenario. A type carries its own defaults (category,
 * and the base time of the people doing it), so no table elsewhere needs an entry for it.
 */
public final class TaskType implements Comparable<TaskType> {
  private static final OpenRegistry<TaskType> REGISTRY = new OpenRegistry<>("task type", TaskType::key);

  /** Take units from a pod (goods-to-person) or a shelf (picker-to-parts) for an order line. */
  public static final TaskType PICK = register("pick", Category.PICKING, null);
  /** Move a pod between storage and a station. */
  public static final TaskType POD_TRANSPORT = register("podTransport", Category.TRANSPORT, null);
  /** Put a picked unit to its order (put wall or sorting arm). */
  public static final TaskType SORT = register("sort", Category.SORTING, new DistSpec.Lognormal(6, 0.3));
  /** Pack a complete order. */
  public static final TaskType PACK = register("pack", Category.PACKING, new DistSpec.Lognormal(48, 0.4));
  /** Audit a packed order. */
  public static final TaskType QUALITY_CHECK = register("qualityCheck", Category.PACKING, new DistSpec.Lognormal(60, 0.4));
  /** An arm failed to grasp an item (after retries) or could not take it: a person picks it. */
  public static final TaskType GRASP_FAILURE = register("graspFailure", Category.EXCEPTIONS, new DistSpec.Lognormal(30, 0.5));
  /** A damaged unit found at pick: a problem solver replaces it. */
  public static final TaskType DAMAGED_ITEM = register("damagedItem", Category.EXCEPTIONS, new DistSpec.Lognormal(180, 0.5));
  /** The pick face lacked the unit: a problem solver finds stock elsewhere. */
  public static final TaskType MISSING_ITEM = register("missingItem", Category.EXCEPTIONS, new DistSpec.Lognormal(240, 0.5));
  /** A person picked the wrong unit; caught at pack, reworked by a problem solver. */
  public static final TaskType MISPICK = register("mispick", Category.EXCEPTIONS, new DistSpec.Lognormal(120, 0.5));
  /** A sorting arm jammed: a person clears it, before older queued work ({@link Trait#URGENT}). */
  public static final TaskType SORT_JAM = register("sortJam", Category.EXCEPTIONS, new DistSpec.Lognormal(90, 0.5),
      Trait.URGENT);
  /** A drive unit stopped in the field: an automation operator walks in and recovers it. */
  public static final TaskType DRIVE_UNIT_RESCUE = register("driveUnitRescue", Category.ROBOT_CARE, null);
  /** A robotic arm (or drive unit) is repaired by a robotics technician. */
  public static final TaskType REPAIR = register("repair", Category.ROBOT_CARE, null);
  /** A drive unit charges its battery. */
  public static final TaskType CHARGING = register("charging", Category.ROBOT_CARE, null);
  /** Receiving one inbound case at the dock (assumption: about a minute). */
  public static final TaskType RECEIVE = register("receive", Category.INBOUND, new DistSpec.Lognormal(60, 0.4));
  /**
   * Stowing one unit onto a pod; a task's time is the sum over its units. About 243 units an hour
   * for people at a stow station (a published comparison with a stow robot, DESIGN.md section 9).
   */
  public static final TaskType STOW = register("stow", Category.INBOUND, new DistSpec.Lognormal(14.8, 0.35));
  /**
   * A stow robot could not place a unit (its class is not stow-eligible, or every attempt failed):
   * a person stows it at the robot's station while the pod waits. By default as long as {@link #STOW}.
   * Its ledger cells appear only on floors with stow robots ({@link #declaredWhereItArises}).
   */
  public static final TaskType STOW_FAILURE = register("stowFailure", Category.INBOUND, STOW.defaultTimeSec(),
      Trait.DECLARED_WHERE_IT_ARISES);
  /**
   * A pack machine jammed: a person clears it (assumption: like a sorting-arm jam, about 1.5 min),
   * before older queued work ({@link Trait#URGENT}).
   * Its ledger cells appear only on floors with pack machines ({@link #declaredWhereItArises}).
   */
  public static final TaskType PACK_JAM = register("packJam", Category.EXCEPTIONS, new DistSpec.Lognormal(90, 0.5),
      Trait.DECLARED_WHERE_IT_ARISES, Trait.URGENT);

  /**
   * What kind of work a task is for the people doing it, a second grouping beside
   * {@link Category}: how the work of people changes as automation rises.
   */
  public enum Work {
    /** Handling units by routine: pick, sort, pack, stow. */
    ROUTINE("routine"),
    /** Judgment and exceptions: problem solving, quality checks, rework. */
    JUDGMENT("judgment"),
    /** Robot care and oversight: rescue, repair, supervision. */
    ROBOT_CARE("robotCare");

    private final String key;

    Work(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }

    /** The kind of work of a category's tasks (quality checks, filed under packing, are judgment: see {@link #work()}). */
    static Work of(Category category) {
      return switch (category) {
        case EXCEPTIONS -> JUDGMENT;
        case ROBOT_CARE -> ROBOT_CARE;
        default -> ROUTINE;
      };
    }
  }

  /** Groups of task types as planners discuss them: where people's hours go. */
  public enum Category {
    PICKING("picking"), TRANSPORT("transport"), SORTING("sorting"), PACKING("packing"), EXCEPTIONS("exceptions"),
    ROBOT_CARE("robotCare"), INBOUND("inbound");

    private final String key;

    Category(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }
  }

  private final int ordinal;
  private final String key;
  private final Category category;
  private final DistSpec defaultTimeSec;
  private final boolean declaredWhereItArises;
  private final boolean urgent;

  private TaskType(int ordinal, String key, Category category, DistSpec defaultTimeSec, boolean declaredWhereItArises,
      boolean urgent) {
    this.ordinal = ordinal;
    this.key = key;
    this.category = category;
    this.defaultTimeSec = defaultTimeSec;
    this.declaredWhereItArises = declaredWhereItArises;
    this.urgent = urgent;
  }

  /**
   * What sets a type apart from plain work, given at {@link #register}. The built-ins before
   * {@code stowFailure} have none, except that clearing a jammed sorting arm is {@link #URGENT}.
   */
  public enum Trait {
    /**
     * The ledger shows the type's cells (for the people able to do it) only on floors whose parts
     * declare it, so a type that only a new option makes leaves every other floor's outputs as they were.
     */
    DECLARED_WHERE_IT_ARISES,
    /**
     * It restarts stopped equipment (a jam): a person who becomes free takes it before older
     * queued work of other types among the same tasks (their role's own, or else their
     * cross-trained skills). Otherwise a machine waits behind the very backlog it would relieve.
     */
    URGENT
  }

  /**
   * Adds a task type after the built-ins (and earlier registrations).
   *
   * @param defaultTimeSec base time of a person doing it, the default of
   *                       {@code associates.taskTimes.<key>}; null when the time comes from
   *                       elsewhere (a station's pick time, a rescue time) and the key is not offered
   * @throws IllegalArgumentException if the key is taken or not a camel-case name
   */
  public static TaskType register(String key, Category category, DistSpec defaultTimeSec, Trait... traits) {
    synchronized (REGISTRY) {
      if (category == null) {
        throw new IllegalArgumentException("task type \"" + key + "\" needs a category");
      }
      java.util.Set<Trait> set = java.util.EnumSet.noneOf(Trait.class);
      set.addAll(List.of(traits));
      return REGISTRY.add(new TaskType(REGISTRY.nextIndex(), key, category, defaultTimeSec,
          set.contains(Trait.DECLARED_WHERE_IT_ARISES), set.contains(Trait.URGENT)));
    }
  }

  /** Every task type, built-ins first, in registration order. */
  public static List<TaskType> values() {
    return REGISTRY.all();
  }

  /** The type whose {@link #key()} is {@code key}, or null. */
  public static TaskType byKey(String key) {
    return REGISTRY.byKey(key);
  }

  /** Position in registration order, from 0: a dense index for arrays. */
  public int ordinal() {
    return ordinal;
  }

  public Category category() {
    return category;
  }

  /** The kind of work it is for people: by its category, except that a quality check is judgment. */
  public Work work() {
    return this == QUALITY_CHECK ? Work.JUDGMENT : Work.of(category);
  }

  public String key() {
    return key;
  }

  /** {@link Trait#DECLARED_WHERE_IT_ARISES}: false for the built-ins before stowFailure. */
  public boolean declaredWhereItArises() {
    return declaredWhereItArises;
  }

  /** {@link Trait#URGENT}: taken before older queued work (sortJam, packJam). */
  public boolean urgent() {
    return urgent;
  }

  /** The base time of a person doing it by default; null when the scenario gives it elsewhere. */
  public DistSpec defaultTimeSec() {
    return defaultTimeSec;
  }

  @Override
  public int compareTo(TaskType other) {
    return Integer.compare(ordinal, other.ordinal);
  }

  @Override
  public String toString() {
    return key;
  }
}
