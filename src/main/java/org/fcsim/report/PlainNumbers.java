package org.fcsim.report;

import java.math.BigDecimal;

/**
 * Numbers for the tidy tables: plain decimal notation (no exponent, no thousands separator,
 * {@code .} as decimal point), the shortest digits that read back as the same double.
 */
final class PlainNumbers {
  private PlainNumbers() {}

  /**
   * {@code 3799.275}, {@code 0.0000001}, {@code 12} (never {@code 12.0} or {@code 1.0E-7});
   * NaN and infinities, which have no plain form, become an empty field.
   */
  static String format(double x) {
    if (Double.isNaN(x) || Double.isInfinite(x)) {
      return "";
    }
    return BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
  }
}
