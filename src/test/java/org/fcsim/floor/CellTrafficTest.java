package org.fcsim.floor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.fcsim.sim.Action;
import org.junit.jupiter.api.Test;
import umontreal.ssj.simevents.Simulator;
import umontreal.ssj.simevents.eventlist.Henriksen;

/** Small exact cases of drive units blocking each other cell by cell, with 1 s steps. */
class CellTrafficTest {
  private final Simulator simulator = new Simulator(new Henriksen());
  private final List<String> log = new ArrayList<>();

  private CellTraffic traffic(int cells, double restartSec, double resolveSec) {
    simulator.init();
    return new CellTraffic(simulator, cells, restartSec, resolveSec);
  }

  /** At {@code atSec}, sends {@code unit} along {@code path} with 1 s steps, logging "t:name arrives". */
  private void go(CellTraffic t, double atSec, int unit, String name, int... path) {
    double[] steps = new double[path.length];
    Arrays.fill(steps, 1.0);
    new Action(simulator, () -> t.move(unit, path, steps, () -> log.add(simulator.time() + ":" + name + " arrives")))
        .schedule(atSec);
  }

  @Test
  void twoUnitsHeadOnInAOneLaneCorridorDeadlockAndAreResolvedOnce() {
    CellTraffic t = traffic(5, 0, 5); // corridor 0-1-2-3-4
    int a = t.place(0);
    int b = t.place(4);
    go(t, 0, a, "A", 0, 1, 2, 3, 4);
    go(t, 0, b, "B", 4, 3, 2, 1, 0);
    simulator.start();

    // t=1: A on 1 takes 2; B on 3 finds 2 taken and waits. t=2: A on 2 wants 3, held by B, who
    // waits for 2: a cycle. After 5 s (t=7) they pass: A on 3, B on 2; then 1 s a cell.
    assertEquals(List.of("8.0:A arrives", "9.0:B arrives"), log);
    assertEquals(1, t.deadlocksResolved());
    assertEquals(5, t.blockedSec(a), 1e-12, "A waited from 2 to 7");
    assertEquals(6, t.blockedSec(b), 1e-12, "B waited from 1 to 7");
    assertEquals(11.0 / 3600, t.congestionHours(), 1e-12);
    double[] waits = t.waitSecByCell();
    assertEquals(5, waits[2], 1e-12, "A waited on cell 2");
    assertEquals(6, waits[3], 1e-12, "B waited on cell 3");
    assertEquals(4, t.cellOf(a));
    assertEquals(0, t.cellOf(b));
  }

  @Test
  void fourUnitsAroundABlockEachWaitingForTheNextDeadlockAndAllMoveOnAtOnce() {
    CellTraffic t = traffic(4, 0, 3); // a 2 x 2 block: 0 (0,0), 1 (1,0), 2 (0,1), 3 (1,1)
    int[] u = {t.place(0), t.place(1), t.place(3), t.place(2)};
    go(t, 0, u[0], "U0", 0, 1);
    go(t, 0, u[1], "U1", 1, 3);
    go(t, 0, u[2], "U2", 3, 2);
    go(t, 0, u[3], "U3", 2, 0); // closes the cycle
    simulator.start();

    assertEquals(List.of("3.0:U3 arrives", "3.0:U0 arrives", "3.0:U1 arrives", "3.0:U2 arrives"), log,
        "all at once, from the unit that closed the cycle");
    assertEquals(1, t.deadlocksResolved());
    assertArrayEquals(new int[] {1, 3, 2, 0}, new int[] {t.cellOf(u[0]), t.cellOf(u[1]), t.cellOf(u[2]), t.cellOf(u[3])});
    for (int unit : u) {
      assertEquals(3, t.blockedSec(unit), 1e-12);
    }
    for (int cell = 0; cell < 4; cell++) {
      assertEquals(u[new int[] {3, 0, 2, 1}[cell]], t.holderOf(cell), "each cell now holds the unit that wanted it");
    }
  }

  @Test
  void unitsQueueOnTheApproachToAnOccupiedStationCellFirstComeFirstServed() {
    CellTraffic t = traffic(6, 0.5, 10); // lane 0-1-2-3-4, the station on cell 4
    int atStation = t.place(4);
    int first = t.place(1);
    int second = t.place(0);
    go(t, 0, first, "first", 1, 2, 3, 4);
    go(t, 0, second, "second", 0, 1, 2, 3, 4);
    go(t, 10, atStation, "leaves", 4, 5);
    simulator.start();

    // second waits for 1 until first leaves it at t=1, restarts (1 + 0.5 s) and is on 1 at 2.5;
    // first is on 3 at t=2 and waits for 4; second is on 2 at 3.5 and waits for 3. At t=11 the
    // station's unit is on 5: first restarts, on 4 at 12.5; second takes 3 then, is on it at 14,
    // and waits for 4, where first now stands (nothing else happens: the run ends at 14).
    assertEquals(List.of("11.0:leaves arrives", "12.5:first arrives"), log);
    assertEquals(14, simulator.time(), 1e-12);
    assertEquals(9, t.blockedSec(first), 1e-12, "from 2 to 11");
    assertEquals(1 + 9, t.blockedSec(second), 1e-12, "from 0 to 1 and from 3.5 to 12.5");
    assertEquals(9, t.waitSecByCell()[3], 1e-12, "first on 3");
    assertEquals(1 + 9, t.waitSecByCell()[0] + t.waitSecByCell()[2], 1e-12, "second on 0, then on 2");
    assertEquals(0, t.deadlocksResolved(), "a queue is not a deadlock");
    assertEquals(first, t.holderOf(4));
    assertEquals(second, t.holderOf(3));
  }

  /**
   * A step needs its cell wholly free, so a follower starting right behind the leader waits one
   * step (a cell's gap opens), restarts, and then never waits again at the same speed.
   */
  @Test
  void aFollowerRightBehindALeaderWaitsForAGapOnceThenNeverAgain() {
    CellTraffic t = traffic(6, 0.5, 10);
    int leader = t.place(1);
    int follower = t.place(0);
    go(t, 0, leader, "leader", 1, 2, 3, 4, 5);
    go(t, 0, follower, "follower", 0, 1, 2, 3, 4);
    simulator.start();

    assertEquals(List.of("4.0:leader arrives", "5.5:follower arrives"), log);
    assertEquals(1, t.blockedSec(follower), 1e-12);
    assertEquals(1.0 / 3600, t.congestionHours(), 1e-12);
  }

  /**
   * A follower a cell's gap behind whose steps end, at each tick, just before the leader's: it
   * finds its next cell still held for no time at all, and a wait of no time costs no restart.
   */
  @Test
  void aWaitOfNoTimeCostsNoRestart() {
    CellTraffic t = traffic(7, 0.5, 10);
    int follower = t.place(0);
    int leader = t.place(2);
    go(t, 0, follower, "follower", 0, 1, 2, 3, 4); // sent first: its steps end first at each tick
    go(t, 0, leader, "leader", 2, 3, 4, 5, 6);
    simulator.start();

    assertEquals(List.of("4.0:follower arrives", "4.0:leader arrives"), log);
    assertEquals(0, t.blockedSec(follower), 1e-12);
  }

  @Test
  void aUnitLeavingAStationBayPassesTheOneWaitingToComeInWithoutADeadlock() {
    CellTraffic t = traffic(4, 0.5, 30); // lane 0-1-2, the station bay on cell 3 (one way in and out, from 2)
    t.markBay(3);
    int atStation = t.place(3);
    int coming = t.place(0);
    go(t, 0, coming, "in", 0, 1, 2, 3);
    go(t, 4, atStation, "out", 3, 2, 1, 0);
    simulator.start();

    // "in" reaches 2 at t=2 and waits for the bay. At t=4 "out" wants 2: they exchange, taking the
    // longer step, 1 s plus "in"'s 0.5 s restart, so both stand on their new cell at 5.5; "out"
    // then goes on at 1 s a cell.
    assertEquals(List.of("5.5:in arrives", "7.5:out arrives"), log);
    assertEquals(0, t.deadlocksResolved(), "an exchange in a bay is the station's flow, not a deadlock");
    assertEquals(2, t.blockedSec(coming), 1e-12, "in waited from 2 to 4");
    assertEquals(3, t.cellOf(coming));
    assertEquals(0, t.cellOf(atStation));
  }
}
