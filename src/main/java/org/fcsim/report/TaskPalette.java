package org.fcsim.report;

import java.awt.Color;
import java.util.Map;
import org.fcsim.task.TaskType;

/**
 * The one colour of each task category, used by every chart that colours by task: a task type
 * takes its category's colour, so the exception types in the share chart are the same
 * vermillion as "exceptions" in the human-hours chart. Colours are Okabe–Ito, chosen to stay
 * distinct with the common colour-vision deficiencies; neighbours in a stacked bar (picking,
 * transport, sorting, packing, exceptions, robot care) never share a hue family.
 */
final class TaskPalette {
  /** The part of a bar done by robots: a light neutral grey that no category uses. */
  static final Color ROBOTS = new Color(0xC8C8C8);
  /** A key that is neither a known category nor a known task type. */
  static final Color OTHER = new Color(0x7F7F7F);

  private static final Map<String, Color> BY_CATEGORY = Map.of(
      TaskType.Category.PICKING.key(), new Color(0x0072B2),     // blue
      TaskType.Category.TRANSPORT.key(), new Color(0xF0E442),   // yellow
      TaskType.Category.SORTING.key(), new Color(0xE69F00),     // orange
      TaskType.Category.PACKING.key(), new Color(0x009E73),     // bluish green
      TaskType.Category.EXCEPTIONS.key(), new Color(0xD55E00),  // vermillion
      TaskType.Category.ROBOT_CARE.key(), new Color(0xCC79A7),  // reddish purple
      TaskType.Category.INBOUND.key(), new Color(0x56B4E9));    // sky blue

  private TaskPalette() {}

  /**
   * The colour of a task category key ({@code exceptions}) or a task type key
   * ({@code graspFailure}, coloured by its category); {@link #OTHER} for anything else.
   */
  static Color of(String key) {
    Color c = BY_CATEGORY.get(key);
    if (c != null) {
      return c;
    }
    TaskType type = TaskType.byKey(key);
    return type == null ? OTHER : BY_CATEGORY.getOrDefault(type.category().key(), OTHER);
  }
}
