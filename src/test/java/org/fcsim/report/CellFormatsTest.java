package org.fcsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CellFormatsTest {
  private static String of(double... values) {
    return CellFormats.of(values, false);
  }

  @Test
  void aFractionIsAPercentWhateverItsSize() {
    assertEquals("0.0%", CellFormats.of(new double[] {0.8125, 12}, true));
  }

  @Test
  void theLargestMagnitudeSetsTheDecimals() {
    assertEquals("#,##0", of(812.5, 1450.25));
    assertEquals("#,##0", of(-1000.5));
    assertEquals("#,##0.0", of(10.25, 3.5));
    assertEquals("#,##0.0", of(999.9));
    assertEquals("0.00", of(1.5, 0.25));
    assertEquals("0.00", of(9.99));
    assertEquals("0.000", of(0.5));
    assertEquals("0.000", of(0.125));
    assertEquals("0.0000", of(0.05));
    assertEquals("0.000000000", of(1.0E-7), "three significant digits of 1e-7");
    assertEquals("0.0000000000", of(1.0E-12), "at most ten decimals");
  }

  @Test
  void wholeNumbersShowNoDecimals() {
    assertEquals("#,##0", of(3, 8, 0));
    assertEquals("#,##0", of(0, 0));
  }

  @Test
  void missingValuesAreIgnored() {
    assertEquals("0.000", of(Double.NaN, 0.5, Double.NaN));
    assertEquals("0.00", of(Double.NaN), "nothing to go by");
    assertEquals("0.00", of());
  }
}
