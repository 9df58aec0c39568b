package org.fcsim.economics;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.fcsim.scenario.Scenario;
import org.fcsim.stats.ReplicationResult;
import umontreal.ssj.stat.Tally;

/**
 * The payback of stepping up from one level to the next: the extra investment (equipment bought
 * minus equipment no longer needed, plus retraining people into the new crew) over the yearly
 * saving in running cost (labour, maintenance, energy) at the new level's volume. The saving is
 * measured per replication pair (replication r of both levels ran on the same random numbers),
 * so its 95% interval is the paired Student-t interval, and the payback's range is the
 * investment over that interval's ends: a saving whose interval reaches 0 may never pay back.
 */
public final class Payback {
  private Payback() {}

  /**
   * @param investment   extra purchase and training, in the costs' currency (negative: the step frees capital)
   * @param savingPerYear mean yearly saving in running cost, with its 95% interval
   * @param years        investment over the mean saving; NaN when it never pays back or pays at once
   */
  public record Step(String from, String to, double investment, double savingPerYear, double savingLow,
      double savingHigh, double years, double yearsLow, double yearsHigh) {

    /** "2.1 years (1.8 to 2.6)", "never", "at once": how a planner reads it. */
    public String text() {
      if (!(savingPerYear > 0)) {
        return investment < 0 ? "frees capital, costs more to run" : "never";
      }
      if (investment <= 0) {
        return "at once";
      }
      String high = Double.isInfinite(yearsHigh) ? "never" : Double.isNaN(yearsHigh) ? "?" : years(yearsHigh);
      return years(years) + " years (" + (Double.isNaN(yearsLow) ? "?" : years(yearsLow)) + " to " + high + ")";
    }

    private static String years(double y) {
      return String.format(Locale.ROOT, y < 10 ? "%.1f" : "%.0f", y);
    }
  }

  /**
   * The step from level {@code a} to level {@code b}, both with cost per unit added
   * ({@link UnitCost}), replications paired by number.
   *
   * @param trainingCost retraining {@code a}'s crew into {@code b}'s
   */
  public static Step of(String from, Scenario a, List<ReplicationResult> ra, String to, Scenario b,
      List<ReplicationResult> rb, double trainingCost) {
    Map<Integer, ReplicationResult> byNumber = new TreeMap<>();
    ra.forEach(r -> byNumber.put(r.replication(), r));
    Tally saving = new Tally();
    for (ReplicationResult r : rb) {
      ReplicationResult before = byNumber.get(r.replication());
      if (before != null) {
        double s = (running(before) - running(r)) * r.get("unitsPerHour") * b.costs().operatingHoursPerYear();
        if (!Double.isNaN(s)) {
          saving.add(s);
        }
      }
    }
    double investment = Equipment.purchase(b) - Equipment.purchase(a) + trainingCost;
    double mean = saving.numberObs() == 0 ? Double.NaN : saving.average();
    double low = Double.NaN;
    double high = Double.NaN;
    if (saving.numberObs() >= 2) {
      double[] centerAndRadius = new double[2];
      saving.confidenceIntervalStudent(0.95, centerAndRadius);
      low = mean - centerAndRadius[1];
      high = mean + centerAndRadius[1];
    }
    double years = mean > 0 && investment > 0 ? investment / mean : Double.NaN;
    double yearsLow = years > 0 && high > 0 ? investment / high : Double.NaN;
    double yearsHigh = years > 0 && !Double.isNaN(low) ? (low > 0 ? investment / low : Double.POSITIVE_INFINITY) : Double.NaN;
    return new Step(from, to, investment, mean, low, high, years, yearsLow, yearsHigh);
  }

  /** Running cost per unit: everything but capital and training. */
  private static double running(ReplicationResult r) {
    return r.get(UnitCost.TOTAL) - r.get(UnitCost.TOTAL + ".capital") - r.get(UnitCost.TOTAL + ".training");
  }
}
