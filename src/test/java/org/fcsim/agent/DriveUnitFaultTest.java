package org.fcsim.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.fcsim.floor.DistributionTravel;
import org.fcsim.floor.PickStation;
import org.fcsim.floor.Pod;
import org.fcsim.sim.Action;
import org.junit.jupiter.api.Test;
import umontreal.ssj.simevents.Simulator;
import umontreal.ssj.simevents.eventlist.Henriksen;

/**
 * One drive unit, travel 10 s each way, pick 5 s, a fault after 15 s of driving, rescue 100 s
 * after the fault; a second unit is paused by the rescue in its zone.
 */
class DriveUnitFaultTest {
  private final Simulator simulator = new Simulator(new Henriksen());
  private final List<String> log = new ArrayList<>();

  @Test
  void aFaultStopsTheUnitMidLegAndTheRescueLetsItFinishTheLeg() {
    simulator.init();
    PickStation station = new PickStation(simulator, 0, 1, () -> 5.0, () -> 1.0);
    Pod pod = new Pod(0, new int[] {0, 0}, 2);
    DriveUnit.Control control = new DriveUnit.Control() {
      @Override
      public void onIdle(DriveUnit unit) {
        log.add(simulator.time() + ":idle");
      }

      @Override
      public void onFault(DriveUnit unit, int zone) {
        log.add(simulator.time() + ":fault in zone " + zone);
        new Action(simulator, () -> unit.onRescued(true)).schedule(100);
      }
    };
    DriveUnit unit = new DriveUnit(0, simulator, new int[] {0, 0}, control, new DistributionTravel(() -> 10.0, () -> 10.0));
    unit.enableFaults(() -> 15.0);
    new Action(simulator, () -> {
      station.commit();
      pod.setState(Pod.State.CALLED);
      unit.fetch(pod, station);
    }).schedule(0);
    new Action(simulator, () -> log.add(simulator.time() + ":" + unit.state())).schedule(60);
    simulator.start();
    // to station 0-10 (5 s of budget left), picked 10-15, fault 5 s into the 10 s return (t=20),
    // rescued at 120, the remaining 5 s bring it home at 125
    assertEquals(List.of("20.0:fault in zone 2", "60.0:FAULTED", "125.0:idle"), log);
    assertEquals(Pod.State.STORED, pod.state());
    assertEquals(true, unit.needsRepair());
  }

  @Test
  void aPauseDelaysTheLegInProgress() {
    simulator.init();
    PickStation station = new PickStation(simulator, 0, 1, () -> 5.0, () -> 1.0);
    DriveUnit.Control control = unit -> log.add(simulator.time() + ":idle");
    DriveUnit unit = new DriveUnit(0, simulator, new int[] {0, 0}, control, new DistributionTravel(() -> 10.0, () -> 10.0));
    Pod pod = new Pod(0, new int[] {0, 0}, 1);
    new Action(simulator, () -> {
      station.commit();
      unit.fetch(pod, station);
    }).schedule(0);
    new Action(simulator, () -> unit.pause(30)).schedule(18); // during the return leg (15-25)
    simulator.start();
    assertEquals(List.of("55.0:idle"), log);
  }
}
