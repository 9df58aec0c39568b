package org.fcsim.floor;

import org.fcsim.agent.DriveUnit;

/**
 * What happens while a pod is at a station's pick position. Called when a picker (person or
 * arm) is free and the pod is first in the queue; the process must call
 * {@link DriveUnit#beginPick} at once and, eventually, let the pod go (by a non-negative
 * duration there, or by {@link DriveUnit#release}).
 */
@FunctionalInterface
public interface VisitProcess {
  void start(PickStation station, DriveUnit driveUnit);
}
