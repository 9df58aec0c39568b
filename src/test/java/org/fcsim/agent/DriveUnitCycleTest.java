package org.fcsim.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.fcsim.agent.DriveUnit.State;
import org.fcsim.floor.PickStation;
import org.fcsim.floor.DistributionTravel;
import org.fcsim.floor.Pod;
import org.fcsim.sim.Action;
import org.junit.jupiter.api.Test;
import umontreal.ssj.simevents.Simulator;
import umontreal.ssj.simevents.eventlist.Henriksen;

/**
 * Two drive units, one single-picker station, constant times: travel 10 s each way, pick 5 s.
 * Every state and every wait is known exactly.
 */
class DriveUnitCycleTest {
  private final Simulator simulator = new Simulator(new Henriksen());
  private final List<String> log = new ArrayList<>();
  private final List<Double> waits = new ArrayList<>();
  private PickStation station;
  private List<DriveUnit> units;

  private void build(int driveUnits, int pickers) {
    simulator.init();
    station = new PickStation(simulator, 0, pickers, () -> 5.0, () -> 1.0);
    DriveUnit.Control control = new DriveUnit.Control() {
      @Override
      public void onIdle(DriveUnit unit) {
        station.commit();
        unit.fetch(new Pod(unit.index(), new int[] {0, 0}, 0), station);
      }

      @Override
      public void onPickStarted(DriveUnit unit, PickStation s, double waitSec) {
        waits.add(waitSec);
      }

      @Override
      public void onVisitDone(DriveUnit unit, PickStation s, int unitsPicked) {
        log.add(simulator.time() + ":done");
      }
    };
    units = new ArrayList<>();
    for (int d = 0; d < driveUnits; d++) {
      units.add(new DriveUnit(d, simulator, new int[] {0, 0}, control, new DistributionTravel(() -> 10.0, () -> 10.0)));
    }
    starter = control;
  }

  private DriveUnit.Control starter;

  private void startAll() {
    units.forEach(starter::onIdle);
  }

  private void probe(double time) {
    new Action(simulator, () -> log.add(time + ":" + units.stream().map(DriveUnit::state).toList()
        + " queue=" + station.queueLength() + " committed=" + station.committedPods())).schedule(time);
  }

  @Test
  void theCycleVisitsEachStateInOrderWithExactTimes() {
    build(2, 1);
    startAll();
    for (double t : new double[] {5, 12, 17, 22, 27, 32, 37}) {
      probe(t);
    }
    new Action(simulator, simulator::stop).schedule(41);
    simulator.start();

    assertEquals(List.of(
        "5.0:[TO_STATION, TO_STATION] queue=0 committed=2",
        "12.0:[PICKING, QUEUED] queue=1 committed=2",
        "15.0:done",
        "17.0:[TO_STORAGE, PICKING] queue=0 committed=1",
        "20.0:done",
        "22.0:[TO_STORAGE, TO_STORAGE] queue=0 committed=0",
        "27.0:[TO_STATION, TO_STORAGE] queue=0 committed=1",
        "32.0:[TO_STATION, TO_STATION] queue=0 committed=2",
        "37.0:[PICKING, TO_STATION] queue=0 committed=2",
        "40.0:done"), log);
    // unit 1 waited the whole of unit 0's pick; then the two are 5 s apart and never wait again
    assertEquals(List.of(0.0, 5.0, 0.0, 0.0), waits);
    assertEquals(3, station.unitsPicked());
  }

  @Test
  void twoPickersServeTwoPodsAtOnce() {
    build(2, 2);
    startAll();
    probe(12);
    new Action(simulator, simulator::stop).schedule(16);
    simulator.start();
    assertEquals(List.of("12.0:[PICKING, PICKING] queue=0 committed=2", "15.0:done", "15.0:done"), log);
    assertEquals(List.of(0.0, 0.0), waits);
  }

  @Test
  void busyPickersAndPodsPresentAreTimeAveraged() {
    build(2, 1);
    startAll();
    new Action(simulator, simulator::stop).schedule(20);
    simulator.start();
    // over [0, 20]: a picker busy during [10, 20]; pods present: 2 during [10, 15], 1 during [15, 20]
    assertEquals(0.5, station.busyPickers().average(), 1e-12);
    assertEquals((2 * 5 + 1 * 5) / 20.0, station.podsPresent().average(), 1e-12);
  }
}
