package org.fcsim.flow;

/**
 * Order cycle times (arrival to shipping) in one-second bins up to two days, so the mean and
 * any percentile come out of bounded memory however many orders ship. Longer times land in
 * the last bin; the mean uses exact values.
 */
public final class CycleTimes {
  private static final int BINS = 2 * 86400;
  private final long[] bins = new long[BINS + 1];
  private long count;
  private double sum;

  public void add(double seconds) {
    bins[(int) Math.min(BINS, Math.max(0, Math.floor(seconds)))]++;
    count++;
    sum += seconds;
  }

  public long count() {
    return count;
  }

  /** NaN when no order finished: a mean of nothing is missing, not 0. */
  public double mean() {
    return count == 0 ? Double.NaN : sum / count;
  }

  /** The {@code p}-quantile (0 < p < 1), to the second: the upper edge of the bin that reaches it. */
  public double quantile(double p) {
    if (count == 0) {
      return Double.NaN;
    }
    long target = (long) Math.ceil(p * count);
    long seen = 0;
    for (int b = 0; b <= BINS; b++) {
      seen += bins[b];
      if (seen >= target) {
        return b + 1;
      }
    }
    return BINS;
  }

  void reset() {
    java.util.Arrays.fill(bins, 0);
    count = 0;
    sum = 0;
  }
}
