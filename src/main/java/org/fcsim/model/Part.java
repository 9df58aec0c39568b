package org.fcsim.model;

import java.util.Map;
import org.fcsim.stats.Metric;

/**
 * A piece of a floor that builds and wires itself from the scenario and the parts it needs: a
 * floor model is a list of parts. Called on the replication's own thread; every method does
 * nothing unless a part has something to do then.
 */
interface Part {
  /** Schedules the part's first events at time 0; called once, in the floor's part order. */
  default void start() {}

  /** The ledger the part's tasks are recorded in, for a probe; null if it keeps none. */
  default org.fcsim.task.TaskLedger ledger() {
    return null;
  }

  /** Forgets statistics gathered so far: called once, at the end of warm-up. */
  default void resetStatistics() {}

  /** Adds this part's metrics over the {@code hours} since the reset, at the current simulated time. */
  default void addMetrics(double hours, Map<Metric, Double> into) {}

  /**
   * Adds the part's per-cell grids over the time since the reset (cell {@code y × width + x} of
   * the map), for the floor's heat maps; only parts on a map floor have any.
   */
  default void addGrids(double hours, Map<Metric, double[]> into) {}

  /** Tells {@code probe} the state of the part's agents now, for a replay frame; reads only. */
  default void snapshot(ReplayProbe probe) {}

  /**
   * Adds the part's resources as candidates for what binds the floor, per resource group:
   * {@code utilizationOfAvailable.<group>} (fraction of the time the group was available — on
   * shift and not on break, not down — that it worked) and {@code queueGrowthPerHour.<group>}
   * (how fast the work waiting for it grew over the measured window).
   */
  default void addResources(double hours, Map<Metric, Double> into) {}

  /**
   * Adds this part's series values for the interval ending now to {@code into}: under a
   * metric whose unit ends in "/h", the count since the previous call (the model turns it into
   * a rate per hour); under any other metric, the current level.
   */
  default void sample(Map<Metric, Double> into) {}

  /**
   * Checks the part's bookkeeping, both ways (nothing negative, nothing lost).
   *
   * @throws IllegalStateException naming the broken invariant and the time
   */
  default void checkInvariants(double now) {}
}
