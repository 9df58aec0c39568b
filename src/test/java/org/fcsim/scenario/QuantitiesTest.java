package org.fcsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantitiesTest {
  @ParameterizedTest
  @CsvSource({"12s,12", "2.5min,150", "8h,28800", "1d,86400", "250ms,0.25", "1.5e1s,15", ".5h,1800", "3 min,180", "0s,0"})
  void durations(String text, double seconds) {
    assertEquals(seconds, Quantities.parseDurationSec(text), 1e-12);
  }

  @ParameterizedTest
  @ValueSource(strings = {"12", "s", "-3s", "12 hours", "1h30min", "NaNs", "Infinitys", "12S"})
  void notDurations(String text) {
    assertNull(Quantities.parseDurationSec(text));
  }

  @ParameterizedTest
  @CsvSource({"300/h,0.0833333333333333", "5/min,0.0833333333333333", "0.2/s,0.2", "0/h,0"})
  void rates(String text, double perSecond) {
    assertEquals(perSecond, Quantities.parseRatePerSec(text), 1e-12);
  }

  @ParameterizedTest
  @CsvSource({"28800,8h", "150,2.5min", "12,12s", "0.25,0.25s", "0,0s", "5400,1.5h"})
  void durationsPrintInTheLargestShortUnit(double seconds, String text) {
    assertEquals(text, Quantities.formatDuration(seconds));
    assertEquals(seconds, Quantities.parseDurationSec(text), 1e-12);
  }
}
