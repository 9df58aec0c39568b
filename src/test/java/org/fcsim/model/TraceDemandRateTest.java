package org.fcsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fcsim.scenario.Scenario;
import org.fcsim.scenario.ScenarioLoader;
import org.fcsim.stats.ReplicationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demand a trace offers is the units and orders of its orders that arrive in the measured
 * window [warm-up, horizon), per hour: what the keeps-up verdict and the shortfall compare with.
 * Four orders, at 0.5 h (before the warm-up ends), 1.5 h, 2.5 h and 3.5 h (after the horizon).
 */
class TraceDemandRateTest {
  private static final String ORDERS = """
      time,order,sku,units
      1800,a,s1,1
      5400,b,s1,1
      5400,b,s2,1
      9000,c,s3,3
      12600,d,s1,4
      """;

  @TempDir
  Path dir;

  private Scenario scenario() throws Exception {
    Files.writeString(dir.resolve("orders.csv"), ORDERS);
    Path file = dir.resolve("s.yaml");
    Files.writeString(file, """
        horizon: 3h
        warmup: 1h
        replications: 1
        demand: { mode: trace, orderHistory: orders.csv }
        floor: { widthCells: 20, lengthCells: 10, pods: 100 }
        driveUnits: { count: 6 }
        pickStations: { count: 2 }
        associates: { picker: { count: 2 } }
        """);
    return ScenarioLoader.load(file).scenario();
  }

  @Test
  void theOfferedRateCountsTheOrdersInTheMeasuredWindow() throws Exception {
    Scenario s = scenario();
    assertEquals(1.0, Demand.offeredOrdersPerHour(s), "b and c in 2 h");
    assertEquals(2.5, Demand.offeredUnitsPerHour(s), "2 + 3 units in 2 h");
    assertEquals(10.0 / 4, Demand.unitsPerOrder(s.demand()), "over the whole trace");
    assertEquals(10.0 / 5, Demand.unitsPerLine(s.demand()));
    ReplicationResult r = new FloorModel(s, 0).run();
    assertEquals(2.5, r.get("demandUnitsPerHour"));
    assertEquals(1.0, r.get("demandOrdersPerHour"));
    assertEquals(2.5, r.get("arrivedUnitsPerHour"), "what arrived in the window is what the trace holds there");
  }

  @Test
  void preflightSaysWhichOrdersTheHorizonLeavesOut() throws Exception {
    List<String> warnings = Preflight.warnings(scenario());
    assertTrue(warnings.contains("demand.orderHistory: 1 of 4 orders arrive after the horizon (3.0h) and are not simulated"),
        warnings.toString());
  }

  @Test
  void preflightWeighsATracesOrdersInTheWindowForThePackMachines() throws Exception {
    Files.writeString(dir.resolve("orders.csv"), ORDERS);
    Files.writeString(dir.resolve("items.csv"), "sku,itemClass\ns1,box\ns3,box\n");
    Path file = dir.resolve("s.yaml");
    Files.writeString(file, """
        horizon: 3h
        warmup: 1h
        demand:
          mode: trace
          orderHistory: orders.csv
          itemMaster: items.csv
          itemClasses: { box: { share: 0.6 }, fragile: { share: 0.4, packEligible: false } }
        packing: { machines: 1, maxUnits: 2 }
        """);
    Scenario s = ScenarioLoader.load(file).scenario();
    // in the window: b (s1 a box, s2 unlisted: eligible with the share 0.6; 2 units) and c (3 units: too many)
    double share = (0.6 + 0) / 2;
    assertEquals(3600 / (7.2 + 0.01 * 90) / share * 10.0 / 4, Preflight.capacities(s).get("pack (machines)"), 1e-9);
  }
}
