package org.fcsim.model;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fcsim.stats.Metric;
import org.fcsim.task.TaskLedger;
import org.fcsim.task.TaskType;

/**
 * The task ledger as a part of the floor: for each (task type, performer) the tasks done, hours
 * worked and hours waited; the share of each task type done by people; people's hours by
 * category and by kind of work (routine handling, judgment and exceptions, robot care); the mean
 * wait of the exception and robot-care tasks people did.
 */
final class Ledger implements Part {
  private final TaskLedger ledger;

  Ledger(Site site) {
    this.ledger = site.ledger();
  }

  @Override
  public void resetStatistics() {
    ledger.reset();
  }

  @Override
  public void addMetrics(double hours, Map<Metric, Double> m) {
    double humanHours = 0;
    Map<TaskType.Category, Double> humanHoursByCategory = new TreeMap<>();
    for (TaskLedger.Key key : ledger.cells().keySet()) {
      if (key.performer().human()) {
        humanHoursByCategory.put(key.type().category(), 0.0); // every category people can work in, even if idle
      }
    }
    Map<TaskType, double[]> humanAndAll = new TreeMap<>();
    for (Map.Entry<TaskLedger.Key, TaskLedger.Cell> e : ledger.cells().entrySet()) {
      TaskLedger.Key key = e.getKey();
      TaskLedger.Cell cell = e.getValue();
      String suffix = key.type().key() + "." + key.performer().key();
      m.put(new Metric("taskCount." + suffix, "tasks"), (double) cell.count());
      m.put(new Metric("taskHours." + suffix, "h"), cell.workSec() / 3600);
      m.put(new Metric("taskWaitHours." + suffix, "h"), cell.waitSec() / 3600);
      double[] shares = humanAndAll.computeIfAbsent(key.type(), t -> new double[2]);
      shares[1] += cell.count();
      if (key.performer().human()) {
        shares[0] += cell.count();
        humanHours += cell.workSec() / 3600;
        humanHoursByCategory.merge(key.type().category(), cell.workSec() / 3600, Double::sum);
      }
    }
    // a type that did not arise has no share (NaN): the summary is over the replications where it did
    humanAndAll.forEach((type, shares) ->
        m.put(new Metric("humanShare." + type.key(), "fraction"), shares[1] == 0 ? Double.NaN : shares[0] / shares[1]));
    m.put(new Metric("humanTaskHours.total", "h"), humanHours);
    humanHoursByCategory.forEach((c, h) -> m.put(new Metric("humanTaskHours." + c.key(), "h"), h));
    Map<TaskType.Work, Double> byWork = new TreeMap<>();
    for (TaskType.Work w : TaskType.Work.values()) {
      byWork.put(w, 0.0);
    }
    for (Map.Entry<TaskLedger.Key, TaskLedger.Cell> e : ledger.cells().entrySet()) {
      if (e.getKey().performer().human()) {
        byWork.merge(e.getKey().type().work(), e.getValue().workSec() / 3600, Double::sum);
      }
    }
    byWork.forEach((w, h) -> m.put(new Metric("humanWorkHours." + w.key(), "h"), h));
    for (TaskType.Category c : List.of(TaskType.Category.EXCEPTIONS, TaskType.Category.ROBOT_CARE)) {
      m.put(new Metric("meanWaitSec." + c.key(), "s"), meanHumanWaitSec(c));
    }
  }

  /** Mean wait, before someone started them, of the tasks of {@code category} people finished; NaN if none. */
  private double meanHumanWaitSec(TaskType.Category category) {
    double wait = 0;
    long count = 0;
    for (Map.Entry<TaskLedger.Key, TaskLedger.Cell> e : ledger.cells().entrySet()) {
      if (e.getKey().performer().human() && e.getKey().type().category() == category) {
        wait += e.getValue().waitSec();
        count += e.getValue().count();
      }
    }
    return count == 0 ? Double.NaN : wait / count;
  }

  /** No cell holds a negative or non-finite count, wait or work. */
  @Override
  public void checkInvariants(double now) {
    for (Map.Entry<TaskLedger.Key, TaskLedger.Cell> e : ledger.cells().entrySet()) {
      TaskLedger.Cell c = e.getValue();
      if (c.count() < 0 || !(c.workSec() >= 0) || !(c.waitSec() >= 0) || Double.isInfinite(c.workSec() + c.waitSec())) {
        throw new IllegalStateException("ledger cell " + e.getKey().type().key() + "." + e.getKey().performer().key()
            + " holds " + c.count() + " tasks, " + c.workSec() + " s work, " + c.waitSec() + " s wait at t=" + now + " s");
      }
    }
  }
}
