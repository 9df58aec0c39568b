package org.fcsim.stats;

/**
 * MSER-5 warm-up detection (White 1997; White, Cobb &amp; Spratt 2000): the truncation point
 * that minimizes the marginal standard error of the mean of what is left.
 *
 * <p>The series is cut into batches of {@value #BATCH} consecutive observations and replaced
 * by their means Z<sub>0</sub> … Z<sub>b-1</sub>, b = ⌊n / 5⌋; the last n mod 5 observations
 * are not used. For every candidate truncation of d batches,
 * <pre>
 *   MSER(d) = Σ_{j=d}^{b-1} (Z_j − Z̄_d)² / (b − d)²,   Z̄_d the mean of Z_d … Z_{b-1},
 * </pre>
 * and the chosen d minimizes it over d = 0 … ⌊b / 2⌋ (the first half of the run; a minimum
 * further out says the run is too short to trust, not where the transient ends), keeping at
 * least two batches. Ties go to the smallest d. Fewer than two batches: d = 0.
 */
public final class Mser5 {
  /** Observations per batch. */
  public static final int BATCH = 5;

  private Mser5() {}

  /**
   * @param batches      batches to drop, d
   * @param observations observations to drop, {@code 5·d}
   * @param mser         MSER(d), in the series' unit squared; 0 when there was nothing to search
   */
  public record Truncation(int batches, int observations, double mser) {}

  /** The MSER-5 truncation of {@code series} (not modified). */
  public static Truncation truncation(double[] series) {
    int b = series.length / BATCH;
    if (b < 2) {
      return new Truncation(0, 0, 0);
    }
    double[] z = batchMeans(series);
    int last = Math.min(b / 2, b - 2);
    int best = 0;
    double bestValue = mser(z, 0);
    for (int d = 1; d <= last; d++) {
      double value = mser(z, d);
      if (value < bestValue) {
        best = d;
        bestValue = value;
      }
    }
    return new Truncation(best, best * BATCH, bestValue);
  }

  /** Means of consecutive batches of {@value #BATCH}; a trailing partial batch is left out. */
  static double[] batchMeans(double[] series) {
    double[] z = new double[series.length / BATCH];
    for (int j = 0; j < z.length; j++) {
      double sum = 0;
      for (int i = 0; i < BATCH; i++) {
        sum += series[j * BATCH + i];
      }
      z[j] = sum / BATCH;
    }
    return z;
  }

  /** MSER(d) over the batch means {@code z}; needs {@code d < z.length}. */
  static double mser(double[] z, int d) {
    int k = z.length - d;
    double mean = 0;
    for (int j = d; j < z.length; j++) {
      mean += z[j];
    }
    mean /= k;
    double sum = 0;
    for (int j = d; j < z.length; j++) {
      sum += (z[j] - mean) * (z[j] - mean);
    }
    return sum / ((double) k * k);
  }
}
