package org.fcsim.policy;

/**
 * Chooses the storage cell a pod is set down in after a station visit (put-away). Called once
 * per visit, when the pod leaves the station, on a floor read from a map. Storage cells are
 * numbered in the map's reading order; a pod away from storage frees its cell.
 */
public interface StoragePolicy {
  /** What a policy may read when it chooses. */
  interface Choice {
    /** The storage cell the pod was lifted from (free now, as every cell in {@link #freeCells}). */
    int ownCell();

    /** The free storage cells, ascending; never empty (the pod's own cell at least). */
    int[] freeCells();

    /** Seconds to drive from the station the pod leaves to storage cell {@code cell}. */
    double secondsTo(int cell);

    /** The pod's turnover class: 0 the fastest movers, then 1, 2 ({@link StoragePolicies}). */
    int podClass();

    /** The class of storage cell {@code cell}: 0 the cells nearest the stations, then 1, 2. */
    int cellClass(int cell);
  }

  /** @return one of {@code choice.freeCells()} */
  int choose(Choice choice);
}
