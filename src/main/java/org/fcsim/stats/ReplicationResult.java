package org.fcsim.stats;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The plain numbers one replication produced, in a fixed metric order. Holds no simulator
 * state, so it can cross threads and be aggregated anywhere.
 */
public record ReplicationResult(int replication, Map<Metric, Double> values) {
  public ReplicationResult {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  public double get(String metricName) {
    for (Map.Entry<Metric, Double> e : values.entrySet()) {
      if (e.getKey().name().equals(metricName)) {
        return e.getValue();
      }
    }
    throw new IllegalArgumentException("no metric " + metricName + " in " + values.keySet());
  }
}
