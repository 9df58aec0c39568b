package org.fcsim.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fcsim.agent.PackMachine;
import org.fcsim.scenario.Scenario;
import org.fcsim.scenario.ScenarioLoader;
import org.fcsim.sim.Action;
import org.fcsim.sim.Streams;
import org.fcsim.task.Performer;
import org.fcsim.task.TaskLedger;
import org.fcsim.task.TaskType;
import org.junit.jupiter.api.Test;
import umontreal.ssj.simevents.Simulator;
import umontreal.ssj.simevents.eventlist.Henriksen;

/**
 * Packing with pack machines and a scripted crew that starts every task at once: eligible orders
 * go to the machines, ineligible ones (by item class or size) and jammed ones to people, and
 * every order packed ships; when the last machine is down, its queue goes to people.
 */
class MachinePackingTest {
  private final Simulator simulator = new Simulator(new Henriksen());
  private final List<String> log = new ArrayList<>();
  private final TaskLedger ledger = new TaskLedger();
  private final UnitCounts counts = new UnitCounts();
  private final Streams streams = new Streams(3, 0);

  /** Starts every task when asked and finishes it {@code baseSec} later; a repair is never done (no technician). */
  private final Work crew = new Work() {
    @Override
    public void request(TaskType type, int post, double baseSec, java.util.function.DoubleConsumer onStart, Runnable onDone) {
      double start = simulator.time();
      log.add(type.key() + " " + (int) start);
      if (type != TaskType.REPAIR) {
        new Action(simulator, onDone).schedule(baseSec);
      }
    }

    @Override
    public boolean canEverDo(TaskType type, int post) {
      return true;
    }
  };

  private Packing packing(String packingYaml, Double timeToFaultSec) {
    simulator.init();
    Scenario s = ScenarioLoader.parse("s.yaml", ("demand: { mode: poisson, qualityCheckShare: 0.3 }\n" + packingYaml)
        .getBytes(StandardCharsets.UTF_8)).scenario();
    RobotCare.Kind care = new RobotCare(simulator, crew, ledger).kind(Performer.PACK_MACHINE, null, null, 0, null, () -> 100.0);
    MachinePacking pool = new MachinePacking(simulator, s.packing(), crew, ledger, () -> 30.0, care);
    for (int i = 0; i < s.packing().machines(); i++) {
      pool.add(new PackMachine(i, simulator, () -> 10.0, streams.stream("jam/" + i), s.packing().jamPerOrder(),
          timeToFaultSec == null ? null : () -> timeToFaultSec, pool));
    }
    return new Packing(simulator, s.demand(), crew, counts, streams.stream("incidents"),
        Map.of(TaskType.PACK, () -> 50.0, TaskType.QUALITY_CHECK, () -> 20.0, TaskType.MISPICK, () -> 60.0), pool);
  }

  /** An order of {@code units} units in one line, sorted at {@code atSec}. */
  private void orderSorted(Packing packing, double atSec, int units, boolean eligibleClass) {
    new Action(simulator, () -> {
      Order order = new Order(0, simulator.time());
      order.addUnits(units, eligibleClass);
      counts.sorting += units;
      for (int u = 0; u < units; u++) {
        packing.unitSorted(order);
      }
    }).schedule(atSec);
  }

  private long count(String entry) {
    return log.stream().filter(e -> e.startsWith(entry + " ")).count();
  }

  @Test
  void jamsAndIneligibleOrdersReachPeopleAndEveryOrderPackedShips() {
    Packing packing = packing("packing: { machines: 2, maxUnits: 3, jamPerOrder: 0.2 }\n", null);
    int orders = 300;
    int ineligible = 0;
    long units = 0;
    for (int i = 0; i < orders; i++) {
      int n = i % 5 == 0 ? 4 : 1 + i % 3;           // every fifth order is too big for the machines
      boolean eligibleClass = i % 7 != 0;           // every seventh has an item class they do not take
      ineligible += n > 3 || !eligibleClass ? 1 : 0;
      units += n;
      orderSorted(packing, 4.0 * i, n, eligibleClass);
    }
    simulator.start();
    long jams = count("packJam");
    long machinePacked = ledger.cells().get(new TaskLedger.Key(TaskType.PACK, Performer.PACK_MACHINE)).count();
    assertEquals(orders, packing.ordersShipped(), "every order ships");
    assertEquals(units, counts.shipped);
    assertEquals(0, counts.packing);
    assertEquals(orders, packing.packedByMachine() + packing.packedByPeople(), "orders in = machine-packed + people-packed");
    assertEquals(machinePacked, packing.packedByMachine(), "the ledger counts the machines' packs");
    assertEquals(ineligible + jams, packing.packedByPeople(), "people pack the ineligible and the jammed orders");
    assertEquals(ineligible + jams, count("pack"));
    assertEquals(orders - ineligible, machinePacked + jams, "every eligible order went to a machine");
    assertTrue(jams > 0.1 * (orders - ineligible) && jams < 0.3 * (orders - ineligible), "about 20% jam: " + jams);
  }

  @Test
  void whenTheLastMachineIsDownItsQueueAndNewOrdersGoToPeople() {
    Packing packing = packing("packing: { machines: 1, jamPerOrder: 0 }\n", 5.0);
    orderSorted(packing, 0, 1, true);
    orderSorted(packing, 0, 1, true);
    orderSorted(packing, 0, 1, true);
    orderSorted(packing, 20, 1, true);
    simulator.start();
    // the first order faults the machine (5 operating seconds): packed at 10, then the two queued
    // orders go to people, and so does the one sorted at 20 while the machine waits for its repair
    assertEquals(List.of("repair 10", "pack 10", "pack 10", "pack 20"),
        log.stream().filter(e -> !e.startsWith("qualityCheck")).toList());
    assertEquals(4, packing.ordersShipped());
    assertEquals(1, packing.packedByMachine());
    assertEquals(10.0, ledger.cells().get(new TaskLedger.Key(TaskType.PACK, Performer.PACK_MACHINE)).workSec(), 1e-12);
  }
}
