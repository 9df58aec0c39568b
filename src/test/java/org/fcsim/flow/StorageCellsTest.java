package org.fcsim.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.fcsim.floor.Kinematics;
import org.fcsim.floor.MapLayout;
import org.fcsim.floor.PickStation;
import org.fcsim.floor.Pod;
import org.fcsim.policy.StoragePolicies;
import org.fcsim.scenario.FloorMap;
import org.junit.jupiter.api.Test;
import umontreal.ssj.rng.MRG32k3a;
import umontreal.ssj.simevents.Simulator;

/**
 * Each storage policy on a tiny map: one station at (0,0), six storage cells numbered in reading
 * order, 0-2 at (1..3, 1) and 3-5 at (1..3, 2); three pods start in cells 0, 2 and 4. Drive
 * times from the station (1.5 m/s, 1 m/s2, quarter turn 0.625 s): cell 0 4.63 s, cells 1 and 3
 * 5.45 s, cell 2 6.13 s, cell 4 6.28 s, cell 5 6.96 s. Turnover classes of the cells: A = {0, 1},
 * B = {3}, C = {2, 4, 5}; of three pods: the most visited A, the next B, the last C.
 */
class StorageCellsTest {
  private static final FloorMap MAP = FloorMap.parse("tiny.map", "type octile\nheight 3\nwidth 5\nmap\nK....\n.PPP.\n.PPP.\n");
  private final MapLayout layout = new MapLayout(MAP, 1.0, 1, new Kinematics(1.5, 1.0, 2.5 / 4, true));
  private final PickStation station = new PickStation(new Simulator(), 0, 1, false, null);
  private final Pod[] pods = new Pod[3];
  private final MRG32k3a stream = new MRG32k3a();

  private StorageCells cells(String policy) {
    for (int p = 0; p < pods.length; p++) {
      pods[p] = new Pod(p, layout.podCell(p, pods.length), 0);
    }
    return new StorageCells(layout, layout.storageCells(), pods, new int[][] {layout.stationCell(0, 1)},
        StoragePolicies.create(policy, stream));
  }

  /** Lifts pod {@code p} and puts it away again; returns the storage cell it went to. */
  private int visit(StorageCells cells, int p) {
    cells.vacate(pods[p]);
    cells.rehome(pods[p], station);
    return cells.cellOf(p);
  }

  @Test
  void podsStartSpreadOverTheCells() {
    StorageCells cells = cells("ownCell");
    assertEquals(0, cells.cellOf(0));
    assertEquals(2, cells.cellOf(1));
    assertEquals(4, cells.cellOf(2));
  }

  @Test
  void ownCellPutsAPodBackWhereItCameFrom() {
    StorageCells cells = cells("ownCell");
    assertEquals(2, visit(cells, 1));
    assertEquals(3, pods[1].cell()[0]);
    assertEquals(1, pods[1].cell()[1]);
  }

  @Test
  void nearestFreeTakesTheNearestFreeCellFirstInReadingOrderOnATie() {
    StorageCells cells = cells("nearestFree");
    assertEquals(1, visit(cells, 1)); // free 1, 2, 3, 5: cells 1 and 3 tie, 1 comes first
    assertEquals(1, visit(cells, 1)); // its cell 1 is free again and ties with 3: 1
  }

  @Test
  void randomFreeDrawsAFreeCellFromItsOwnStream() {
    StorageCells cells = cells("randomFree");
    MRG32k3a twin = stream.clone(); // the stream as the policy will draw from it
    int[] free = {1, 2, 3, 5};
    assertEquals(free[twin.nextInt(0, 3)], visit(cells, 1));
  }

  @Test
  void turnoverClassPutsASlowPodInTheNearestCellOfItsClass() {
    StorageCells cells = cells("turnoverClass");
    assertEquals(1, visit(cells, 1)); // one visit: class A, nearest free A cell 1
    cells.vacate(pods[0]);
    cells.vacate(pods[2]); // every pod one visit: pod 2 ranks last, class C
    cells.rehome(pods[2], station);
    assertEquals(2, cells.cellOf(2)); // C cells free: 2, 4, 5; nearest 2 (nearestFree would take 0)
    cells.rehome(pods[0], station);
    assertEquals(0, cells.cellOf(0)); // class A
  }
}
