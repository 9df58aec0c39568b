package org.fcsim.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.fcsim.sim.Action;
import org.fcsim.sim.Streams;
import org.junit.jupiter.api.Test;
import umontreal.ssj.simevents.Simulator;
import umontreal.ssj.simevents.eventlist.Henriksen;

/** An arm with 10 s attempts; grasp probabilities 1 and 0 make every outcome certain. */
class RoboticArmTest {
  private final Simulator simulator = new Simulator(new Henriksen());
  private final List<String> log = new ArrayList<>();

  private RoboticArm arm(int retries, Double timeToFaultSec) {
    simulator.init();
    return new RoboticArm(0, simulator, () -> 10.0, new Streams(1, 0).stream("grasp"), retries,
        timeToFaultSec == null ? null : () -> timeToFaultSec,
        a -> log.add(simulator.time() + ":fault"));
  }

  private void pick(RoboticArm arm, double graspSuccess) {
    arm.pick(graspSuccess, sec -> log.add(simulator.time() + ":picked after " + sec),
        sec -> log.add(simulator.time() + ":failed after " + sec));
  }

  @Test
  void aSureGraspTakesOneAttempt() {
    RoboticArm arm = arm(2, null);
    new Action(simulator, () -> pick(arm, 1.0)).schedule(0);
    new Action(simulator, () -> log.add(simulator.time() + ":" + arm.state())).schedule(5);
    simulator.start();
    assertEquals(List.of("5.0:PICKING", "10.0:picked after 10.0"), log);
  }

  @Test
  void anImpossibleGraspUsesEveryRetryThenFails() {
    RoboticArm arm = arm(2, null);
    new Action(simulator, () -> pick(arm, 0.0)).schedule(0);
    simulator.start();
    assertEquals(List.of("30.0:failed after 30.0"), log);
    assertEquals(RoboticArm.State.IDLE, arm.state());
  }

  @Test
  void aFaultDuringAPickTakesTheArmDownAfterItAndTheNextPickWaitsForRepair() {
    RoboticArm arm = arm(0, 4.0);
    new Action(simulator, () -> pick(arm, 1.0)).schedule(0);
    new Action(simulator, () -> pick(arm, 1.0)).schedule(12);
    new Action(simulator, arm::repaired).schedule(50);
    new Action(simulator, () -> simulator.stop()).schedule(53);
    simulator.start();
    // the fault falls due 4 s into the first pick: the unit finishes at 10, the arm goes down;
    // the pick asked for at 12 starts at the repair (50), with a fresh 4 s on the fault clock
    assertEquals(List.of("10.0:fault", "10.0:picked after 10.0"), log);
    assertEquals(RoboticArm.State.PICKING, arm.state());
    assertEquals(13.0 / 53, arm.availability(), 1e-12, "picking 13 s, down 40 s");
    assertEquals(1 - 40.0 / 53, arm.upFraction(), 1e-12);
  }

  @Test
  void anIdleArmDoesNotWear() {
    RoboticArm arm = arm(0, 15.0);
    new Action(simulator, () -> pick(arm, 1.0)).schedule(0);
    new Action(simulator, () -> pick(arm, 1.0)).schedule(1000);
    simulator.start();
    // 10 s of picking, 990 s idle, then the 15th operating second falls in the second pick
    assertEquals(List.of("10.0:picked after 10.0", "1010.0:fault", "1010.0:picked after 10.0"), log);
    assertEquals(RoboticArm.State.DOWN, arm.state());
  }

  @Test
  void availabilityIsMtbfOverMtbfPlusDownTimeHoweverIdleTheArmIs() {
    simulator.init();
    double mtbfSec = 3000;
    double repairSec = 600;
    umontreal.ssj.rng.RandomStream faults = new Streams(7, 0).stream("faults");
    RoboticArm arm = new RoboticArm(0, simulator, () -> 10.0, new Streams(1, 0).stream("grasp"), 0,
        () -> -mtbfSec * Math.log(1 - faults.nextDouble()),
        a -> new Action(simulator, a::repaired).schedule(repairSec));
    // the next pick is asked for 30 s after each one: the arm idles three quarters of its up time
    Runnable[] cycle = new Runnable[1];
    cycle[0] = () -> arm.pick(1.0, sec -> new Action(simulator, cycle[0]).schedule(30), sec -> { });
    new Action(simulator, cycle[0]).schedule(0);
    new Action(simulator, () -> simulator.stop()).schedule(4e6);
    simulator.start();
    // renewal-reward: 3000 s picking per 600 s down; a fault ends its pick first (at most 10 s
    // later) and the picks asked for while down wait, so allow 2%
    assertEquals(mtbfSec / (mtbfSec + repairSec), arm.availability(), 0.02);
  }
}
