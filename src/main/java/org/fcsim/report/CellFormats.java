package org.fcsim.report;

/**
 * Spreadsheet number formats for a group of numbers shown together (one metric's row, one
 * table's column), chosen the way {@link ReportTables#number} rounds for reading: the cell keeps
 * the exact double, the format only decides what is shown. Formats are Excel format codes.
 */
final class CellFormats {
  /** A share of 1 (utilization, fraction of work): one decimal of a percent. */
  static final String PERCENT = "0.0%";
  /** Whole numbers (counts, people) and anything of a thousand or more. */
  static final String WHOLE = "#,##0";

  private CellFormats() {}

  /**
   * The format for {@code values} (NaN ignored): {@link #PERCENT} for a fraction; else, by the
   * largest magnitude, {@link #WHOLE} when every value is whole or the largest is 1,000 or more,
   * {@code #,##0.0} from 10, {@code 0.00} from 1 (and for all zeros or none), and below 1 three
   * significant digits of the largest ({@code 0.000} for 0.5, {@code 0.0000} for 0.05, at most
   * ten decimals).
   */
  static String of(double[] values, boolean fraction) {
    if (fraction) {
      return PERCENT;
    }
    double largest = 0;
    boolean whole = true;
    boolean any = false;
    for (double x : values) {
      if (Double.isNaN(x) || Double.isInfinite(x)) {
        continue;
      }
      any = true;
      largest = Math.max(largest, Math.abs(x));
      whole &= x == Math.rint(x);
    }
    if (any && whole || largest >= 1000) {
      return WHOLE;
    }
    if (largest >= 10) {
      return "#,##0.0";
    }
    if (largest >= 1 || largest == 0) {
      return "0.00";
    }
    int decimals = Math.min(10, 2 - (int) Math.floor(Math.log10(largest)));
    return "0." + "0".repeat(decimals);
  }
}
