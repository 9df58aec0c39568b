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

/** {@code fcsim run --set KEY=VALUE}, and command-line values blamed on their option. */
class RunSetOptionTest {
  private static final String FILE = "scenarios/closed-network-validation.yaml";

  @TempDir
  Path dir;

  @Test
  void setGivesTheNumbersOfTheFileWithThatValueWritten() throws Exception {
    Path edited = dir.resolve("edited.yaml");
    String text = Files.readString(Path.of(FILE));
    Files.writeString(edited, text.replace("horizon: 40h", "horizon: 5h").replace("  count: 20", "  count: 7"));
    Path viaSet = dir.resolve("set");
    Path viaFile = dir.resolve("file");
    Fcsim.Outcome o = Fcsim.run("run", FILE, "--set", "driveUnits.count=7", "--set", "horizon=5h", "-r", "2", "-q",
        "--results", viaSet.toString());
    assertEquals(0, o.code(), o.err());
    assertEquals(0, Fcsim.run("run", edited.toString(), "-r", "2", "-q", "--results", viaFile.toString()).code());
    Path folder = Fcsim.onlyFolder(viaSet.resolve("closed-network-validation"));
    assertArrayEquals(Files.readAllBytes(Fcsim.onlyFolder(viaFile.resolve("closed-network-validation")).resolve("summary.csv")),
        Files.readAllBytes(folder.resolve("summary.csv")));
    assertTrue(Files.readString(folder.resolve("scenario.yaml")).contains("count: 7"), "the recorded scenario holds the value");
  }

  @Test
  void aListOfValuesPointsToSweep() {
    Fcsim.Outcome o = Fcsim.run("run", FILE, "--set", "driveUnits.count=5,10", "--results", dir.toString());
    assertEquals(2, o.code());
    assertEquals("fcsim: --set: driveUnits.count=5,10: one value only; to run each of several values, use "
        + "'fcsim sweep --set driveUnits.count=5,10' (see 'fcsim run --help')\n", o.err().replace("\r", ""));
    assertFalse(Files.exists(dir.resolve("closed-network-validation")));
  }

  @Test
  void aBadValueOnTheCommandLineIsTheOptionsNotALineOfTheFile() {
    for (List<String> args : List.of(
        List.of("run", FILE, "--set", "driveUnits.count=abc"),
        List.of("run", FILE, "--set", "driveUnits.cuont=3"),
        List.of("sweep", FILE, "--set", "driveUnits.count=abc,3"),
        List.of("run", FILE, "--warmup", "100h"))) {
      List<String> all = new ArrayList<>(args);
      all.addAll(List.of("-r", "1", "--results", dir.toString()));
      Fcsim.Outcome o = Fcsim.run(all.toArray(String[]::new));
      assertEquals(2, o.code(), args + ": " + o.err());
      assertEquals(1, o.err().lines().count(), o.err());
      String option = args.get(2);
      assertTrue(o.err().startsWith("fcsim: " + FILE + ": " + option + ": "), args + " blamed on " + o.err());
    }
  }

  @Test
  void theRecordedScenarioRunsAgainToTheSameNumbersWhenSetReplacesALevelsOwnValue() throws Exception {
    Path file = dir.resolve("levels.yaml");
    Files.writeString(file, Files.readString(Path.of(FILE)).replace("horizon: 40h", "horizon: 4h")
        + "levels:\n  dotted: { driveUnits.count: 10 }\n  nested: { driveUnits: { count: 15 } }\n  none: {}\n");
    Path first = dir.resolve("first");
    Fcsim.Outcome o = Fcsim.run("run", file.toString(), "--set", "driveUnits.count=7", "-r", "1", "-q", "--results",
        first.toString());
    assertEquals(0, o.code(), o.err());
    Path folder = Fcsim.onlyFolder(first.resolve("closed-network-validation"));
    String recorded = Files.readString(folder.resolve("scenario.yaml"));
    assertFalse(recorded.contains("count: 10") || recorded.contains("count: 15"), recorded);
    List<String[]> rows = Fcsim.rows(folder.resolve("summary.csv"));
    assertTrue(rows.stream().filter(r -> r[0].equals("none")).count() > 5, "rows per level");
    for (String level : List.of("dotted", "nested")) { // every level ran with 7 units: the same numbers as "none"
      assertEquals(rows.stream().filter(r -> r[0].equals("none")).map(r -> String.join(",", List.of(r).subList(1, r.length))).toList(),
          rows.stream().filter(r -> r[0].equals(level)).map(r -> String.join(",", List.of(r).subList(1, r.length))).toList(), level);
    }
    Path again = dir.resolve("again");
    Path copy = Files.writeString(dir.resolve("recorded.yaml"), recorded);
    assertEquals(0, Fcsim.run("run", copy.toString(), "-r", "1", "-q", "--results", again.toString()).code());
    assertArrayEquals(Files.readAllBytes(folder.resolve("summary.csv")),
        Files.readAllBytes(Fcsim.onlyFolder(again.resolve("closed-network-validation")).resolve("summary.csv")));
  }
}
