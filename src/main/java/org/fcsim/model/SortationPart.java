package org.fcsim.model;

import java.util.Map;
import org.fcsim.flow.Packing;
import org.fcsim.flow.Sortation;
import org.fcsim.flow.Work;
import org.fcsim.sim.Sampler;
import org.fcsim.sim.Variates;
import org.fcsim.stats.Metric;
import org.fcsim.task.Performer;
import org.fcsim.task.TaskType;

/** Sorting units to their orders, by sorting arms or people ({@link Sortation}). */
final class SortationPart implements Part {
  private final Sortation sortation;

  SortationPart(Site site, Work work, Map<TaskType, Sampler> taskTimes, Packing packing) {
    sortation = new Sortation(site.simulator(), site.scenario().sortation(), work, site.ledger(), site.units(),
        site.incidents(), site.streams().stream("sortRouting"), taskTimes,
        Variates.of(site.scenario().sortation().armSortSec(), site.streams().stream("armSortTime")), packing);
    if (sortation.arms() > 0) {
      site.ledger().declare(TaskType.SORT, Performer.SORT_ARM);
    }
  }

  Sortation flow() {
    return sortation;
  }

  @Override
  public void resetStatistics() {
    sortation.resetStatistics();
  }

  @Override
  public void addMetrics(double hours, Map<Metric, Double> m) {
    if (sortation.arms() > 0) {
      m.put(new Metric("utilization.sortArms", "fraction"), sortation.armUtilization());
    }
  }

  @Override
  public void addResources(double hours, Map<Metric, Double> into) {
    if (sortation.arms() > 0) {
      into.put(new Metric("utilizationOfAvailable.sortArms", "fraction"), sortation.armUtilization());
      into.put(new Metric("queueGrowthPerHour.sortArms", "units/h"), sortation.armQueueGrowthPerHour(hours));
    }
  }
}
