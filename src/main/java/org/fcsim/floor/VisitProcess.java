package org.fcsim.floor;

/**
 * What happens while a pod is at a station's pick position. Called when a picker (person or
 * arm) is free and the pod is first in the queue; the process must call
 * {@link PodCarrier#beginPick} at once and, eventually, let the pod go (by a non-negative
 * duration there, or by {@link PodCarrier#release}).
 */
@FunctionalInterface
public interface VisitProcess {
  void start(PickStation station, PodCarrier carrier);
}
