package org.fcsim.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.fcsim.sim.Action;
import org.fcsim.sim.Streams;
import org.junit.jupiter.api.Test;
import umontreal.ssj.simevents.Simulator;
import umontreal.ssj.simevents.eventlist.Henriksen;

/** A pack machine with 10 s orders; jam probabilities 0 and 1 make every outcome certain. */
class PackMachineTest {
  private final Simulator simulator = new Simulator(new Henriksen());
  private final List<String> log = new ArrayList<>();

  private PackMachine machine(double jamPerOrder, Double timeToFaultSec) {
    simulator.init();
    return new PackMachine(0, simulator, () -> 10.0, new Streams(1, 0).stream("jam"), jamPerOrder,
        timeToFaultSec == null ? null : () -> timeToFaultSec, new PackMachine.Stoppages() {
          @Override
          public void onJam(PackMachine m) {
            log.add(simulator.time() + ":jam");
          }

          @Override
          public void onFault(PackMachine m) {
            log.add(simulator.time() + ":fault");
          }
        });
  }

  private void pack(PackMachine machine, String order) {
    machine.pack(sec -> log.add(simulator.time() + ":" + order + " packed after " + sec),
        () -> log.add(simulator.time() + ":" + order + " to people"));
  }

  private void at(double sec, Runnable action) {
    new Action(simulator, action).schedule(sec);
  }

  @Test
  void anOrderIsPackedInTheMachineTime() {
    PackMachine machine = machine(0, null);
    at(0, () -> pack(machine, "a"));
    at(5, () -> log.add(simulator.time() + ":" + machine.state()));
    at(20, simulator::stop);
    simulator.start();
    assertEquals(List.of("5.0:PACKING", "10.0:a packed after 10.0"), log);
    assertEquals(PackMachine.State.IDLE, machine.state());
    assertEquals(0.5, machine.utilization(), 1e-12);
    assertEquals(1.0, machine.availability(), 1e-12);
  }

  @Test
  void aJamSendsTheOrderToPeopleAndHoldsTheMachineUntilCleared() {
    PackMachine machine = machine(1, null);
    at(0, () -> pack(machine, "a"));
    at(20, () -> log.add(simulator.time() + ":" + machine.state()));
    at(40, machine::cleared);
    at(40, () -> pack(machine, "b"));
    at(45, simulator::stop);
    simulator.start();
    // the jam is told first (to call a person), then the order goes to people; b starts once cleared
    assertEquals(List.of("10.0:jam", "10.0:a to people", "20.0:JAMMED"), log);
    assertEquals(PackMachine.State.PACKING, machine.state());
    assertEquals(15.0 / 45, machine.availability(), 1e-12, "packing 15 s, jammed 30 s");
    assertEquals(1 - 30.0 / 45, machine.upFraction(), 1e-12);
  }

  @Test
  void aFaultOnOperatingTimeTakesItDownAfterTheOrderInHandUntilRepaired() {
    PackMachine machine = machine(0, 4.0);
    at(0, () -> pack(machine, "a"));
    at(50, machine::repaired);
    at(50, () -> pack(machine, "b"));
    at(55, simulator::stop);
    simulator.start();
    // the fault falls due 4 s into a: a finishes at 10, then the machine is down until 50
    assertEquals(List.of("10.0:fault", "10.0:a packed after 10.0"), log);
    assertEquals(PackMachine.State.PACKING, machine.state());
    assertEquals(15.0 / 55, machine.availability(), 1e-12, "packing 15 s, down 40 s");
  }

  @Test
  void aJamAndAFaultOnOneOrder() {
    PackMachine machine = machine(1, 4.0);
    at(0, () -> pack(machine, "a"));
    at(30, machine::cleared);
    simulator.start();
    // cleared at 30, the machine goes down for the fault that fell due while it packed
    assertEquals(List.of("10.0:jam", "10.0:a to people", "30.0:fault"), log);
    assertEquals(PackMachine.State.DOWN, machine.state());
  }

  @Test
  void anIdleMachineDoesNotWear() {
    PackMachine machine = machine(0, 25.0);
    at(0, () -> pack(machine, "a"));
    at(1000, () -> pack(machine, "b"));
    at(2000, () -> pack(machine, "c"));
    simulator.start();
    // 10 s of packing, 990 s idle, 10 s more, idle again: the 25th operating second falls in c
    assertEquals(List.of("10.0:a packed after 10.0", "1010.0:b packed after 10.0", "2010.0:fault",
        "2010.0:c packed after 10.0"), log);
    assertEquals(PackMachine.State.DOWN, machine.state());
  }

  @Test
  void aBusyMachineRefusesAnotherOrder() {
    PackMachine machine = machine(0, null);
    at(0, () -> pack(machine, "a"));
    at(1, () -> assertThrows(IllegalStateException.class, () -> pack(machine, "b")));
    at(2, () -> assertThrows(IllegalStateException.class, machine::repaired));
    simulator.start();
    assertEquals(List.of("10.0:a packed after 10.0"), log);
  }
}
