package org.fcsim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import umontreal.ssj.simevents.Simulator;

/** A time-weighted level by hand: steps at known times give an exact average, before and after a reset. */
class TimeAverageTest {
  @Test
  void averageWeighsEachLevelByItsDurationAndResetRestartsFromTheLevelInForce() {
    Simulator sim = new Simulator();
    sim.init();
    TimeAverage queue = new TimeAverage(sim, "queue");
    new Action(sim, () -> queue.add(2)).schedule(10);   // 0 for 10 s
    new Action(sim, () -> queue.add(-1)).schedule(30);  // 2 for 20 s, then 1
    new Action(sim, () -> {
      assertEquals(1, queue.level(), 0);
      // (0 * 10 + 2 * 20 + 1 * 10) / 40
      assertEquals(50.0 / 40, queue.average(), 1e-12);
      queue.reset();
    }).schedule(40);
    new Action(sim, () -> queue.add(3)).schedule(50);   // 1 for 10 s, then 4
    new Action(sim, () -> {
      // (1 * 10 + 4 * 10) / 20: the reset kept level 1, not 0
      assertEquals(50.0 / 20, queue.average(), 1e-12);
      assertEquals(4, queue.level(), 0);
      sim.stop();
    }).schedule(60);
    sim.start();
    assertEquals(60, sim.time(), 0);
  }

  @Test
  void actionsNameTheClassWhoseCodeTheyRun() {
    Simulator sim = new Simulator();
    assertEquals("TimeAverageTest", new Action(sim, () -> { }).owner());
    assertEquals("TimeAverageTest", new Action(sim, new Inner()).owner()); // a nested class: its outer class
    assertEquals("TimeAverageTest", new Action(sim, this::toString).owner());
  }

  private static final class Inner implements Runnable {
    @Override
    public void run() {
    }
  }
}
