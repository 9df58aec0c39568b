package org.fcsim.model;

import java.util.Map;
import org.fcsim.flow.Packing;
import org.fcsim.flow.Work;
import org.fcsim.sim.Sampler;
import org.fcsim.stats.Metric;
import org.fcsim.task.TaskType;

/** Packing, quality checks and shipping ({@link Packing}): throughput and order cycle times. */
final class PackingPart implements Part {
  private final Site site;
  private final Packing packing;
  private long shippedAtLastSample;

  PackingPart(Site site, Work work, Map<TaskType, Sampler> taskTimes) {
    this.site = site;
    this.packing = new Packing(site.simulator(), site.scenario().demand(), work, site.units(), site.incidents(), taskTimes);
  }

  Packing flow() {
    return packing;
  }

  @Override
  public void resetStatistics() {
    packing.resetStatistics();
  }

  @Override
  public void addMetrics(double hours, Map<Metric, Double> m) {
    m.put(Metrics.UNITS_PER_HOUR, packing.unitsShippedSinceReset() / hours);
    m.put(Metrics.ORDERS_PER_HOUR, packing.ordersShipped() / hours);
    m.put(Metrics.ORDER_CYCLE_MEAN, packing.cycleTimes().mean());
    m.put(Metrics.ORDER_CYCLE_P50, packing.cycleTimes().quantile(0.50));
    m.put(Metrics.ORDER_CYCLE_P90, packing.cycleTimes().quantile(0.90));
    m.put(Metrics.ORDER_CYCLE_P95, packing.cycleTimes().quantile(0.95));
    m.put(Metrics.ORDER_CYCLE_P99, packing.cycleTimes().quantile(0.99));
  }

  @Override
  public void sample(Map<Metric, Double> into) {
    long shipped = site.units().shipped();
    into.put(Metrics.UNITS_PER_HOUR, (double) (shipped - shippedAtLastSample));
    shippedAtLastSample = shipped;
  }
}
