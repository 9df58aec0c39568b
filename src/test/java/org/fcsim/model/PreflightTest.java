package org.fcsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.fcsim.scenario.ScenarioLevels;
import org.fcsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * The pre-flight check names each way a scenario runs into nonsense without failing, in one
 * line, and stays silent on the shipped ladder, which is sized for its demand.
 */
class PreflightTest {
  private static final String ORDERS = """
      horizon: 8h
      demand: { mode: poisson, ordersPerHour: 500/h }
      pickStations: { count: 4 }
      """;

  private static List<String> warnings(String yaml) {
    return Preflight.warnings(OrderFloorTest.scenario(yaml));
  }

  private static void assertWarns(String yaml, String expected) {
    List<String> found = warnings(yaml);
    assertTrue(found.stream().anyMatch(w -> w.contains(expected)), "expected \"" + expected + "\" in " + found);
  }

  @Test
  void theShippedLadderHasNoWarning() {
    ScenarioLevels ladder = ScenarioLoader.loadLevels(Path.of("scenarios/automation-ladder.yaml"), Map.of());
    for (ScenarioLevels.Level level : ladder.levels()) {
      assertEquals(List.of(), Preflight.warnings(level.scenario().scenario()), level.name());
    }
  }

  @Test
  void aTaskNobodyOnShiftCanDo() {
    assertWarns(ORDERS + "associates: { sorter: { count: 0 } }\n", "nobody on shift can do sort");
    assertWarns(ORDERS + "associates: { packer: { count: 0 }, problemSolver: { count: 0 } }\n", "nobody on shift can do pack");
    assertWarns(ORDERS + "associates: { qualityControl: { count: 0 } }\n", "nobody on shift can do qualityCheck");
    assertWarns(ORDERS.replace("count: 4 }", "count: 4, armShare: 1 }") + "arms: { mtbf: 90min }\n"
        + "associates: { roboticsTech: { count: 0 } }\n", "nobody on shift can do repair");
    assertWarns(ORDERS + "packing: { machines: 2 }\nassociates: { packer: { count: 0 }, problemSolver: { count: 0 } }\n",
        "nobody on shift can do packJam");
    assertWarns(ORDERS + "packing: { machines: 2, mtbf: 8h }\nassociates: { roboticsTech: { count: 0 } }\n",
        "nobody on shift can do repair");
  }

  @Test
  void aStageBelowDemand() {
    assertWarns(ORDERS.replace("500/h", "2500/h"), "pick can deliver about 1200 units/h (4 staffed human stations, 0 arm stations)");
    assertWarns(ORDERS + "associates: { packer: { count: 1 }, problemSolver: { count: 0 } }\n", "pack can deliver about");
  }

  @Test
  void unstaffedStationsRoundedArmsShiftsEndingAndCrampedFloors() {
    assertWarns(ORDERS + "associates: { picker: { count: 2 } }\n", "only 2 of 4 human pick stations can be staffed");
    assertWarns(ORDERS.replace("count: 4 }", "count: 4, armShare: 0.1 }"), "armShare 0.100 of 4 stations rounds to 0 arm stations");
    assertWarns(ORDERS.replace("horizon: 8h", "horizon: 2d") + "associates: { shifts: [ { start: 0h, end: 8h } ] }\n",
        "every shift has ended by 8.0h but the run lasts 48.0h");
    assertWarns(ORDERS + "floor: { widthCells: 2, lengthCells: 2, pods: 4000 }\n", "the floor cannot hold its pods");
  }

  @Test
  void orderDrivenKeysOnADefaultClosedLoop() {
    assertWarns("associates: { picker: { count: 30 } }\n", "demand.mode is none (the default)");
    assertEquals(List.of(), warnings("driveUnits: { count: 10 }\n"), "a plain closed loop is fine");
  }

  @Test
  void runsTooBigForTheMachineAreEstimatedUpFront() {
    assertWarns(ORDERS.replace("500/h", "10000000/h"), "size: about");
    assertWarns("demand: { mode: backlog, backlogOrders: 100000000 }\n", "size: a replication needs about");
    assertWarns("demand: { mode: poisson }\ndriveUnits: { count: 1000000 }\npickStations: { count: 10000 }\n", "size: about 8.0e+09 events");
  }
}
