package org.fcsim.flow;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.fcsim.scenario.Scenario;
import org.fcsim.sim.Action;
import org.fcsim.sim.Sampler;
import org.fcsim.task.TaskType;
import umontreal.ssj.simevents.Simulator;

/**
 * Manual picking: open lines collect in a pool; a tour of up to {@code batchLines} lines is
 * released when that many wait, or when the oldest has waited {@code batchWait}, as long as
 * fewer tours are out than there are pickers on the floor. A picker walks the tour with a
 * cart: an S-shaped route through every aisle holding one of its SKUs, plus the cross-aisle
 * walk, at walking speed, plus the pick time of every unit. One tour is one PICK task.
 */
public final class PickerToPartsFlow {
  private final Simulator simulator;
  private final Scenario.PickerToParts spec;
  private final Fulfilment fulfilment;
  private final Work work;
  private final Sampler pickTimeSec;
  private final int maxToursOut;
  private final ArrayDeque<OrderLine> pool = new ArrayDeque<>();
  private final Action timeout;
  private boolean timeoutPending;
  private int toursOut;
  private long tours;

  public PickerToPartsFlow(Simulator simulator, Scenario.PickerToParts spec, Fulfilment fulfilment, Work work,
      Sampler pickTimeSec, int pickersPerShift) {
    this.simulator = simulator;
    this.spec = spec;
    this.fulfilment = fulfilment;
    this.work = work;
    this.pickTimeSec = pickTimeSec;
    this.maxToursOut = Math.max(1, pickersPerShift);
    this.timeout = new Action(simulator, this::onBatchTimeout);
  }

  public void onLine(OrderLine line) {
    pool.addLast(line);
    release();
  }

  private void release() {
    while (!pool.isEmpty() && toursOut < maxToursOut) {
      double now = simulator.time();
      double waitLeft = spec.batchWaitSec() - (now - pool.peekFirst().createdAt());
      // a wait too short to move the clock (rounding: the timeout fired an ulp early) is over;
      // scheduling it would fire the timeout at this same instant for ever
      if (pool.size() < spec.batchLines() && now + waitLeft > now) {
        if (!timeoutPending) {
          timeoutPending = true;
          timeout.schedule(waitLeft);
        }
        return;
      }
      List<OrderLine> tour = new ArrayList<>();
      while (!pool.isEmpty() && tour.size() < spec.batchLines()) {
        OrderLine line = pool.pollFirst();
        fulfilment.lineTaken(line);
        tour.add(line);
      }
      toursOut++;
      tours++;
      work.request(TaskType.PICK, -1, tourSec(tour), null, () -> tourDone(tour));
    }
  }

  private void onBatchTimeout() {
    timeoutPending = false;
    release();
  }

  /** Walking time of the S-shaped route through the tour's aisles, plus every unit's pick time. */
  double tourSec(List<OrderLine> tour) {
    boolean[] visit = new boolean[spec.aisles()];
    int farthest = 0;
    double pick = 0;
    for (OrderLine line : tour) {
      int aisle = line.pod().index() % spec.aisles();
      visit[aisle] = true;
      farthest = Math.max(farthest, aisle);
      for (int u = 0; u < line.units(); u++) {
        pick += pickTimeSec.sample();
      }
    }
    int aisles = 0;
    for (boolean v : visit) {
      aisles += v ? 1 : 0;
    }
    // an odd number of traversals leaves the picker at the far end: walk the last aisle back
    double meters = (aisles + aisles % 2) * spec.aisleMeters() + 2 * (farthest + 1) * spec.aisleGapMeters();
    return meters / spec.walkMetersPerSec() + pick;
  }

  private void tourDone(List<OrderLine> tour) {
    toursOut--;
    for (OrderLine line : tour) {
      if (fulfilment.drawMissing()) {
        fulfilment.missing(line);
      } else {
        fulfilment.picked(line, line.units(), true);
      }
    }
    release();
  }

  /** Units of the lines waiting in the pool for a tour. */
  public long pooledUnits() {
    return pool.stream().mapToLong(OrderLine::units).sum();
  }

  public long tours() {
    return tours;
  }
}
