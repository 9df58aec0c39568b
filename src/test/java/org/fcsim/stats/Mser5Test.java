package org.fcsim.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Mser5Test {
  /** {@code times} copies of {@code value}. */
  private static double[] run(double value, int times) {
    double[] a = new double[times];
    Arrays.fill(a, value);
    return a;
  }

  private static double[] concat(double[]... parts) {
    return Arrays.stream(parts).flatMapToDouble(Arrays::stream).toArray();
  }

  @Test
  void anObviousTransientIsCutWhereItEnds() {
    // batch means 0, 5, then eight batches of 10: dropping two batches leaves no spread at all
    double[] series = concat(run(0, 5), run(5, 5), run(10, 40));
    Mser5.Truncation t = Mser5.truncation(series);
    assertEquals(2, t.batches());
    assertEquals(10, t.observations());
    assertEquals(0.0, t.mser());
  }

  @Test
  void aStationarySeriesIsNotTruncated() {
    // batch means alternate 9, 11 (b = 10): MSER(0) = 10 / 100 = 0.1, MSER(1) = 8.89 / 81, MSER(2) = 8 / 64
    double[] series = new double[0];
    for (int j = 0; j < 10; j++) {
      series = concat(series, run(j % 2 == 0 ? 9 : 11, 5));
    }
    Mser5.Truncation t = Mser5.truncation(series);
    assertEquals(0, t.observations());
    assertEquals(0.1, t.mser(), 1e-12);
    assertEquals(8.0 / 64, Mser5.mser(Mser5.batchMeans(series), 2), 1e-12);
  }

  @Test
  void batchesAreMeansOfFiveAndAPartialBatchAtTheEndIsLeftOut() {
    double[] series = concat(new double[] {1, 2, 3, 4, 5, 10, 10, 10, 10, 20}, new double[] {1000, 1000});
    assertArrayEquals(new double[] {3, 12}, Mser5.batchMeans(series), 1e-12);
    double[] stationary = concat(run(9, 5), run(11, 5), run(9, 5), run(11, 5), run(9, 5), run(11, 5));
    assertEquals(Mser5.truncation(stationary), Mser5.truncation(concat(stationary, run(1e6, 4))));
  }

  @Test
  void theSearchStopsHalfWayThroughTheRun() {
    // the spread would vanish after six of ten batches, but only d <= 5 is searched
    double[] series = concat(run(10, 30), run(0, 20));
    assertEquals(0, Mser5.truncation(series).batches());
  }

  @Test
  void tooShortASeriesIsNeverTruncated() {
    assertEquals(0, Mser5.truncation(new double[] {0, 0, 0, 0, 100, 100, 100, 100, 100}).observations());
    assertEquals(0, Mser5.truncation(new double[0]).observations());
  }

  @Test
  void aNoisyDecayingTransientIsCutAfterItHasFadedAndBeforeTheMiddle() {
    Random random = new Random(7);
    double[] series = new double[200];
    for (int i = 0; i < series.length; i++) {
      series[i] = 100 + 60 * Math.exp(-i / 8.0) + random.nextGaussian();
    }
    int d = Mser5.truncation(series).observations();
    // the transient is below one noise standard deviation after ~33 points
    assertTrue(d >= 20 && d <= 60, "truncated " + d);
    assertEquals(0, d % Mser5.BATCH);
  }
}
