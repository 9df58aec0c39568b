package org.fcsim.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.fcsim.floor.Pod;
import org.fcsim.policy.StowPolicies;
import org.fcsim.scenario.Scenario;
import org.fcsim.scenario.ScenarioLoader;
import org.fcsim.sim.Streams;
import org.fcsim.task.TaskType;
import org.junit.jupiter.api.Test;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;

/**
 * Receive and stow, walking (no drive units), with a scripted crew that starts every task at
 * once and constant times: exact instants and counts.
 */
class InboundFlowTest {
  private final Simulator simulator = new Simulator();
  private final List<String> log = new ArrayList<>();

  /** Starts every task when asked and finishes it {@code baseSec} later, logging it. */
  private final Work crew = new Work() {
    @Override
    public void request(TaskType type, int post, double baseSec, java.util.function.DoubleConsumer onStart, Runnable onDone) {
      double start = simulator.time();
      new Event(simulator) {
        @Override
        public void actions() {
          log.add(type.key() + " " + (int) start + "-" + (int) simulator.time());
          onDone.run();
        }
      }.schedule(baseSec);
    }

    @Override
    public boolean canEverDo(TaskType type, int post) {
      return true;
    }
  };

  @Test
  void aCaseIsReceivedThenWalkedToItsShelfAndStowedUnitByUnit() {
    Scenario s = ScenarioLoader.parse("s.yaml", """
        demand: { mode: poisson, skus: 1 }
        inventory: { podsPerSku: 1, podCapacity: 100, initialFill: 0.1 }
        inbound: { casesPerHour: 1/h, unitsPerCase: 5, manualWalk: 2min }
        """.getBytes(StandardCharsets.UTF_8)).scenario();
    Pod[] pods = {new Pod(0, new int[] {0, 0}, 0)};
    Catalog catalog = new Catalog(s.demand(), 1, new Streams(1, 0).stream("layout"));
    OpenLines open = new OpenLines(1);
    Inventory inventory = new Inventory(simulator, pods, open, catalog, new double[] {1}, 1, 100, 0.1,
        new Streams(1, 0).stream("inventory"), open::add);
    Streams streams = new Streams(1, 0);
    InboundFlow flow = new InboundFlow(simulator, s.inbound(), catalog, inventory, pods, crew, () -> 5, () -> 60,
        () -> 10, StowPolicies.create("mostRoom"), streams.stream("inboundArrivals"), streams.stream("inboundSku"),
        streams.stream("stowPods"), true);
    simulator.init();
    flow.start();
    double[] firstCase = {Double.NaN};
    new Event(simulator) {
      @Override
      public void actions() {
        flow.checkInvariants(simulator.time());
        simulator.stop();
      }
    }.schedule(3600 * 6);
    simulator.start();
    // every case: received in 60 s, then 2 min of walking and 5 × 10 s of stowing
    assertEquals(flow.receivedUnits(), flow.stowedUnits() + flow.waitingUnits());
    String receive = log.stream().filter(l -> l.startsWith("receive")).findFirst().orElseThrow();
    int arrived = Integer.parseInt(receive.substring(8, receive.indexOf('-')));
    assertEquals("receive " + arrived + "-" + (arrived + 60), receive);
    assertEquals("stow " + (arrived + 60) + "-" + (arrived + 60 + 120 + 50),
        log.stream().filter(l -> l.startsWith("stow")).findFirst().orElseThrow());
    long cases = log.stream().filter(l -> l.startsWith("stow")).count();
    assertEquals(10 + 5 * cases, inventory.stockOnPods(), "10 at the start, 5 a case stowed");
    assertEquals(5 * log.stream().filter(l -> l.startsWith("receive")).count(), flow.receivedUnits());
    inventory.checkInvariants(simulator.time());
  }

  @Test
  void anInboundSectionNeedsAnInventory() {
    var e = assertThrows(org.fcsim.scenario.ScenarioException.class, () -> ScenarioLoader.parse("s.yaml",
        "inbound: { casesPerHour: 10/h }".getBytes(StandardCharsets.UTF_8)));
    assertEquals("s.yaml:1:10: inbound: needs an inventory: section (stock on pods) to stow into", e.getMessage());
  }
}
