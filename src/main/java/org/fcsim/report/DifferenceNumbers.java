package org.fcsim.report;

import java.util.Locale;
import org.fcsim.stats.MetricDifference;

/**
 * How a comparison's numbers read, in the terminal and in {@code report.html} alike: one
 * precision per metric, so a column's decimal points line up from 0.0 h to 26376.7 tasks (one
 * decimal when either mean is 1 or more, three below: fractions such as utilization),
 * differences and bounds signed.
 */
public final class DifferenceNumbers {
  private DifferenceNumbers() {}

  /** Decimals for every number of {@code d}'s row. */
  public static int digits(MetricDifference d) {
    return Math.max(Math.abs(d.meanA()), Math.abs(d.meanB())) >= 1 ? 1 : 3;
  }

  public static String number(double v, int digits) {
    return String.format(Locale.ROOT, "%." + digits + "f", v);
  }

  public static String signed(double v, int digits) {
    return String.format(Locale.ROOT, "%+." + digits + "f", v);
  }

  /** {@code [low, high]}, or {@code undefined} when the interval is (fewer than two replications). */
  public static String interval(double low, double high, int digits, String undefined) {
    return Double.isNaN(low) ? undefined : "[" + signed(low, digits) + ", " + signed(high, digits) + "]";
  }

  /** Equal in every replication of both levels: nothing to compare. */
  public static boolean constant(MetricDifference d) {
    return d.meanA() == d.meanB() && d.pairedHalfWidth() == 0 && d.unpairedHalfWidth() == 0;
  }
}
