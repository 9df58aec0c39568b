package org.fcsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.fcsim.experiment.Experiment;
import org.fcsim.experiment.ProgressListener;
import org.fcsim.scenario.Scenario;
import org.fcsim.scenario.ScenarioLoader;
import org.fcsim.stats.ReplicationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The heat-map grids of the order-driven floor on a generated 20 × 10 field (its plan 21 × 12:
 * a row of stations in front, a row of chargers behind, a column for stow stations): every pod
 * visit and every fault is counted on some cell, drive units pass the stations' cells, and a
 * unit never drives where the floor has nothing (the plan's corners).
 */
class FloorGridsTest {
  @TempDir
  Path dir;

  private List<ReplicationResult> run(String travel) throws Exception {
    Path file = dir.resolve(travel + ".yaml");
    Files.writeString(file, String.format("""
        horizon: 3h
        warmup: 30min
        replications: 2
        demand: { mode: poisson, ordersPerHour: 300/h, linesPerOrder: 1, unitsPerLine: 1, skus: 150, skuSkew: 0 }
        floor: { widthCells: 20, lengthCells: 10, pods: 150 }
        driveUnits: { count: 12, travel: %s, faults: { mtbf: 2h } }
        pickStations: { count: 2, pickersPerStation: 1, pickTime: { dist: constant, value: 6s } }
        associates: { picker: { count: 2 }, sorter: { count: 4 }, packer: { count: 6 }, automationOperator: { count: 2 } }
        """, travel));
    Scenario s = ScenarioLoader.loadLevels(file, Map.of()).levels().get(0).scenario().scenario();
    return Experiment.run(List.of(s), 2, ProgressListener.NONE).get(0);
  }

  @Test
  void everyVisitAndFaultIsOnTheFloorAndUnitsDriveToTheStations() throws Exception {
    for (ReplicationResult r : run("grid")) {
      double visits = Arrays.stream(r.grid("podVisitsByCell")).sum();
      double transports = r.get("taskCount.podTransport.driveUnit");
      assertTrue(Math.abs(visits - transports) <= 12, "a visit a pod transport, up to the 12 in flight at the ends: "
          + visits + " vs " + transports);
      double faults = Arrays.stream(r.grid("faultsByCell")).sum();
      double rescues = r.get("taskCount.driveUnitRescue.automationOperator");
      assertTrue(faults > 0 && Math.abs(faults - rescues) <= 12, faults + " faults vs " + rescues + " rescues");
      double[] passes = r.grid("driveUnitPassesByCell");
      assertEquals(21 * 12, passes.length);
      double atStations = passes[1 + 5] + passes[1 + 15]; // two stations on a 20-wide field: x = 5 and 15, plan row 0
      assertTrue(atStations >= 2 * visits - 24, "each visit arrives on its station's cell and leaves from it: "
          + atStations + " passes, " + visits + " visits");
      assertEquals(0, passes[0], "nothing drives in the plan's corner");
      double[] picking = r.grid("peoplePickingHoursByCell");
      assertEquals(r.get("utilization.picker") * 2 * 2.5, picking[1 + 5] + picking[1 + 15], 0.05,
          "the two pickers' busy hours, at their stations' cells");
      assertEquals(0, Arrays.stream(r.grid("podVisitsByCell")).limit(21).sum(), "no pod stands in the station row");
    }
  }

  @Test
  void travelFromDistributionsHasNoRoutesToDraw() throws Exception {
    ReplicationResult r = run("distributions").get(0);
    assertNull(r.grid("driveUnitPassesByCell"));
    assertTrue(Arrays.stream(r.grid("podVisitsByCell")).sum() > 0, "pods still stand on cells");
  }
}
