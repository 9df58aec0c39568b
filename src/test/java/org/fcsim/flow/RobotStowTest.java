package org.fcsim.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.fcsim.agent.StowRobot;
import org.fcsim.floor.PickStation;
import org.fcsim.floor.Pod;
import org.fcsim.floor.PodCarrier;
import org.fcsim.floor.VisitProcess;
import org.fcsim.policy.StowPolicies;
import org.fcsim.scenario.Scenario;
import org.fcsim.scenario.ScenarioLoader;
import org.fcsim.sim.Streams;
import org.fcsim.task.Performer;
import org.fcsim.task.TaskLedger;
import org.fcsim.task.TaskType;
import org.junit.jupiter.api.Test;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;

/**
 * Receive and stow at one stow station with a stow robot (10 s attempts), with a scripted crew
 * that starts every task at once (receive 60 s, a hand-off 20 s) and a dispatcher that brings the
 * next pod when the station is free. Half the item classes are not stow-eligible.
 */
class RobotStowTest {
  private final Simulator simulator = new Simulator();
  private final List<String> log = new ArrayList<>();
  private final TaskLedger ledger = new TaskLedger();

  /** Starts every task when asked and finishes it {@code baseSec} later, logging its type. */
  private final Work crew = new Work() {
    @Override
    public void request(TaskType type, int post, double baseSec, java.util.function.DoubleConsumer onStart, Runnable onDone) {
      new Event(simulator) {
        @Override
        public void actions() {
          log.add(type.key());
          onDone.run();
        }
      }.schedule(baseSec);
    }

    @Override
    public boolean canEverDo(TaskType type, int post) {
      return true;
    }
  };

  private Catalog catalog;
  private Inventory inventory;
  private InboundFlow flow;
  private long released;
  /** Each SKU's stock on pods at the start (the initial fill). */
  private long[] stockBefore;

  /** Six hours of cases at 30/h of 5 units onto 10 pods; the robot places with {@code success} per attempt. */
  private void run(double success) {
    Scenario s = ScenarioLoader.parse("s.yaml", """
        demand:
          mode: poisson
          skus: 40
          itemClasses:
            box: { share: 0.5 }
            bulky: { share: 0.5, stowEligible: false }
        inventory: { podsPerSku: 1, podCapacity: 1000, initialFill: 0.1 }
        inbound: { casesPerHour: 30/h, unitsPerCase: 5 }
        """.getBytes(StandardCharsets.UTF_8)).scenario();
    Pod[] pods = new Pod[10];
    for (int p = 0; p < pods.length; p++) {
      pods[p] = new Pod(p, new int[] {p, 0}, 0);
    }
    Streams streams = new Streams(1, 0);
    catalog = new Catalog(s.demand(), pods.length, streams.stream("layout"));
    double[] popularity = new double[catalog.skus()];
    for (int k = 0; k < popularity.length; k++) {
      popularity[k] = catalog.share(k);
    }
    OpenLines open = new OpenLines(pods.length);
    inventory = new Inventory(simulator, pods, open, catalog, popularity, 1, 1000, 0.1, streams.stream("inventory"), open::add);
    stockBefore = new long[catalog.skus()];
    for (int k = 0; k < stockBefore.length; k++) {
      stockBefore[k] = inventory.skuStock(k);
    }
    flow = new InboundFlow(simulator, s.inbound(), catalog, inventory, pods, crew, () -> 5, () -> 60, () -> 15,
        StowPolicies.create("mostRoom"), streams.stream("inboundArrivals"), streams.stream("inboundSku"),
        streams.stream("stowPods"), false);
    StowRobot robot = new StowRobot(0, simulator, () -> 10.0, success, streams.stream("placement"), 1, null, r -> { });
    VisitProcess visit = flow.robotStation(robot, ledger, () -> 20.0);
    PickStation station = new PickStation(simulator, 0, 1, true, visit);
    boolean[] busy = {false};
    flow.onStowWork(() -> {
      Pod pod = busy[0] ? null : flow.nextPod(p -> true);
      if (pod != null) {
        busy[0] = true;
        visit.start(station, new PodCarrier() {
          @Override
          public Pod pod() {
            return pod;
          }

          @Override
          public void onQueued() { }

          @Override
          public void beginPick(PickStation at, int units, double durationSec) { }

          @Override
          public void release(int units) {
            released += units;
            busy[0] = false;
            // one visit at a time: a pod leaves once every unit it took is on it (it waits for hand-offs)
            assertEquals(flow.stowedUnits(), released);
          }
        });
      }
    });
    simulator.init();
    flow.start();
    new Event(simulator) {
      @Override
      public void actions() {
        flow.checkInvariants(simulator.time());
        simulator.stop();
      }
    }.schedule(6 * 3600);
    simulator.start();
  }

  private long robotPlaced() {
    return ledger.cells().get(new TaskLedger.Key(TaskType.STOW, Performer.STOW_ROBOT)).count();
  }

  private long handedOff() {
    return log.stream().filter(l -> l.equals("stowFailure")).count();
  }

  /** Units stowed onto pods (stock gained) of the SKUs whose class is, or is not, stow-eligible. */
  private long stowedOf(boolean eligible) {
    long n = 0;
    for (int k = 0; k < catalog.skus(); k++) {
      if (catalog.itemClass(k).stowEligible() == eligible) {
        n += inventory.skuStock(k) - stockBefore[k];
      }
    }
    return n;
  }

  @Test
  void unitsReceivedArePlacedByTheRobotStowedByPeopleOrWaiting() {
    run(0.5);
    assertTrue(robotPlaced() > 100 && handedOff() > 100, robotPlaced() + " placed, " + handedOff() + " handed off");
    assertEquals(flow.receivedUnits(), robotPlaced() + handedOff() + flow.waitingUnits());
    assertEquals(robotPlaced(), flow.robotStowedUnits());
    assertEquals(flow.stowedUnits(), robotPlaced() + handedOff());
    assertTrue(log.stream().noneMatch(l -> l.equals("stow")), "no person stows at a robot station but hand-offs");
    inventory.checkInvariants(simulator.time());
  }

  @Test
  void aSureRobotPlacesEveryEligibleUnitAndPeopleEveryOther() {
    run(1.0);
    assertTrue(robotPlaced() > 100 && handedOff() > 100, robotPlaced() + " placed, " + handedOff() + " handed off");
    assertEquals(robotPlaced(), stowedOf(true), "every eligible unit stowed was placed by the robot");
    assertEquals(handedOff(), stowedOf(false), "every ineligible unit stowed was a person's");
  }
}
