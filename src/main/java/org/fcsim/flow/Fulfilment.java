package org.fcsim.flow;

import java.util.Map;
import org.fcsim.scenario.Scenario;
import org.fcsim.sim.Sampler;
import org.fcsim.task.TaskType;
import umontreal.ssj.rng.RandomStream;

/**
 * Units from order to shelf and off it: counts each ordered unit by stage ({@link UnitCounts}),
 * and handles what is found at pick — a missing line (a problem solver sources it), a damaged
 * unit (replaced before it moves on), a person's mispick (marked on the order, reworked before
 * packing) — before each unit goes on to {@link Sortation}.
 *
 * <p>A unit's path: {@link #lineOrdered} → {@link #lineTaken} → ({@link #picked} |
 * {@link #missing}) → {@link Sortation} → {@link Packing} → shipped.
 */
public final class Fulfilment {
  private final Scenario.Demand demand;
  private final Work work;
  private final UnitCounts counts;
  private final RandomStream incidents;
  private final Map<TaskType, Sampler> taskTime;
  private final Sortation sortation;
  private double missingRate;
  private Stock stock = Stock.ENDLESS;

  /** @param incidents the floor's incident stream, shared with the other stages in event order */
  public Fulfilment(Scenario.Demand demand, Work work, UnitCounts counts, RandomStream incidents,
      Map<TaskType, Sampler> taskTime, Sortation sortation) {
    this.demand = demand;
    this.work = work;
    this.counts = counts;
    this.incidents = incidents;
    this.taskTime = taskTime;
    this.sortation = sortation;
    this.missingRate = demand.missingPerLine();
  }

  /**
   * Keeps stock from now on: units picked leave their pod, a missing line's units are written
   * off, and whether a line is missing is the inventory's record error rate instead of
   * {@code demand.missingPerLine}.
   */
  public void keepStock(Stock stock, double recordErrorPerLine) {
    this.stock = stock;
    this.missingRate = recordErrorPerLine;
  }

  /** A new line's units enter the floor. */
  public void lineOrdered(OrderLine line) {
    counts.ordered(line.units());
  }

  /** A picker (person, arm or tour) has taken the line for picking. */
  public void lineTaken(OrderLine line) {
    counts.open -= line.units();
    counts.picking += line.units();
  }

  /**
   * {@code units} of {@code line} left the shelf. Each may turn out damaged (a problem solver
   * replaces it before it moves on); a person's line may be a mispick, found at packing.
   */
  public void picked(OrderLine line, int units, boolean byPerson) {
    stock.taken(line, units);
    moveOn(line, units, byPerson);
  }

  private void moveOn(OrderLine line, int units, boolean byPerson) {
    counts.picked += units;
    if (byPerson && incidents.nextDouble() < demand.mispickPerHumanLine()) {
      line.order().markMispicked();
    }
    for (int u = 0; u < units; u++) {
      if (incidents.nextDouble() < demand.damagedPerUnit()) {
        work.request(TaskType.DAMAGED_ITEM, -1, taskTime.get(TaskType.DAMAGED_ITEM).sample(), null,
            () -> sortation.sort(line));
      } else {
        sortation.sort(line);
      }
    }
  }

  /** The line's stock is not where it should be: a problem solver sources it, then it moves on. */
  public void missing(OrderLine line) {
    stock.lost(line);
    work.request(TaskType.MISSING_ITEM, -1, taskTime.get(TaskType.MISSING_ITEM).sample(), null,
        () -> moveOn(line, line.units(), false));
  }

  /** Whether the next line is missing at the pick face (one draw per line). */
  public boolean drawMissing() {
    return incidents.nextDouble() < missingRate;
  }

  public UnitCounts counts() {
    return counts;
  }
}
