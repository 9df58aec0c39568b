package org.fcsim.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.fcsim.scenario.SweepPoint;

/**
 * A numeric sweep as the charts draw it: the swept key, the unit of its values, and for every
 * level the line it belongs to (its ladder level, "" without one) and its value on the x axis.
 * Plain data; a run is drawn against it only when every level is a point of it.
 *
 * @param key    the swept key path, the x axis title
 * @param unit   the values' unit ("" for plain numbers, "s" for durations, "/h" for rates)
 * @param points level name → its point, in level order
 */
public record SweepAxis(String key, String unit, Map<String, Point> points) {
  /** One level on the axis: the line ({@code series}) it is drawn on and its value. */
  public record Point(String series, double x) {}

  public SweepAxis {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(unit, "unit");
    points = Collections.unmodifiableMap(new LinkedHashMap<>(points));
  }

  /**
   * The axis of these levels (level name → its sweep point, {@code null} when the level is not
   * one), or {@code null} when they are not one numeric sweep: a level outside the sweep, a
   * value that is no number or quantity, units that differ, or a single value (no line to draw).
   */
  public static SweepAxis of(Map<String, SweepPoint> levels) {
    String key = null;
    String unit = null;
    Map<String, Point> points = new LinkedHashMap<>();
    for (Map.Entry<String, SweepPoint> e : levels.entrySet()) {
      SweepPoint p = e.getValue();
      SweepPoint.Number n = p == null ? null : p.number();
      if (n == null || (key != null && (!key.equals(p.key()) || !unit.equals(n.unit())))) {
        return null;
      }
      key = p.key();
      unit = n.unit();
      points.put(e.getKey(), new Point(p.ladderLevel(), n.x()));
    }
    long values = points.values().stream().mapToDouble(Point::x).distinct().count();
    return values < 2 ? null : new SweepAxis(key, unit, points);
  }

  /** The x axis title: the key, with the unit in brackets when it has one. */
  public String title() {
    return unit.isEmpty() ? key : key + " (" + unit + ")";
  }

  /** The lines, in the order their first level comes. */
  public List<String> series() {
    List<String> out = new ArrayList<>();
    points.values().forEach(p -> {
      if (!out.contains(p.series())) {
        out.add(p.series());
      }
    });
    return out;
  }
}
