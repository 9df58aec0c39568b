package org.fcsim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import umontreal.ssj.simevents.Simulator;
import umontreal.ssj.simevents.eventlist.Henriksen;

/** The guard stops a clock that no longer advances, and only that. */
class StuckClockGuardTest {
  private static Simulator simulator(long limit) {
    Simulator sim = new Simulator(new StuckClockGuard(new Henriksen(), limit));
    sim.init();
    return sim;
  }

  /** An activity that takes no time and starts itself again: the loop a model with 0 s times falls into. */
  private static final class Loop implements Runnable {
    Action self;
    double delaySec;
    long fired;

    @Override
    public void run() {
      fired++;
      self.schedule(delaySec);
    }
  }

  private static Loop loop(Simulator sim, double delaySec) {
    Loop loop = new Loop();
    loop.self = new Action(sim, loop);
    loop.delaySec = delaySec;
    return loop;
  }

  @Test
  void aZeroTimeLoopStopsAfterTheLimitNamingTheInstantAndTheHandler() {
    Simulator sim = simulator(1000);
    Loop loop = loop(sim, 0);
    loop.self.schedule(5);
    StuckClockGuard.StuckClockException e = assertThrows(StuckClockGuard.StuckClockException.class, sim::start);
    assertEquals(5.0, e.timeSec());
    assertEquals(1001, e.events());
    assertEquals(1001, loop.fired + 1); // the 1001st event is refused before it runs
    assertTrue(e.getMessage().startsWith("simulated time stuck at t=5.0 s: 1,001 events at that instant, the last in "
        + "StuckClockGuardTest; "), e.getMessage());
  }

  @Test
  void aClockCreepingForwardByRoundingStepsIsStuckToo() {
    Simulator sim = simulator(1000);
    loop(sim, 1e-12).self.schedule(10_000); // an ulp of 10,000 s is 1.8e-12 s: each step moves the clock by one
    assertThrows(StuckClockGuard.StuckClockException.class, sim::start);
  }

  @Test
  void manyEventsAtOneInstantBelowTheLimitAndAClockThatMovesRunToTheEnd() {
    Simulator sim = simulator(1000);
    for (int i = 0; i < 999; i++) { // with the loop's first step: 1,000 events at t=0, the limit
      new Action(sim, () -> { }).schedule(0);
    }
    Loop loop = loop(sim, 0.001);
    loop.self.schedule(0);
    new Action(sim, sim::stop).schedule(100);
    sim.start();
    assertEquals(100_000, loop.fired, 1);
  }
}
