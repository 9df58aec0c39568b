package org.fcsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fcsim run} over a scenario with automation levels. */
class LevelsRunTest {
  private static final String LADDER = """
      name: ladder
      horizon: 1h
      replications: 2
      pickStations: { count: 2 }
      levels:
        small:  { driveUnits.count: 5 }
        medium: { driveUnits.count: 10 }
        large:  { driveUnits.count: 20 }
      """;

  @TempDir
  Path dir;


  private Path ladder() throws Exception {
    Path file = dir.resolve("ladder.yaml");
    Files.writeString(file, LADDER);
    return file;
  }


  /** The level column of summary.csv, each level once, in the order the rows name them. */
  private static List<String> levelsIn(Path summaryCsv) throws Exception {
    List<String> levels = new ArrayList<>();
    for (String line : Files.readAllLines(summaryCsv).subList(1, Files.readAllLines(summaryCsv).size())) {
      String level = line.substring(0, line.indexOf(','));
      if (levels.isEmpty() || !levels.get(levels.size() - 1).equals(level)) {
        assertFalse(levels.contains(level), "rows of a level are contiguous: " + level);
        levels.add(level);
      }
    }
    return levels;
  }

  @Test
  void everyLevelRunsInOrderAndTheNumbersDoNotDependOnTheThreadCount() throws Exception {
    Path file = ladder();
    Path one = dir.resolve("one");
    Path two = dir.resolve("two");
    Fcsim.Outcome o = Fcsim.run("run", file.toString(), "-t", "1", "--results", one.toString());
    assertEquals(0, o.code(), o.err());
    assertEquals(0, Fcsim.run("run", file.toString(), "-t", "2", "-q", "--results", two.toString()).code());
    Path folder = Fcsim.onlyFolder(one.resolve("ladder"));
    Path csv = folder.resolve("summary.csv");
    assertEquals(List.of("small", "medium", "large"), levelsIn(csv));
    assertTrue(Files.readAllLines(csv).stream().anyMatch(l -> l.startsWith("large,unitsPerHour,units/h,")));
    assertTrue(Files.readAllLines(csv).stream().allMatch(l -> l.endsWith(",2") || l.startsWith("level,")));
    assertArrayEquals(Files.readAllBytes(csv), Files.readAllBytes(Fcsim.onlyFolder(two.resolve("ladder")).resolve("summary.csv")));

    assertTrue(Files.size(folder.resolve("throughput.png")) > 0);
    String resolved = Files.readString(folder.resolve("scenario.yaml"));
    assertTrue(resolved.contains("levels:") && resolved.contains("medium:"), resolved);

    String printed = o.out();
    assertTrue(printed.startsWith("small: ") && printed.lines().limit(3).allMatch(l -> l.contains("closed loop: no offered load")),
        "a verdict line per level comes first: " + printed);
    String table = printed.substring(printed.indexOf("ladder: 3 levels"));
    assertTrue(table.startsWith("ladder: 3 levels, seed 20261126, 2 replications of 1h each (warm-up 0s)"), table);
    String header = table.lines().skip(1).findFirst().orElseThrow();
    int small = header.indexOf("small");
    int medium = header.indexOf("medium");
    int large = header.indexOf("large");
    assertTrue(0 < small && small < medium && medium < large, table);
    assertTrue(table.lines().anyMatch(l -> l.startsWith("podVisitsPerHour (visits/h)")), table);
    assertTrue(table.trim().endsWith("Results: " + folder), table);
  }

  @Test
  void levelsOptionRunsOnlyTheNamedLevelsInScenarioOrder() throws Exception {
    Path file = ladder();
    Path results = dir.resolve("results");
    Fcsim.Outcome o = Fcsim.run("run", file.toString(), "--levels", "large,small", "-r", "1", "-q", "--results", results.toString());
    assertEquals(0, o.code(), o.err());
    Path folder = Fcsim.onlyFolder(results.resolve("ladder"));
    assertEquals(List.of("small", "large"), levelsIn(folder.resolve("summary.csv")));
    assertTrue(Files.readString(folder.resolve("scenario.yaml")).contains("medium:"), "the whole scenario is recorded");
  }

  @Test
  void anUnknownLevelIsOneLineExitCode2AndNothingWritten() throws Exception {
    Path results = dir.resolve("results");
    Fcsim.Outcome o = Fcsim.run("run", ladder().toString(), "--levels", "smal", "--results", results.toString());
    assertEquals(2, o.code());
    assertEquals(1, o.err().lines().count(), o.err());
    assertTrue(o.err().startsWith("fcsim: --levels: unknown level \"smal\" (did you mean \"small\"?); "
        + "known: small, medium, large"), o.err());
    assertFalse(Files.exists(results));
  }

  @Test
  void aBadLevelIsOneLineNamingTheLevel() throws Exception {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(file, "horizon: 1h\nlevels:\n  manual:            { driveUnits.cuont: 0 }\n");
    Fcsim.Outcome o = Fcsim.run("run", file.toString(), "--results", dir.resolve("results").toString());
    assertEquals(2, o.code());
    assertTrue(o.err().startsWith("fcsim: " + file + ":3:24: levels.manual: driveUnits.cuont: unknown key"), o.err());
    assertEquals(1, o.err().lines().count(), o.err());
  }
}
