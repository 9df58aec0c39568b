package org.fcsim.task;

/**
 * Every kind of work the floor does, by people or robots. The ledger counts each task
 * instance under one type and one {@link Performer}. Names in scenario files and output
 * tables are the camel-case {@link #key()}.
 */
public enum TaskType {
  /** Take units from a pod (goods-to-person) or a shelf (picker-to-parts) for an order line. */
  PICK("pick", Category.PICKING),
  /** Move a pod between storage and a station. */
  POD_TRANSPORT("podTransport", Category.TRANSPORT),
  /** Put a picked unit to its order (put wall or sorting arm). */
  SORT("sort", Category.SORTING),
  /** Pack a complete order. */
  PACK("pack", Category.PACKING),
  /** Audit a packed order. */
  QUALITY_CHECK("qualityCheck", Category.PACKING),
  /** An arm failed to grasp an item (after retries) or could not take it: a person picks it. */
  GRASP_FAILURE("graspFailure", Category.EXCEPTIONS),
  /** A damaged unit found at pick: a problem solver replaces it. */
  DAMAGED_ITEM("damagedItem", Category.EXCEPTIONS),
  /** The pick face lacked the unit: a problem solver finds stock elsewhere. */
  MISSING_ITEM("missingItem", Category.EXCEPTIONS),
  /** A person picked the wrong unit; caught at pack, reworked by a problem solver. */
  MISPICK("mispick", Category.EXCEPTIONS),
  /** A sorting arm jammed: a person clears it. */
  SORT_JAM("sortJam", Category.EXCEPTIONS),
  /** A drive unit stopped in the field: an automation operator walks in and recovers it. */
  DRIVE_UNIT_RESCUE("driveUnitRescue", Category.ROBOT_CARE),
  /** A robotic arm (or drive unit) is repaired by a robotics technician. */
  REPAIR("repair", Category.ROBOT_CARE),
  /** A drive unit charges its battery. */
  CHARGING("charging", Category.ROBOT_CARE);

  /** Groups of task types as planners discuss them: where people's hours go. */
  public enum Category {
    PICKING("picking"), TRANSPORT("transport"), SORTING("sorting"), PACKING("packing"), EXCEPTIONS("exceptions"),
    ROBOT_CARE("robotCare");

    private final String key;

    Category(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }
  }

  private final String key;
  private final Category category;

  TaskType(String key, Category category) {
    this.key = key;
    this.category = category;
  }

  public Category category() {
    return category;
  }

  public String key() {
    return key;
  }

  /** The type whose {@link #key()} is {@code key}, or null. */
  public static TaskType byKey(String key) {
    for (TaskType t : values()) {
      if (t.key.equals(key)) {
        return t;
      }
    }
    return null;
  }
}
