package org.fcsim.stats;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Significant means the paired interval, and only it, excludes 0. */
class MetricDifferenceTest {
  private static final Metric UPH = new Metric("unitsPerHour", "units/h");

  private static MetricDifference diff(double pairedLow, double pairedHigh, double unpairedLow, double unpairedHigh) {
    return new MetricDifference(UPH, 5, 100, 102, 2, pairedLow, pairedHigh, unpairedLow, unpairedHigh);
  }

  @Test
  void significantWhenThePairedIntervalExcludesZeroWhateverTheUnpairedOneSays() {
    assertTrue(diff(0.5, 3.5, -4, 8).significant(), "common random numbers narrowed it past 0");
    assertTrue(diff(-3.5, -0.5, -8, 4).significant(), "below 0 too");
    assertFalse(diff(-0.5, 4.5, 1, 3).significant(), "paired holds 0: the unpaired one does not count");
    assertFalse(diff(0, 4, 1, 3).significant(), "a bound at 0 does not exclude it");
    assertFalse(new MetricDifference(UPH, 1, 100, 102, 2, Double.NaN, Double.NaN, Double.NaN, Double.NaN).significant(),
        "one replication: no interval, no claim");
  }
}
