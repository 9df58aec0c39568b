package org.fcsim.stats;

/**
 * One row of {@code compare.csv}: how a metric differs between two levels, B − A, with two
 * 95% confidence intervals for the difference of the means. The paired interval is Student-t
 * on the per-replication differences (replication r of B minus replication r of A), valid
 * whatever the correlation between the two and narrow when common random numbers make it
 * positive; the unpaired one is Welch's, which ignores the pairing. Bounds are {@code NaN}
 * with fewer than two replications.
 *
 * @param replications pairs compared (each level ran this many)
 * @param diff         {@code meanB − meanA}, also the centre of both intervals
 */
public record MetricDifference(
    Metric metric, int replications, double meanA, double meanB, double diff,
    double pairedLow, double pairedHigh, double unpairedLow, double unpairedHigh) {

  public double pairedHalfWidth() {
    return (pairedHigh - pairedLow) / 2;
  }

  public double unpairedHalfWidth() {
    return (unpairedHigh - unpairedLow) / 2;
  }

  /**
   * Whether B and A differ at 95% by the paired interval: it excludes 0. One comparison on its
   * own: across many metrics, some will exclude 0 by chance (no adjustment for multiple
   * comparisons). False when the interval is undefined (fewer than two replications).
   */
  public boolean significant() {
    return pairedLow > 0 || pairedHigh < 0;
  }

  /**
   * Paired half-width over unpaired half-width: below 1 when pairing (common random numbers)
   * narrows the interval. {@code NaN} when the unpaired half-width is 0 or undefined.
   */
  public double halfWidthRatio() {
    double unpaired = unpairedHalfWidth();
    return unpaired > 0 ? pairedHalfWidth() / unpaired : Double.NaN;
  }
}
