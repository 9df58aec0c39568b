package org.fcsim.task;

import java.util.EnumSet;
import java.util.Set;

/**
 * An associate's role: the tasks they do at full speed. Cross-trained skills add other task
 * types, done with a learning curve.
 */
public enum Role {
  PICKER("picker", EnumSet.of(TaskType.PICK, TaskType.GRASP_FAILURE)),
  STOWER("stower", EnumSet.noneOf(TaskType.class)),
  SORTER("sorter", EnumSet.of(TaskType.SORT, TaskType.SORT_JAM)),
  PACKER("packer", EnumSet.of(TaskType.PACK)),
  PROBLEM_SOLVER("problemSolver",
      EnumSet.of(TaskType.GRASP_FAILURE, TaskType.DAMAGED_ITEM, TaskType.MISSING_ITEM, TaskType.MISPICK, TaskType.SORT_JAM)),
  ROBOTICS_TECHNICIAN("roboticsTech", EnumSet.of(TaskType.REPAIR)),
  AUTOMATION_OPERATOR("automationOperator", EnumSet.of(TaskType.DRIVE_UNIT_RESCUE)),
  QUALITY_CONTROL("qualityControl", EnumSet.of(TaskType.QUALITY_CHECK));

  private final String key;
  private final Set<TaskType> primaryTasks;

  Role(String key, Set<TaskType> primaryTasks) {
    this.key = key;
    this.primaryTasks = primaryTasks;
  }

  public String key() {
    return key;
  }

  /** Tasks this role does at full speed, without a learning curve. */
  public Set<TaskType> primaryTasks() {
    return primaryTasks.isEmpty() ? EnumSet.noneOf(TaskType.class) : EnumSet.copyOf(primaryTasks);
  }

  public static Role byKey(String key) {
    for (Role r : values()) {
      if (r.key.equals(key)) {
        return r;
      }
    }
    return null;
  }
}
