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
    arm.start();
    new Action(simulator, () -> pick(arm, 1.0)).schedule(0);
    new Action(simulator, () -> pick(arm, 1.0)).schedule(12);
    new Action(simulator, arm::repaired).schedule(50);
    new Action(simulator, () -> simulator.stop()).schedule(53);
    simulator.start();
    // fault at 4 s while picking: the unit finishes at 10, the arm goes down; the pick asked
    // for at 12 starts at the repair (50) and the fault clock restarts (next fault at 54)
    assertEquals(List.of("10.0:fault", "10.0:picked after 10.0"), log);
    assertEquals(RoboticArm.State.PICKING, arm.state());
    assertEquals(1 - 40.0 / 53, arm.availability(), 1e-12);
  }
}
