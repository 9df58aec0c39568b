package org.fcsim.model;

import java.util.List;
import java.util.Map;
import org.fcsim.flow.Packing;
import org.fcsim.stats.Metric;
import org.fcsim.task.TaskLedger;
import org.fcsim.task.TaskType;

/** How often each kind of incident happened, per 1,000 units shipped, from the ledger. */
final class Incidents implements Part {
  private static final List<TaskType> KINDS = List.of(TaskType.GRASP_FAILURE, TaskType.DAMAGED_ITEM, TaskType.MISSING_ITEM,
      TaskType.MISPICK, TaskType.SORT_JAM, TaskType.DRIVE_UNIT_RESCUE, TaskType.REPAIR);
  private final TaskLedger ledger;
  private final Packing packing;

  Incidents(Site site, Packing packing) {
    this.ledger = site.ledger();
    this.packing = packing;
  }

  @Override
  public void addMetrics(double hours, Map<Metric, Double> m) {
    long shipped = packing.unitsShippedSinceReset();
    for (TaskType incident : KINDS) {
      long count = ledger.cells().entrySet().stream().filter(e -> e.getKey().type() == incident)
          .mapToLong(e -> e.getValue().count()).sum();
      m.put(new Metric("incidentsPer1000Units." + incident.key(), "per 1000 units"), shipped == 0 ? 0 : 1000.0 * count / shipped);
    }
  }
}
