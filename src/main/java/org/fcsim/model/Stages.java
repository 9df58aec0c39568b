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
  private final UnitCounts units;
  private final Fulfilment fulfilment;
  private LongSupplier waitingToBePicked = () -> 0;

  Stages(Site site, Work work, Map<TaskType, Sampler> taskTimes, Sortation sortation) {
    this.units = site.units();
    this.fulfilment = new Fulfilment(site.scenario().demand(), work, units, site.incidents(), taskTimes, sortation);
  }

  Fulfilment flow() {
    return fulfilment;
  }

  /** Tells the check where open units wait (on pods, in a tour pool), once those parts exist. */
  void openUnitsAre(LongSupplier waitingToBePicked) {
    this.waitingToBePicked = waitingToBePicked;
  }

  @Override
  public void addMetrics(double hours, Map<Metric, Double> m) {
    m.put(Metrics.UNITS_IN_PROGRESS, (double) units.inProgress());
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
