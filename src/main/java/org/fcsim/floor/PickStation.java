package org.fcsim.floor;

import java.util.ArrayDeque;
import org.fcsim.sim.Sampler;
import org.fcsim.sim.TimeAverage;
import umontreal.ssj.simevents.Simulator;

/**
 * A goods-to-person pick station: one first-come-first-served queue of pods served by
 * {@code pickPositions} pickers side by side (associates, or one robotic arm). What a visit
 * does is the station's {@link VisitProcess}.
 */
public final class PickStation {
  private final int index;
  private final int pickPositions;
  private final boolean arm;
  private VisitProcess visit;
  private final ArrayDeque<PodCarrier> queue = new ArrayDeque<>();
  private final TimeAverage podsPresent;
  private final TimeAverage busyPositions;
  private int committed;
  private long unitsPicked;

  public PickStation(Simulator simulator, int index, int pickPositions, boolean arm, VisitProcess visit) {
    this.index = index;
    this.pickPositions = pickPositions;
    this.arm = arm;
    this.visit = visit;
    this.podsPresent = new TimeAverage(simulator, "podsAtStation" + index);
    this.busyPositions = new TimeAverage(simulator, "busyPickers" + index);
  }

  /**
   * A station whose visits pick {@code unitsPerVisit} units (rounded, at least 1), each taking
   * {@code pickTimeSec}: the closed-loop model.
   */
  public PickStation(Simulator simulator, int index, int pickers, Sampler pickTimeSec, Sampler unitsPerVisit) {
    this(simulator, index, pickers, false, (station, carrier) -> {
      int units = Math.max(1, (int) Math.round(unitsPerVisit.sample()));
      double duration = 0;
      for (int u = 0; u < units; u++) {
        duration += pickTimeSec.sample();
      }
      carrier.beginPick(station, units, duration);
    });
  }

  public VisitProcess visitProcess() {
    return visit;
  }

  /** Replaces the visit process; for models that build stations before their processes. */
  public void setVisitProcess(VisitProcess visit) {
    this.visit = visit;
  }

  /** A drive unit has been routed here and is on its way. */
  public void commit() {
    committed++;
  }

  /** A pod has arrived: it is picked at once if a position is free, else it queues. */
  public void onPodArrived(PodCarrier carrier) {
    podsPresent.add(1);
    if (busyPositions.level() < pickPositions) {
      startVisit(carrier);
    } else {
      queue.addLast(carrier);
      carrier.onQueued();
    }
  }

  /** The pod on {@code carrier} leaves with {@code units} picked; the next queued pod moves up. */
  public void onPodLeft(PodCarrier carrier, int units) {
    committed--;
    unitsPicked += units;
    podsPresent.add(-1);
    busyPositions.add(-1);
    PodCarrier next = queue.pollFirst();
    if (next != null) {
      startVisit(next);
    }
  }

  private void startVisit(PodCarrier carrier) {
    busyPositions.add(1);
    visit.start(this, carrier);
  }

  /** Pods on their way here, queued or being picked: what a dispatcher sees as this station's load. */
  public int committedPods() {
    return committed;
  }

  public int index() {
    return index;
  }

  public int pickers() {
    return pickPositions;
  }

  public boolean hasArm() {
    return arm;
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
    return busyPositions;
  }

  /** Starts statistics afresh at the end of warm-up. */
  public void resetStatistics() {
    podsPresent.reset();
    busyPositions.reset();
    unitsPicked = 0;
  }
}
