package org.fcsim.stats;

/**
 * A named quantity a replication measures. Names carry their unit in camel case
 * ({@code unitsPerHour}, {@code meanNumberAtStation}); {@code unit} is the unit as a reader
 * sees it in tables and on chart axes ("units/h", "pods", "fraction").
 *
 * @param name  stable machine name, unique within a run; groups append their name after a dot
 *              ({@code utilization.pickStations})
 * @param unit  human-readable unit
 */
public record Metric(String name, String unit) {
  /**
   * Whether the quantity may be negative: growth rates and shortfalls ({@code wipGrowth...},
   * {@code ...Shortfall...}). Every other metric counts or times something and never is.
   */
  public boolean signed() {
    return name.contains("Growth") || name.contains("Shortfall");
  }
}
