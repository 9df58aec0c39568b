package org.fcsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.fcsim.experiment.CellCache;
import org.fcsim.experiment.CellStore;
import org.fcsim.experiment.StaffingSearch;
import org.fcsim.report.XlsxFile;
import org.fcsim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fcsim staff} from the command line on a small floor: a complete folder, and a
 * {@code staffed.yaml} that runs and keeps up with the solved crew on another seed.
 */
class StaffCommandTest {
  static final String FLOOR = """
      name: crew
      horizon: 6h
      warmup: 1h
      replications: 3
      demand: { mode: poisson, ordersPerHour: 300/h, linesPerOrder: 1, unitsPerLine: 1, skus: 20000, skuSkew: 0,
                damagedPerUnit: 0, missingPerLine: 0, mispickPerHumanLine: 0, qualityCheckShare: 0 }
      floor: { pods: 20000 }
      driveUnits: { count: 40, travel: distributions }
      pickStations: { count: 3, pickTime: { dist: constant, value: 12s } }
      associates:
        picker: { count: 3 }
        sorter: { count: 4 }
        packer: { count: 9 }
        problemSolver: { count: 0 }
        roboticsTech: { count: 0 }
        automationOperator: { count: 0 }
        qualityControl: { count: 0 }
      targets: { maxUtilization: 0.9 }
      """;

  @TempDir
  Path dir;

  @Test
  void solvesWritesAndTheStaffedScenarioRunsAndKeepsUp() throws Exception {
    Path file = dir.resolve("crew.yaml");
    Files.writeString(file, FLOOR);
    Fcsim.Outcome o = Fcsim.run("staff", file.toString(), "--results", dir.resolve("r").toString());
    assertEquals(0, o.code(), o.err());
    Path folder = Fcsim.onlyFolder(dir.resolve("r").resolve("crew"));
    for (String f : List.of("staffing.csv", "staffed.yaml", "staffing.png", "staffing.svg", "report.html", "manifest.json")) {
      assertTrue(Files.size(folder.resolve(f)) > 0, f);
    }
    List<String[]> rows = Fcsim.rows(folder.resolve("staffing.csv"));
    assertEquals(List.of("picker", "sorter", "packer"), rows.stream().map(r -> r[1]).toList());
    // 300 units/h of 12 s picks is 1 picker's work at 100%; at most 90% of available time needs 2
    assertEquals("2", rows.get(0)[2], String.join(",", rows.get(0)));
    XlsxFile book = XlsxFile.open(folder.resolve("results.xlsx"));
    assertEquals(List.of("staffing", "transition"), book.sheets().subList(0, 2));
    assertEquals(2.0, book.cell("staffing", 1, book.column("staffing", "headcount")));
    assertEquals("0.0%", book.format("staffing", 1, book.column("staffing", "utilization_available")));
    assertTrue(o.out().contains("candidates simulated in"), o.out());
    assertTrue(o.out().contains("on seed 20261127: base: keeps up"), o.out());

    Fcsim.Outcome again = Fcsim.run("run", folder.resolve("staffed.yaml").toString(), "--seed", "7",
        "--results", dir.resolve("again").toString());
    assertEquals(0, again.code(), again.err());
    assertTrue(again.out().startsWith("base: keeps up"), again.out());
  }

  @Test
  void withResourcesTheDriveUnitsAreSolvedTooAndWrittenIntoTheStaffedScenario() throws Exception {
    Path file = dir.resolve("crew.yaml");
    Files.writeString(file, FLOOR);
    Fcsim.Outcome o = Fcsim.run("staff", file.toString(), "--resources", "driveUnit", "-q", "--results", dir.resolve("r").toString());
    assertEquals(0, o.code(), o.err());
    Path folder = Fcsim.onlyFolder(dir.resolve("r").resolve("crew"));
    List<String[]> equipment = Fcsim.rows(folder.resolve("equipment.csv"));
    assertEquals(1, equipment.size());
    assertEquals("driveUnit", equipment.get(0)[1]);
    int driveUnits = Integer.parseInt(equipment.get(0)[2]);
    // a trip is about 90 s of travel and 12 s of picking: 300 an hour keep at least 8.5 drive units busy
    assertTrue(driveUnits >= 9 && driveUnits < 40, "solved drive units " + driveUnits);
    assertTrue(!equipment.get(0)[4].isEmpty(), "one drive unit fewer misses a target");
    assertTrue(Files.readString(folder.resolve("staffed.yaml")).contains("count: " + driveUnits));
    assertTrue(Files.notExists(dir.resolve("r").resolve("crew").resolve(".cells")), "finished: no cells left behind");

    assertEquals(2, Fcsim.run("staff", file.toString(), "--resources", "robotDog", "--results", dir.resolve("bad").toString()).code());
    assertTrue(Files.notExists(dir.resolve("bad")));
  }

  @Test
  void anInterruptedSearchResumesFromItsFinishedCellsWithTheSameAnswer() throws Exception {
    Scenario floor = org.fcsim.scenario.ScenarioLoader.parse("crew.yaml", FLOOR.getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .scenario();
    Path cells = dir.resolve("cells");
    List<CellCache> caches = new ArrayList<>();
    Function<Map<String, Integer>, CellStore> stores = counts -> {
      CellCache c = new CellCache(cells, List.of("crew\n" + counts));
      caches.add(c);
      return c;
    };
    int[] judged = {0};
    assertThrows(IllegalStateException.class, () -> StaffingSearch.solve("base", floor, StaffingSearch.staffedRoles(floor),
        LevelTargets::of, 2, e -> {
          if (++judged[0] == 5) {
            throw new IllegalStateException("interrupted");
          }
        }, stores));
    caches.clear();
    StaffingSearch.Result resumed = StaffingSearch.solve("base", floor, StaffingSearch.staffedRoles(floor), LevelTargets::of, 2,
        e -> { }, stores);
    assertTrue(caches.stream().mapToInt(CellCache::reused).sum() >= 5 * floor.replications(), "the first 5 candidates' cells");
    StaffingSearch.Result fresh = StaffingSearch.solve("base", floor, LevelTargets::of, 2, e -> { });
    assertEquals(fresh.counts(), resumed.counts());
    assertEquals(fresh.evaluations(), resumed.evaluations());
  }
}
