package org.fcsim.floor;

import java.util.ArrayDeque;
import org.fcsim.agent.DriveUnit;
import org.fcsim.sim.Sampler;
import org.fcsim.sim.TimeAverage;
import umontreal.ssj.simevents.Simulator;

/**
 * A goods-to-person pick station: one first-come-first-served queue of pods served by
 * {@code pickers} associates side by side. A pod visit is picked in one go: a number of
 * units, each with its own pick time.
 */
public final class PickStation {
  private final int index;
  private final int pickers;
  private final Sampler pickTimeSec;
  private final Sampler unitsPerVisit;
  private final ArrayDeque<DriveUnit> queue = new ArrayDeque<>();
  private final TimeAverage podsPresent;
  private final TimeAverage busyPickers;
  private int committed;
  private long unitsPicked;

  public PickStation(Simulator simulator, int index, int pickers, Sampler pickTimeSec, Sampler unitsPerVisit) {
    this.index = index;
    this.pickers = pickers;
    this.pickTimeSec = pickTimeSec;
    this.unitsPerVisit = unitsPerVisit;
    this.podsPresent = new TimeAverage(simulator, "podsAtStation" + index);
    this.busyPickers = new TimeAverage(simulator, "busyPickers" + index);
  }

  /** A drive unit has been routed here and is on its way. */
  public void commit() {
    committed++;
  }

  /** A pod has arrived: it is picked at once if a picker is free, else it queues. */
  public void onPodArrived(DriveUnit driveUnit) {
    podsPresent.add(1);
    if (busyPickers.level() < pickers) {
      startPick(driveUnit);
    } else {
      queue.addLast(driveUnit);
      driveUnit.onQueued();
    }
  }

  /** The pick on {@code driveUnit}'s pod is done: it leaves, and the next queued pod is picked. */
  public void onPodLeft(DriveUnit driveUnit, int units) {
    committed--;
    unitsPicked += units;
    podsPresent.add(-1);
    busyPickers.add(-1);
    DriveUnit next = queue.pollFirst();
    if (next != null) {
      startPick(next);
    }
  }

  private void startPick(DriveUnit driveUnit) {
    busyPickers.add(1);
    int units = Math.max(1, (int) Math.round(unitsPerVisit.sample()));
    double duration = 0;
    for (int u = 0; u < units; u++) {
      duration += pickTimeSec.sample();
    }
    driveUnit.beginPick(this, units, duration);
  }

  /** Pods on their way here, queued or being picked: what a dispatcher sees as this station's load. */
  public int committedPods() {
    return committed;
  }

  public int index() {
    return index;
  }

  public int pickers() {
    return pickers;
  }

  public int queueLength() {
    return queue.size();
  }

  public long unitsPicked() {
    return unitsPicked;
  }

  public TimeAverage podsPresent() {
    return podsPresent;
  }

  public TimeAverage busyPickers() {
    return busyPickers;
  }

  /** Starts statistics afresh at the end of warm-up. */
  public void resetStatistics() {
    podsPresent.reset();
    busyPickers.reset();
    unitsPicked = 0;
  }
}
