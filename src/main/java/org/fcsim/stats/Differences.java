package org.fcsim.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Compares two levels replication by replication: for every metric both report, the
 * difference of the means B − A with a paired and an unpaired (Welch) 95% confidence
 * interval; see {@link MetricDifference}.
 */
public final class Differences {
  /** Metrics a reader looks for first, in this order; a name ending in '*' is a prefix. */
  public static final List<String> FIRST = List.of(
      "unitsPerHour", "ordersPerHour", "podVisitsPerHour", "orderCycleSec.mean", "humanTaskHours.*");

  private Differences() {}

  /**
   * One row per metric present in both levels: those {@link #FIRST} names first, in that
   * order, then the rest in the order level A reported them. Replication i of {@code a} is
   * paired with replication i of {@code b}.
   *
   * @param a every replication of level A, in replication order
   * @param b as many replications of level B, with the same replication indices
   * @throws IllegalArgumentException if the lists are empty, differ in length or in indices
   */
  public static List<MetricDifference> of(List<ReplicationResult> a, List<ReplicationResult> b) {
    if (a.isEmpty() || a.size() != b.size()) {
      throw new IllegalArgumentException("need the same number (at least one) of replications of both levels, got "
          + a.size() + " and " + b.size());
    }
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i).replication() != b.get(i).replication()) {
        throw new IllegalArgumentException("replication " + a.get(i).replication() + " of A is paired with replication "
            + b.get(i).replication() + " of B; pairs must share their random numbers");
      }
    }
    Map<String, Metric> inB = new LinkedHashMap<>();
    b.get(0).values().keySet().forEach(m -> inB.put(m.name(), m));
    List<Metric> common = new ArrayList<>();
    for (Metric m : a.get(0).values().keySet()) {
      if (inB.containsKey(m.name())) {
        common.add(m);
      }
    }
    List<MetricDifference> rows = new ArrayList<>();
    for (Metric m : ordered(common)) {
      double[] va = values(a, m.name());
      double[] vb = values(b, m.name());
      // only the pairs where both sides observed the metric (a wait where nothing waited is missing, not 0)
      int[] both = java.util.stream.IntStream.range(0, va.length).filter(i -> !Double.isNaN(va[i]) && !Double.isNaN(vb[i])).toArray();
      rows.add(difference(m, java.util.Arrays.stream(both).mapToDouble(i -> va[i]).toArray(),
          java.util.Arrays.stream(both).mapToDouble(i -> vb[i]).toArray()));
    }
    return rows;
  }

  /** {@code metrics} with the {@link #FIRST} ones moved to the front; stable otherwise. */
  static List<Metric> ordered(List<Metric> metrics) {
    List<Metric> out = new ArrayList<>();
    for (String first : FIRST) {
      for (Metric m : metrics) {
        boolean match = first.endsWith("*")
            ? m.name().startsWith(first.substring(0, first.length() - 1))
            : m.name().equals(first);
        if (match && !out.contains(m)) {
          out.add(m);
        }
      }
    }
    for (Metric m : metrics) {
      if (!out.contains(m)) {
        out.add(m);
      }
    }
    return out;
  }

  /** The difference B − A of one metric; {@code a[i]} and {@code b[i]} are a pair. */
  static MetricDifference difference(Metric metric, double[] a, double[] b) {
    int n = a.length;
    double meanA = mean(a);
    double meanB = mean(b);
    double diff = meanB - meanA;
    double[] d = new double[n];
    for (int i = 0; i < n; i++) {
      d[i] = b[i] - a[i];
    }
    double paired = Double.NaN;
    double unpaired = Double.NaN;
    if (n >= 2) {
      paired = tQuantile(n - 1) * Math.sqrt(variance(d) / n);
      double va = variance(a) / n;
      double vb = variance(b) / n;
      double se = Math.sqrt(va + vb);
      // Welch–Satterthwaite degrees of freedom; with no spread at all the interval is the point
      unpaired = se == 0 ? 0 : tQuantile((va + vb) * (va + vb) / (va * va / (n - 1) + vb * vb / (n - 1))) * se;
    }
    return new MetricDifference(metric, n, meanA, meanB, diff,
        diff - paired, diff + paired, diff - unpaired, diff + unpaired);
  }

  /** The 0.975 quantile of Student's t with {@code df} (possibly fractional) degrees of freedom. */
  static double tQuantile(double df) {
    return new TDistribution(null, df, TDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY).inverseCumulativeProbability(0.975);
  }

  private static double[] values(List<ReplicationResult> results, String metric) {
    return results.stream().mapToDouble(r -> r.get(metric)).toArray();
  }

  private static double mean(double[] x) {
    double sum = 0;
    for (double v : x) {
      sum += v;
    }
    return sum / x.length;
  }

  /** Sample variance (n − 1 in the denominator). */
  private static double variance(double[] x) {
    double m = mean(x);
    double sum = 0;
    for (double v : x) {
      sum += (v - m) * (v - m);
    }
    return sum / (x.length - 1);
  }
}
