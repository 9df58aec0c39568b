package org.fcsim.task;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * An associate's role: the tasks they do at full speed, and how many people of it a scenario
 * staffs per shift unless it says otherwise. Cross-trained skills add other task types, done
 * with a learning curve.
 *
 * <p>An open set: the built-ins below come first, in this order; research code adds its own
 * with {@link #register} before loading a scenario. Each role is also a human {@link Performer}
 * with the same key.
 */
public final class Role implements Comparable<Role> {
  private static final OpenRegistry<Role> REGISTRY = new OpenRegistry<>("role", Role::key);

  public static final Role PICKER = register("picker", Set.of(TaskType.PICK, TaskType.GRASP_FAILURE), 8);
  public static final Role STOWER = register("stower", Set.of(TaskType.STOW, TaskType.STOW_FAILURE), 0);
  public static final Role SORTER = register("sorter", Set.of(TaskType.SORT, TaskType.SORT_JAM), 4);
  public static final Role PACKER = register("packer", Set.of(TaskType.PACK, TaskType.PACK_JAM), 6);
  public static final Role PROBLEM_SOLVER = register("problemSolver", Set.of(TaskType.GRASP_FAILURE, TaskType.DAMAGED_ITEM,
      TaskType.MISSING_ITEM, TaskType.MISPICK, TaskType.SORT_JAM), 2);
  public static final Role ROBOTICS_TECHNICIAN = register("roboticsTech", Set.of(TaskType.REPAIR), 1);
  public static final Role AUTOMATION_OPERATOR = register("automationOperator", Set.of(TaskType.DRIVE_UNIT_RESCUE), 1);
  public static final Role QUALITY_CONTROL = register("qualityControl", Set.of(TaskType.QUALITY_CHECK), 1);
  public static final Role RECEIVER = register("receiver", Set.of(TaskType.RECEIVE), 0);

  private final int ordinal;
  private final String key;
  private final Set<TaskType> primaryTasks;
  private final int defaultCount;
  private final Performer performer;

  private Role(int ordinal, String key, Set<TaskType> primaryTasks, int defaultCount) {
    this.ordinal = ordinal;
    this.key = key;
    this.primaryTasks = Collections.unmodifiableSet(new TreeSet<>(primaryTasks));
    this.defaultCount = defaultCount;
    this.performer = Performer.register(key, true);
  }

  /**
   * Adds a role after the built-ins (and earlier registrations), and its human performer.
   *
   * @param primaryTasks task types its people do at full speed
   * @param defaultCount people per shift when a scenario does not say, &gt;= 0
   * @throws IllegalArgumentException if the key is taken (as a role or performer) or not a camel-case name
   */
  public static Role register(String key, Set<TaskType> primaryTasks, int defaultCount) {
    synchronized (REGISTRY) {
      if (defaultCount < 0 || primaryTasks == null || primaryTasks.stream().anyMatch(t -> t == null)) {
        throw new IllegalArgumentException("role \"" + key + "\" needs task types and a default count >= 0");
      }
      if (REGISTRY.byKey(key) != null || Performer.byKey(key) != null) {
        throw new IllegalArgumentException("role \"" + key + "\" is registered twice");
      }
      return REGISTRY.add(new Role(REGISTRY.nextIndex(), key, primaryTasks, defaultCount));
    }
  }

  /** Every role, built-ins first, in registration order. */
  public static List<Role> values() {
    return REGISTRY.all();
  }

  public static Role byKey(String key) {
    return REGISTRY.byKey(key);
  }

  /** Position in registration order, from 0: a dense index for arrays. */
  public int ordinal() {
    return ordinal;
  }

  public String key() {
    return key;
  }

  /** Tasks this role does at full speed, without a learning curve, in task-type order. */
  public Set<TaskType> primaryTasks() {
    return primaryTasks;
  }

  /** People per shift when the scenario does not say. */
  public int defaultCount() {
    return defaultCount;
  }

  /** This role as the ledger names who did a task. */
  public Performer performer() {
    return performer;
  }

  @Override
  public int compareTo(Role other) {
    return Integer.compare(ordinal, other.ordinal);
  }

  @Override
  public String toString() {
    return key;
  }
}
