package org.fcsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.fcsim.experiment.Experiment;
import org.fcsim.experiment.ProgressListener;
import org.fcsim.scenario.Scenario;
import org.fcsim.scenario.ScenarioLevels;
import org.fcsim.scenario.ScenarioLoader;
import org.fcsim.stats.ReplicationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pack machines on a small order-driven floor, as a level override ({@code packing.machines: 2})
 * beside a level where people pack everything. Orders of one line (2 in 3) or two (1 in 3),
 * lines of 1 unit (2 in 3) or 3, item classes 60% pack-eligible, machines taking up to 3 units:
 * an order is eligible with probability 2/3 × 0.6 + 1/3 × 0.6² × (2/3)² = 0.4533, and 5% of the
 * eligible orders jam, so machines should pack 0.4307 of the orders.
 */
class PackMachinesTest {
  private static final double EXPECTED_SHARE = (2.0 / 3 * 0.6 + 1.0 / 3 * 0.36 * 4.0 / 9) * 0.95;
  /**
   * Tolerance of the mean share over 3 replications: each draws its own SKU classes (2000 SKUs:
   * the eligible share of lines has a standard deviation near 0.01) and about 1,200 orders (0.014).
   */
  private static final double TOLERANCE = 0.03;
  /** The small order floor of every case here, at 400 orders an hour. */
  static final String FLOOR = """
      demand:
        mode: poisson
        ordersPerHour: 400/h
        skus: 2000
        skuSkew: 0
        linesPerOrder: { dist: empirical, values: [1, 1, 2] }
        unitsPerLine: { dist: empirical, values: [1, 1, 3] }
        itemClasses:
          box: { share: 0.6 }
          fragile: { share: 0.4, armEligible: false, sortEligible: false, packEligible: false }
      floor: { widthCells: 30, lengthCells: 20, pods: 400 }
      driveUnits: { count: 30 }
      pickStations: { count: 6 }
      """;

  @TempDir
  static Path dir;
  private static List<Scenario> levels;
  private static List<List<ReplicationResult>> results;

  @BeforeAll
  static void run() throws Exception {
    Path file = dir.resolve("pack.yaml");
    Files.writeString(file, """
        horizon: 3.5h
        warmup: 30min
        replications: 3
        """ + FLOOR + """
        associates: { picker: { count: 6 }, sorter: { count: 3 }, packer: { count: 8 } }
        packing: { maxUnits: 3, jamPerOrder: 0.05, mtbf: 2h }
        levels:
          people: {}
          machines: { packing.machines: 2, associates.packer.count: 4 }
        """);
    ScenarioLevels loaded = ScenarioLoader.loadLevels(file, Map.of());
    levels = loaded.levels().stream().map(l -> l.scenario().scenario()).toList();
    results = Experiment.run(levels, 2, ProgressListener.NONE);
  }

  private static double mean(int level, String metric) {
    return results.get(level).stream().mapToDouble(r -> r.get(metric)).average().orElseThrow();
  }

  private static boolean has(int level, String metric) {
    return results.get(level).get(0).values().keySet().stream().anyMatch(m -> m.name().equals(metric));
  }

  @Test
  void theLevelOverrideSetsTheMachinesAndOnlyThatLevelHasThem() {
    assertEquals(0, levels.get(0).packing().machines());
    assertEquals(2, levels.get(1).packing().machines());
    for (String metric : List.of("machinePackedShare", "utilization.packMachines", "availability.packMachines",
        "utilizationOfAvailable.packMachines", "queueGrowthPerHour.packMachines", "taskCount.pack.packMachine",
        "taskCount.packJam.packer")) {
      assertFalse(has(0, metric), "people only: no " + metric);
      assertTrue(has(1, metric), "machines: " + metric);
    }
  }

  @Test
  void theLedgerShowsMachinePacksAndPeoplesJamsAndTheShareMatchesEligibility() {
    assertTrue(mean(1, "taskCount.pack.packMachine") > 400, "machines pack");
    assertTrue(mean(1, "taskCount.packJam.packer") > 10, "packers clear jams");
    assertTrue(mean(1, "taskCount.pack.packer") > 400, "people pack the rest");
    double share = mean(1, "machinePackedShare");
    assertEquals(EXPECTED_SHARE, share, TOLERANCE, "share of orders packed by machine");
    // the machines' work is what the people no longer do
    assertTrue(mean(1, "humanTaskHours.packing") < 0.65 * mean(0, "humanTaskHours.packing"));
    double availability = mean(1, "availability.packMachines");
    assertTrue(availability > 0.5 && availability < 1, "jams and faults cost availability: " + availability);
  }

  @Test
  void preflightCountsTheMachinesAgainstTheEligibleOrders() {
    Scenario machines = levels.get(1);
    double ordersPerHour = 2 * 3600 / (7.2 + 0.05 * 90);          // machine time plus a jam's clearing
    double unitsPerOrder = 4.0 / 3 * 5.0 / 3;
    assertEquals(ordersPerHour / (EXPECTED_SHARE / 0.95) * unitsPerOrder,
        Preflight.capacities(machines).get("pack (machines)"), 1e-6);
    assertFalse(Preflight.capacities(levels.get(0)).containsKey("pack (machines)"));
  }
}
