package org.fcsim.floor;

/**
 * Where pods live between visits: told when a drive unit lifts a pod out of storage and asked,
 * when the pod leaves a station, where it goes back to. Without one (a generated floor) a pod
 * always returns to its own cell.
 */
public interface PodHomes {
  /** A unit lifted {@code pod}: its cell is free until a pod is set down in it again. */
  void vacate(Pod pod);

  /** {@code pod} leaves {@code station}: moves the pod's home ({@link Pod#moveTo}) to where it will be set down. */
  void rehome(Pod pod, PickStation station);
}
