package org.fcsim.stats;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The plain numbers one replication produced, in a fixed metric order. Holds no simulator
 * state, so it can cross threads and be aggregated anywhere.
 *
 * @param values            one number per metric, measured after warm-up
 * @param series            time series sampled every {@code seriesIntervalSec} from time 0
 *                          (warm-up included, so warm-up detection can look at it); element i
 *                          covers ((i)·interval, (i+1)·interval]. Rates are per hour over the
 *                          interval, levels are the value at its end
 * @param seriesIntervalSec sampling interval; 0 when there are no series
 * @param grids             per-cell values of a map floor measured after warm-up, cell
 *                          {@code y × width + x} (where drive units waited, for a heat map); empty
 *                          on a generated floor
 */
public record ReplicationResult(int replication, Map<Metric, Double> values, Map<Metric, double[]> series,
    double seriesIntervalSec, Map<Metric, double[]> grids) {
  public ReplicationResult {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    series = Collections.unmodifiableMap(new LinkedHashMap<>(series));
    grids = Collections.unmodifiableMap(new LinkedHashMap<>(grids));
  }

  public ReplicationResult(int replication, Map<Metric, Double> values, Map<Metric, double[]> series,
      double seriesIntervalSec) {
    this(replication, values, series, seriesIntervalSec, Map.of());
  }

  public ReplicationResult(int replication, Map<Metric, Double> values) {
    this(replication, values, Map.of(), 0);
  }

  public double get(String metricName) {
    for (Map.Entry<Metric, Double> e : values.entrySet()) {
      if (e.getKey().name().equals(metricName)) {
        return e.getValue();
      }
    }
    throw new IllegalArgumentException("no metric " + metricName + " in " + values.keySet());
  }

  /** The grid named {@code metricName}, or null if this replication has none. */
  public double[] grid(String metricName) {
    for (Map.Entry<Metric, double[]> e : grids.entrySet()) {
      if (e.getKey().name().equals(metricName)) {
        return e.getValue().clone();
      }
    }
    return null;
  }

  /** The series named {@code metricName}; throws if absent. */
  public double[] series(String metricName) {
    for (Map.Entry<Metric, double[]> e : series.entrySet()) {
      if (e.getKey().name().equals(metricName)) {
        return e.getValue().clone();
      }
    }
    throw new IllegalArgumentException("no series " + metricName + " in " + series.keySet());
  }
}
