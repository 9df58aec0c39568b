package org.fcsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.fcsim.report.XlsxFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
  @TempDir
  Path dir;


  @Test
  void runWritesACompleteResultsFolderAndPrintsItsPath() throws Exception {
    Path results = dir.resolve("results");
    Fcsim.Outcome o = Fcsim.run("run", "scenarios/goods-to-person.yaml", "--replications", "3", "--results", results.toString());
    assertEquals(0, o.code(), o.err());
    Path folder = Fcsim.onlyFolder(results.resolve("goods-to-person"));
    assertTrue(o.out().trim().endsWith("Results: " + folder), o.out());
    for (String name : List.of("summary.csv", "manifest.json", "scenario.yaml", "throughput.png", "utilization.png")) {
      assertTrue(Files.size(folder.resolve(name)) > 0, name);
    }
    List<String> csv = Files.readAllLines(folder.resolve("summary.csv"));
    assertEquals("level,metric,unit,mean,ci95_low,ci95_high,replications", csv.get(0));
    assertTrue(csv.stream().anyMatch(l -> l.startsWith("base,unitsPerHour,units/h,")), csv.toString());
    assertTrue(csv.stream().anyMatch(l -> l.startsWith("base,utilization.pickers,fraction,")), csv.toString());
    assertTrue(csv.stream().anyMatch(l -> l.startsWith("base,meanPodsAtStation.pickStations,pods,")), csv.toString());

    JsonNode manifest = new ObjectMapper().readTree(folder.resolve("manifest.json").toFile());
    assertEquals(20261126, manifest.get("seed").asLong());
    assertTrue(manifest.get("scenarioHash").asText().startsWith("sha256:"));
    assertEquals("--replications", manifest.get("commandLine").get(3).asText());
    assertTrue(Files.readString(folder.resolve("scenario.yaml")).contains("replications: 3"));

    XlsxFile book = XlsxFile.open(folder.resolve("results.xlsx"));
    assertEquals("summary", book.sheets().get(0), book.sheets().toString());
    String uph = csv.stream().filter(l -> l.startsWith("base,unitsPerHour,units/h,")).findFirst().orElseThrow();
    int row = 0;
    while (!"unitsPerHour".equals(book.cell("summary", row, 0))) {
      row++;
    }
    assertEquals(Double.parseDouble(uph.split(",")[3]), book.cell("summary", row, book.column("summary", "base")),
        "summary.csv's mean, to the last bit");
    assertEquals(3.0, book.cell("summary", 1, book.column("summary", "base")), "replications");
  }

  @Test
  void aSecondRunNeverOverwritesTheFirst() throws Exception {
    Path results = dir.resolve("results");
    String[] args = {"run", "scenarios/closed-network-validation.yaml", "-r", "2", "-q", "--results", results.toString()};
    assertEquals(0, Fcsim.run(args).code());
    assertEquals(0, Fcsim.run(args).code());
    try (Stream<Path> runs = Files.list(results.resolve("closed-network-validation"))) {
      assertEquals(2, runs.filter(p -> !p.getFileName().toString().startsWith(".")).count());
    }
  }

  @Test
  void sameSeedGivesIdenticalNumbersWhateverTheThreadCount() throws Exception {
    Path one = dir.resolve("one");
    Path two = dir.resolve("two");
    assertEquals(0, Fcsim.run("run", "scenarios/goods-to-person.yaml", "-r", "4", "-t", "1", "-q", "--results", one.toString()).code());
    assertEquals(0, Fcsim.run("run", "scenarios/goods-to-person.yaml", "-r", "4", "-t", "3", "-q", "--results", two.toString()).code());
    assertArrayEquals(
        Files.readAllBytes(Fcsim.onlyFolder(one.resolve("goods-to-person")).resolve("summary.csv")),
        Files.readAllBytes(Fcsim.onlyFolder(two.resolve("goods-to-person")).resolve("summary.csv")));
  }

  @Test
  void aBadScenarioGivesOneLineExitCode2AndNoResultsFolder() throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "horizon: 8h\npickStations:\n  cuont: 3\n");
    Path results = dir.resolve("results");
    Fcsim.Outcome o = Fcsim.run("run", bad.toString(), "--results", results.toString());
    assertEquals(2, o.code());
    assertEquals("fcsim: " + bad + ":3:3: pickStations.cuont: unknown key (did you mean \"count\"?); "
        + "allowed here: count, pickersPerStation, policy, podPolicy, unitsPerVisit, pickTime, armShare, podsPerStation, podDwell\n",
        o.err().replace("\r", ""));
    assertEquals("", o.out());
    assertFalse(Files.exists(results));
  }

  @Test
  void badOptionsGiveOneLineAndExitCode2() {
    Fcsim.Outcome o = Fcsim.run("run", "scenarios/goods-to-person.yaml", "--threads", "0", "--results", dir.toString());
    assertEquals(2, o.code());
    assertEquals(1, o.err().lines().count(), o.err());
    assertTrue(o.err().startsWith("fcsim: --threads must be between 1 and 1024"), o.err());
    Fcsim.Outcome unknown = Fcsim.run("run", "--bogus");
    assertEquals(2, unknown.code());
    assertEquals(1, unknown.err().lines().count(), unknown.err());
  }

  @Test
  void helpExplainsEveryOption() {
    Fcsim.Outcome top = Fcsim.run("--help");
    assertEquals(0, top.code());
    assertTrue(top.out().contains("run") && top.out().contains("validate"), top.out());
    Fcsim.Outcome run = Fcsim.run("run", "--help");
    assertEquals(0, run.code());
    for (String option : List.of("--replications", "--seed", "--threads", "--results", "--quiet", "Exit codes")) {
      assertTrue(run.out().contains(option), option + " in\n" + run.out());
    }
  }

  @Test
  void validatePrintsTheResolvedScenario() {
    Fcsim.Outcome o = Fcsim.run("validate", "scenarios/closed-network-validation.yaml");
    assertEquals(0, o.code(), o.err());
    assertTrue(o.out().contains("policy: uniformRandom"), o.out());
    assertTrue(o.out().contains("problemSolve:"), "defaults are written out: " + o.out());
  }

}
