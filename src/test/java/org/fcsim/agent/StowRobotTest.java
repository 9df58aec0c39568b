package org.fcsim.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.fcsim.sim.Action;
import org.fcsim.sim.Streams;
import org.junit.jupiter.api.Test;
import umontreal.ssj.simevents.Simulator;
import umontreal.ssj.simevents.eventlist.Henriksen;

/** A stow robot with 10 s attempts; success 1 and 0 make every outcome certain. */
class StowRobotTest {
  private final Simulator simulator = new Simulator(new Henriksen());
  private final List<String> log = new ArrayList<>();

  private StowRobot robot(double success, int retries, Double timeToFaultSec) {
    simulator.init();
    return new StowRobot(0, simulator, () -> 10.0, success, new Streams(1, 0).stream("placement"), retries,
        timeToFaultSec == null ? null : () -> timeToFaultSec, r -> log.add(simulator.time() + ":fault"));
  }

  private void place(StowRobot robot) {
    robot.place(sec -> log.add(simulator.time() + ":placed after " + sec),
        sec -> log.add(simulator.time() + ":handed off after " + sec));
  }

  @Test
  void aSurePlacementTakesOneAttempt() {
    StowRobot robot = robot(1.0, 2, null);
    new Action(simulator, () -> place(robot)).schedule(0);
    new Action(simulator, () -> log.add(simulator.time() + ":" + robot.state())).schedule(5);
    simulator.start();
    assertEquals(List.of("5.0:STOWING", "10.0:placed after 10.0"), log);
    assertEquals(StowRobot.State.IDLE, robot.state());
  }

  @Test
  void anImpossiblePlacementUsesEveryRetryThenHandsTheUnitOff() {
    StowRobot robot = robot(0.0, 2, null);
    new Action(simulator, () -> place(robot)).schedule(0);
    simulator.start();
    assertEquals(List.of("30.0:handed off after 30.0"), log);
    assertEquals(StowRobot.State.IDLE, robot.state());
  }

  @Test
  void aFaultOnOperatingTimeTakesTheRobotDownAfterTheUnitInHandAndTheNextWaitsForRepair() {
    StowRobot robot = robot(1.0, 0, 4.0);
    new Action(simulator, () -> place(robot)).schedule(0);
    new Action(simulator, () -> place(robot)).schedule(12);
    new Action(simulator, () -> log.add(simulator.time() + ":" + robot.state())).schedule(30);
    new Action(simulator, robot::repaired).schedule(50);
    simulator.start();
    // the fault falls due 4 s into the first unit: it is placed at 10, then the robot is down; the
    // unit asked for at 12 starts at the repair (50), with a fresh 4 s on the fault clock, so the
    // robot goes down again after placing it at 60
    assertEquals(List.of("10.0:fault", "10.0:placed after 10.0", "30.0:DOWN", "60.0:fault", "60.0:placed after 10.0"), log);
    assertEquals(StowRobot.State.DOWN, robot.state());
    assertEquals(20.0 / 60, robot.availability(), 1e-12, "stowing 20 s, down 40 s of 60");
    assertEquals(20.0 / 20, robot.utilizationOfAvailable(), 1e-12, "up 20 s, all of it stowing");
  }

  @Test
  void anIdleRobotDoesNotWear() {
    StowRobot robot = robot(1.0, 0, 25.0);
    new Action(simulator, () -> place(robot)).schedule(0);
    new Action(simulator, () -> place(robot)).schedule(1000);
    new Action(simulator, () -> place(robot)).schedule(2000);
    simulator.start();
    // 10 s stowing, 990 s idle, 10 s stowing: 20 operating seconds by 1010, though 1010 s have
    // passed; the 25th falls in the third unit
    assertEquals(List.of("10.0:placed after 10.0", "1010.0:placed after 10.0", "2010.0:fault", "2010.0:placed after 10.0"),
        log);
    assertEquals(StowRobot.State.DOWN, robot.state());
    assertEquals(30.0 / 2010, robot.utilization(), 1e-12);
  }
}
