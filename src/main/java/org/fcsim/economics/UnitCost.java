package org.fcsim.economics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fcsim.scenario.Scenario;
import org.fcsim.stats.Metric;
import org.fcsim.stats.ReplicationResult;
import org.fcsim.task.Role;

/**
 * Cost per unit shipped, from one replication's numbers and the scenario's {@code costs:}:
 * people's paid hours (on shift, breaks included) times their wage; the capital of everything
 * the level owns, spread over its service life and the site's operating hours a year;
 * maintenance and energy per operating hour of each item; and one-off reskilling spread over
 * {@code trainingSpreadYears}. Each part over the units shipped in the measured window (capital
 * and training over the units a year at the window's rate). A replication that ships nothing has
 * no cost per unit (NaN: missing).
 */
public final class UnitCost {
  public static final String TOTAL = "costPerUnit";
  public static final String LABOUR = TOTAL + ".labour.";
  public static final List<String> OTHER_PARTS = List.of("capital", "maintenance", "energy", "training");

  private UnitCost() {}

  /**
   * {@code result} with {@value #TOTAL} and its parts added ({@code costPerUnit.labour.<role>}
   * for every staffed role, then capital, maintenance, energy and training).
   *
   * @param trainingCost the one-off cost of retraining people into this level's crew (0 for the baseline)
   */
  public static ReplicationResult added(Scenario scenario, ReplicationResult result, double trainingCost) {
    Scenario.Costs c = scenario.costs();
    String unit = c.currency() + "/unit";
    double windowHours = (scenario.horizonSec() - scenario.warmupSec()) / 3600;
    double unitsPerHour = result.get("unitsPerHour");
    double units = unitsPerHour * windowHours;
    Map<Metric, Double> parts = new LinkedHashMap<>();
    double total = 0;
    for (Map.Entry<Role, Integer> e : scenario.associates().countPerShift().entrySet()) {
      if (e.getValue() > 0) {
        double paidHours = value(result, "onShiftHours." + e.getKey().key());
        double v = per(c.wagePerPaidHour().get(e.getKey()) * paidHours, units);
        parts.put(new Metric(LABOUR + e.getKey().key(), unit), v);
        total += v;
      }
    }
    double capitalPerHour = 0;
    double maintenancePerHour = 0;
    double kW = 0;
    for (Map.Entry<String, Integer> e : Equipment.of(scenario).entrySet()) {
      Scenario.Equipment item = c.equipment().get(e.getKey());
      capitalPerHour += e.getValue() * c.capitalPerYear(e.getKey()) / c.operatingHoursPerYear();
      maintenancePerHour += e.getValue() * item.maintenancePerHour();
      kW += e.getValue() * item.powerKW();
    }
    double[] other = {
        per(capitalPerHour, unitsPerHour),
        per(maintenancePerHour, unitsPerHour),
        per(kW * c.energyPerKWh(), unitsPerHour),
        per(trainingCost / (c.trainingSpreadYears() * c.operatingHoursPerYear()), unitsPerHour)};
    for (int i = 0; i < other.length; i++) {
      parts.put(new Metric(TOTAL + "." + OTHER_PARTS.get(i), unit), other[i]);
      total += other[i];
    }
    Map<Metric, Double> values = new LinkedHashMap<>(result.values());
    values.put(new Metric(TOTAL, unit), total);
    values.putAll(parts);
    return new ReplicationResult(result.replication(), values, result.series(), result.seriesIntervalSec(),
        result.grids());
  }

  /** Every replication of a level with its cost per unit; as given when the scenario has no costs. */
  public static List<ReplicationResult> added(Scenario scenario, List<ReplicationResult> results, double trainingCost) {
    if (!scenario.costs().given()) {
      return results;
    }
    return results.stream().map(r -> added(scenario, r, trainingCost)).toList();
  }

  private static double per(double amount, double units) {
    return units > 0 ? amount / units : Double.NaN;
  }

  private static double value(ReplicationResult r, String name) {
    for (Map.Entry<Metric, Double> e : r.values().entrySet()) {
      if (e.getKey().name().equals(name)) {
        return e.getValue();
      }
    }
    return 0;
  }
}
