package org.fcsim.model;

import java.util.Map;
import java.util.function.LongSupplier;
import org.fcsim.flow.Fulfilment;
import org.fcsim.flow.Sortation;
import org.fcsim.flow.UnitCounts;
import org.fcsim.flow.Work;
import org.fcsim.sim.Sampler;
import org.fcsim.stats.Metric;
import org.fcsim.task.TaskType;

/**
 * Where every ordered unit is, stage by stage, and what is found at pick ({@link Fulfilment}):
 * units are conserved, no stage holds fewer than none, and the open stage holds exactly the
 * units waiting on pods or for a walking tour.
 */
final class Stages implements Part {
  static final Metric PICKED = new Metric("unitsPickedPerHour", "units/h");
  static final Metric IN_PROGRESS_MEAN = new Metric("unitsInProgress.mean", "units");
  static final Metric IN_PROGRESS_AT_END = new Metric("unitsInProgress.atEnd", "units");
  static final Metric WIP_GROWTH = new Metric("wipGrowthUnitsPerHour", "units/h");
  static final Metric BACKLOG_CLEARED = new Metric("backlogClearedSec", "s");

  private final UnitCounts units;
  private final Fulfilment fulfilment;
  private final boolean backlog;
  private long pickedAtReset;
  private long inProgressAtReset;
  private LongSupplier waitingToBePicked = () -> 0;

  Stages(Site site, Work work, Map<TaskType, Sampler> taskTimes, Sortation sortation) {
    this.units = site.units();
    this.backlog = site.scenario().demand().mode().equals("backlog");
    this.fulfilment = new Fulfilment(site.scenario().demand(), work, units, site.incidents(), taskTimes, sortation);
  }

  Fulfilment flow() {
    return fulfilment;
  }

  /** Where open units wait, as last told. */
  LongSupplier openUnits() {
    return waitingToBePicked;
  }

  /** Tells the check where open units wait (on pods, in a tour pool), once those parts exist. */
  void openUnitsAre(LongSupplier waitingToBePicked) {
    this.waitingToBePicked = waitingToBePicked;
  }

  @Override
  public void resetStatistics() {
    units.resetStatistics();
    pickedAtReset = units.picked();
    inProgressAtReset = units.inProgress();
  }

  /**
   * Units picked per hour; work in progress as a time average and as the snapshot at the end;
   * its growth per hour over the measured window (arrived minus shipped); for a backlog, when it
   * cleared (from time 0; missing if it never did).
   */
  @Override
  public void addMetrics(double hours, Map<Metric, Double> m) {
    m.put(PICKED, (units.picked() - pickedAtReset) / hours);
    m.put(IN_PROGRESS_MEAN, units.meanInProgress());
    m.put(IN_PROGRESS_AT_END, (double) units.inProgress());
    m.put(WIP_GROWTH, (units.inProgress() - inProgressAtReset) / hours);
    if (backlog) {
      m.put(BACKLOG_CLEARED, units.firstEmptiedSec());
    }
  }

  @Override
  public void sample(Map<Metric, Double> into) {
    into.put(Metrics.UNITS_IN_PROGRESS, (double) units.inProgress());
  }

  @Override
  public void checkInvariants(double now) {
    units.check(now);
    long waiting = waitingToBePicked.getAsLong();
    if (waiting != units.open()) {
      throw new IllegalStateException("open units on pods and in the tour pool (" + waiting
          + ") differ from the open stage (" + units.open() + ") at t=" + now + " s");
    }
  }
}
