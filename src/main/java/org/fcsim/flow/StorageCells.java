package org.fcsim.flow;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.fcsim.floor.Layout;
import org.fcsim.floor.PickStation;
import org.fcsim.floor.Pod;
import org.fcsim.floor.PodHomes;
import org.fcsim.policy.StoragePolicies;
import org.fcsim.policy.StoragePolicy;

/**
 * The storage cells of a mapped floor and which pod is home in each: a pod lifted out frees its
 * cell, and when it leaves a station the {@link StoragePolicy} picks a free cell for it, which
 * is then its home. Counts each pod's visits and keeps the cells' and pods' turnover classes
 * ({@link StoragePolicies}).
 */
public final class StorageCells implements PodHomes {
  private final Layout layout;
  private final List<int[]> cells;
  private final int[][] stationCells;
  private final StoragePolicy policy;
  private final boolean[] occupied;
  private final int[] cellOfPod;
  private final int[] cellClass;
  private final int[] visits;

  /**
   * @param cells        the storage cells, in reading order
   * @param pods         every pod, each home in one of {@code cells}
   * @param stationCells each station's cell by station index (pick stations, then stow stations)
   */
  public StorageCells(Layout layout, List<int[]> cells, Pod[] pods, int[][] stationCells, StoragePolicy policy) {
    this.layout = layout;
    this.cells = cells;
    this.stationCells = stationCells;
    this.policy = policy;
    occupied = new boolean[cells.size()];
    cellOfPod = new int[pods.length];
    visits = new int[pods.length];
    for (Pod pod : pods) {
      cellOfPod[pod.index()] = indexOf(pod.cell());
      occupied[cellOfPod[pod.index()]] = true;
    }
    double[] nearestStation = new double[cells.size()];
    for (int c = 0; c < cells.size(); c++) {
      int cell = c;
      nearestStation[c] = Arrays.stream(stationCells).mapToDouble(s -> layout.travelSec(s, cells.get(cell))).min().orElse(0);
    }
    int[] byNearness = IntStream.range(0, cells.size()).boxed()
        .sorted(Comparator.<Integer>comparingDouble(c -> nearestStation[c]).thenComparingInt(c -> c))
        .mapToInt(Integer::intValue).toArray();
    cellClass = new int[cells.size()];
    for (int rank = 0; rank < byNearness.length; rank++) {
      cellClass[byNearness[rank]] = classOfRank(rank, byNearness.length);
    }
  }

  /** Class 0, 1 or 2 of the item ranked {@code rank} (0 the first) of {@code n}. */
  static int classOfRank(int rank, int n) {
    double a = StoragePolicies.CLASS_SHARES[0] * n;
    return rank < a ? 0 : rank < a + StoragePolicies.CLASS_SHARES[1] * n ? 1 : 2;
  }

  @Override
  public void vacate(Pod pod) {
    occupied[cellOfPod[pod.index()]] = false;
    visits[pod.index()]++;
  }

  @Override
  public void rehome(Pod pod, PickStation station) {
    int[] from = stationCells[station.index()];
    int own = cellOfPod[pod.index()];
    int[] free = IntStream.range(0, cells.size()).filter(c -> !occupied[c]).toArray();
    int podClass = classOfRank(podRank(pod.index()), visits.length);
    int chosen = policy.choose(new StoragePolicy.Choice() {
      @Override
      public int ownCell() {
        return own;
      }

      @Override
      public int[] freeCells() {
        return free;
      }

      @Override
      public double secondsTo(int cell) {
        return layout.travelSec(from, cells.get(cell));
      }

      @Override
      public int podClass() {
        return podClass;
      }

      @Override
      public int cellClass(int cell) {
        return cellClass[cell];
      }
    });
    if (occupied[chosen]) {
      throw new IllegalStateException("storage policy put pod " + pod.index() + " in occupied storage cell " + chosen);
    }
    occupied[chosen] = true;
    cellOfPod[pod.index()] = chosen;
    pod.moveTo(cells.get(chosen).clone(), layout.zoneOf(cells.get(chosen)));
  }

  /** Pods with more visits so far than this one, or as many and a lower index. */
  private int podRank(int pod) {
    int rank = 0;
    for (int p = 0; p < visits.length; p++) {
      if (visits[p] > visits[pod] || visits[p] == visits[pod] && p < pod) {
        rank++;
      }
    }
    return rank;
  }

  /** The storage cell currently home to pod {@code pod}, in reading order of the storage cells. */
  public int cellOf(int pod) {
    return cellOfPod[pod];
  }

  private int indexOf(int[] cell) {
    for (int c = 0; c < cells.size(); c++) {
      if (cells.get(c)[0] == cell[0] && cells.get(c)[1] == cell[1]) {
        return c;
      }
    }
    throw new IllegalArgumentException("no storage cell at " + cell[0] + "," + cell[1]);
  }
}
