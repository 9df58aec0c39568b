package org.fcsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fcsim run} of levels with costs and reskilling: what the planner reads and the files behind it. */
class CostsRunTest {
  private static final String SITE = """
      name: costed
      horizon: 2h
      warmup: 30min
      replications: 3
      demand: { mode: poisson, ordersPerHour: 300/h }
      driveUnits: { count: 24, travel: grid }
      pickStations: { count: 3 }
      associates:
        picker: { count: 4 }
        sorter: { count: 2 }
        packer: { count: 6 }
        problemSolver: { count: 2 }
      costs:
        wages: { picker: 20 }
      transitions:
        pathways:
          - { from: sorter, to: roboticsTech, classroomWeeks: 12, onTheJobHours: 2000, cost: 15000 }
      levels:
        people:  {}
        sorting-arms: { sortation.robotShare: 1, associates.sorter.count: 0, associates.roboticsTech.count: 3 }
      """;

  @TempDir
  Path dir;

  @Test
  void costPerUnitPaybackAndReskillingArePrintedAndWritten() throws Exception {
    Path file = dir.resolve("costed.yaml");
    Files.writeString(file, SITE);
    Fcsim.Outcome o = Fcsim.run("run", file.toString(), "--results", dir.resolve("r").toString());
    assertEquals(0, o.code(), o.err());
    assertTrue(o.out().contains("Cost per unit shipped (USD, 95% CI): people "), o.out());
    assertTrue(o.out().contains("Payback of each step up: sorting-arms (from people) "), o.out());
    assertTrue(o.out().contains("Reskilling people -> sorting-arms: sorter->roboticsTech 2 (62 weeks)"), o.out());
    Path folder = Fcsim.onlyFolder(dir.resolve("r").resolve("costed"));
    List<String> summary = Files.readAllLines(folder.resolve("summary.csv"));
    assertTrue(summary.stream().anyMatch(l -> l.startsWith("people,costPerUnit,USD/unit,")), String.join("\n", summary));
    assertTrue(summary.stream().anyMatch(l -> l.startsWith("sorting-arms,costPerUnit.training,")));
    assertEquals(List.of("level,baseline,kind,from,to,people,training_hours,cost,weeks",
        "sorting-arms,people,move,sorter,roboticsTech,2,4960,30000,62",
        "sorting-arms,people,total,,,2,4960,30000,62"), Files.readAllLines(folder.resolve("reskilling.csv")));
    List<String> payback = Files.readAllLines(folder.resolve("payback.csv"));
    assertEquals(2, payback.size());
    assertTrue(payback.get(1).startsWith("people,sorting-arms,"), payback.get(1));
    assertTrue(Files.exists(folder.resolve("cost-per-unit.svg")));
    String report = Files.readString(folder.resolve("report.html"));
    assertTrue(report.contains("What a unit shipped costs") && report.contains("Who is retrained into what"));
  }
}
