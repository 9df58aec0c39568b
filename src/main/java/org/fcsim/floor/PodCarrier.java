package org.fcsim.floor;

/**
 * What a pick station serves: a pod on whatever brought it (a drive unit). The station calls
 * {@link #onQueued} when the pod must wait for a free pick position; its {@link VisitProcess}
 * calls {@link #beginPick} when picking starts and, for an open-ended visit, {@link #release}.
 */
public interface PodCarrier {
  /** The pod carried; never null while at a station. */
  Pod pod();

  /** The pod waits in the station's queue. */
  void onQueued();

  /**
   * Picking starts at {@code at} now. With {@code durationSec} ≥ 0 the carrier leaves by itself
   * after that long; with a negative duration the station calls {@link #release} when done.
   */
  void beginPick(PickStation at, int units, double durationSec);

  /** The station is done with the pod ({@code units} picked from it); it leaves now. */
  void release(int units);
}
