package org.fcsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fcsim.report.XlsxFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fcsim capacity} from the command line: a complete folder, both bases per level, and refusals. */
class CapacityCommandTest {
  private static final String FLOOR = """
      name: cap
      horizon: 6h
      warmup: 1h
      replications: 3
      demand: { mode: poisson, ordersPerHour: 400/h, linesPerOrder: 1, unitsPerLine: 1, skus: 20000, skuSkew: 0 }
      floor: { pods: 20000 }
      driveUnits: { count: 60, travel: distributions }
      pickStations: { count: 3, pickTime: { dist: constant, value: 12s }, podsPerStation: 50 }
      associates: { picker: { count: 2 }, packer: { count: 20 } }
      """;

  @TempDir
  Path dir;

  @Test
  void writesCapacityAsStaffedAndEquipmentOnlyWithChartAndReport() throws Exception {
    Path file = dir.resolve("cap.yaml");
    Files.writeString(file, FLOOR + "levels: { two-pickers: {}, three-pickers: { associates.picker.count: 3 } }\n");
    Fcsim.Outcome o = Fcsim.run("capacity", file.toString(), "--results", dir.resolve("r").toString());
    assertEquals(0, o.code(), o.err());
    assertTrue(o.err().contains("fcsim: warning: two-pickers: only 2 of 3 human pick stations can be staffed"), o.err());
    Path folder = Fcsim.onlyFolder(dir.resolve("r").resolve("cap"));
    assertTrue(folder.getFileName().toString().startsWith("capacity-"), folder.toString());
    for (String f : List.of("capacity.csv", "capacity.png", "capacity.svg", "report.html", "scenario.yaml", "manifest.json")) {
      assertTrue(Files.size(folder.resolve(f)) > 0, f);
    }
    List<String[]> rows = Fcsim.rows(folder.resolve("capacity.csv"));
    assertEquals(4, rows.size());
    // two staffed stations of three: 2 × 300 units/h as staffed; the equipment alone: 3 × 300
    assertEquals(600, Double.parseDouble(rows.get(0)[2]), 0.03 * 600, String.join(",", rows.get(0)));
    assertEquals("equipment only", rows.get(1)[1]);
    assertEquals(900, Double.parseDouble(rows.get(1)[2]), 0.03 * 900, String.join(",", rows.get(1)));
    assertEquals(900, Double.parseDouble(rows.get(2)[2]), 0.03 * 900, String.join(",", rows.get(2)));
    assertTrue(o.out().contains("two-pickers") && o.out().trim().endsWith("Results: " + folder), o.out());
    XlsxFile book = XlsxFile.open(folder.resolve("results.xlsx"));
    assertEquals(List.of("capacity"), book.sheets());
    assertEquals(Double.parseDouble(rows.get(0)[2]), book.cell("capacity", 1, 2), "capacity.csv's number, as a number");
    assertEquals("equipment only", book.cell("capacity", 2, 1));
    assertTrue(Files.readString(folder.resolve("manifest.json")).contains("\"results.xlsx\""));
  }

  @Test
  void aClosedLoopHasNoDemandToScale() throws Exception {
    Path file = dir.resolve("loop.yaml");
    Files.writeString(file, "driveUnits: { count: 5 }\n");
    Fcsim.Outcome o = Fcsim.run("capacity", file.toString(), "--results", dir.resolve("r").toString());
    assertEquals(2, o.code());
    assertTrue(o.err().contains("needs demand.mode: poisson"), o.err());
    assertTrue(Files.notExists(dir.resolve("r")));
  }
}
