package org.fcsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fcsim.experiment.Experiment;
import org.fcsim.experiment.ProgressListener;
import org.fcsim.scenario.Scenario;
import org.fcsim.scenario.ScenarioLoader;
import org.fcsim.stats.LevelResults;
import org.fcsim.stats.ReplicationResult;
import org.fcsim.stats.Verdict;
import org.junit.jupiter.api.Test;

/**
 * A goods-to-person floor over three days whose pods start with about a day of stock: without
 * inbound the stock runs out and the verdict says the site does not keep up, naming the
 * backorders; with cases received and stowed by people (1.25 times what is ordered) it keeps up,
 * stow keeps up with receiving, and stock is conserved on every replication (the model checks
 * its invariants as it runs).
 */
class StockAndStowTest {
  private static final String FLOOR = """
      horizon: 72h
      warmup: 4h
      replications: 3
      demand: { mode: poisson, ordersPerHour: 200/h, skus: 500, skuSkew: 0.5 }
      floor: { pods: 1000, widthCells: 40, lengthCells: 30 }
      driveUnits: { count: 40, travel: grid }
      pickStations: { count: 4 }
      associates: { picker: { count: 4 }, packer: { count: 8 }, stower: { count: 3 }, receiver: { count: 3 } }
      inventory: { podsPerSku: 2, podCapacity: 100, initialFill: 0.1 }
      """;
  private static final String INBOUND = "inbound: { casesPerHour: 100/h, unitsPerCase: 5, stowStations: 3 }\n";

  private static Verdict verdict(String yaml, List<ReplicationResult>[] out) {
    Scenario s = ScenarioLoader.parse("floor.yaml", yaml.getBytes(StandardCharsets.UTF_8)).scenario();
    List<ReplicationResult> reps = Experiment.run(List.of(s), 2, ProgressListener.NONE).get(0);
    out[0] = reps;
    return Verdict.of(new LevelResults("floor", reps), List.of());
  }

  @Test
  @SuppressWarnings("unchecked")
  void withoutInboundStockRunsOutAndWithStowTheSiteKeepsGoing() {
    List<ReplicationResult>[] reps = new List[1];
    Verdict dry = verdict(FLOOR, reps);
    assertEquals("no", dry.keepsUp(), dry.line());
    assertEquals("backorders", dry.growingQueue(), dry.line());
    assertTrue(reps[0].stream().allMatch(r -> r.get("backorderedLinesPerHour") > 50), "lines wait for stock");

    Verdict stowed = verdict(FLOOR + INBOUND, reps);
    assertEquals("yes", stowed.keepsUp(), stowed.line());
    for (ReplicationResult r : reps[0]) {
      double inbound = r.get("inboundUnitsPerHour");
      assertTrue(inbound > 450 && inbound < 550, "about 500 units/h come in: " + inbound);
      assertTrue(Math.abs(r.get("stowedUnitsPerHour") - r.get("receivedUnitsPerHour")) < 0.03 * inbound,
          "stow keeps up with receiving");
      assertTrue(r.get("taskCount.stow.stower") > 0 && r.get("taskCount.receive.receiver") > 0);
      assertTrue(r.get("stockOnPods.atEnd") > 0);
    }
  }

  /** Combined pick-and-stow stations: the pickers stow onto the pods at their own stations, and the floor keeps up. */
  @Test
  @SuppressWarnings("unchecked")
  void atCombinedStationsThePickersStow() {
    List<ReplicationResult>[] reps = new List[1];
    String combined = FLOOR.replace("pickStations: { count: 4 }", "pickStations: { count: 6 }")
        .replace("picker: { count: 4 }", "picker: { count: 6, skills: [stow] }").replace("stower: { count: 3 }, ", "")
        + "inbound: { casesPerHour: 100/h, unitsPerCase: 5, combinedStations: true }\n";
    Verdict v = verdict(combined, reps);
    assertEquals("yes", v.keepsUp(), v.line());
    for (ReplicationResult r : reps[0]) {
      assertTrue(r.get("taskCount.stow.picker") > 0, "pickers stow");
      assertTrue(r.values().keySet().stream().noneMatch(m -> m.name().equals("taskCount.stow.stower")), "no stowers");
      assertTrue(Math.abs(r.get("stowedUnitsPerHour") - r.get("receivedUnitsPerHour")) < 0.03 * r.get("inboundUnitsPerHour"));
    }
  }
}
