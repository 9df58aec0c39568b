package org.fcsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fcsim sweep}: the file's levels and sweeps, or a sweep from the command line. */
class SweepCommandTest {
  private static final String LADDER = """
      name: ladder
      horizon: 1h
      replications: 2
      pickStations: { count: 2 }
      levels:
        small: { driveUnits.count: 4 }
        large: { driveUnits.count: 8 }
      """;

  @TempDir
  Path dir;

  /** The level column of summary.csv, each level once, in order. */
  private static List<String> levels(Path summaryCsv) throws Exception {
    return Fcsim.rows(summaryCsv).stream().map(r -> r[0]).distinct().toList();
  }

  @Test
  void setSweepsAKeyWithOneLevelPerValueAndTheSameNumbersWhateverTheThreads() throws Exception {
    Path one = dir.resolve("one");
    Path two = dir.resolve("two");
    String file = "scenarios/closed-network-validation.yaml";
    Fcsim.Outcome o = Fcsim.run("sweep", file, "--set", "driveUnits.count=5,10", "-r", "2", "-t", "1",
        "--results", one.toString());
    assertEquals(0, o.code(), o.err());
    assertEquals(0, Fcsim.run("sweep", file, "--set", "driveUnits.count=5,10", "-r", "2", "-t", "2", "-q",
        "--results", two.toString()).code());
    Path folder = Fcsim.onlyFolder(one.resolve("closed-network-validation"));
    Path csv = folder.resolve("summary.csv");
    assertEquals(List.of("driveUnits.count=5", "driveUnits.count=10"), levels(csv));
    assertTrue(Fcsim.rows(csv).stream().allMatch(r -> r[r.length - 1].equals("2")));
    assertArrayEquals(Files.readAllBytes(csv),
        Files.readAllBytes(Fcsim.onlyFolder(two.resolve("closed-network-validation")).resolve("summary.csv")));
    assertTrue(o.out().trim().endsWith("Results: " + folder), o.out());
    // a numeric sweep is drawn against its value, the key as the x axis title
    assertTrue(Files.readString(folder.resolve("throughput.svg")).contains(">driveUnits.count<"), "x axis titled with the key");

    // more drive units, more pod visits: the values really reached the model
    double five = podVisits(csv, "driveUnits.count=5");
    double ten = podVisits(csv, "driveUnits.count=10");
    assertTrue(five < ten, five + " vs " + ten);

    // the recorded scenario holds the sweep and loads to the same levels
    Path recorded = folder.resolve("scenario.yaml");
    assertTrue(Files.readString(recorded).contains("key: driveUnits.count"), Files.readString(recorded));
    Fcsim.Outcome again = Fcsim.run("sweep", recorded.toString(), "-r", "2", "-q", "--results", dir.resolve("again").toString());
    assertEquals(0, again.code(), again.err());
    assertArrayEquals(Files.readAllBytes(csv),
        Files.readAllBytes(Fcsim.onlyFolder(dir.resolve("again/closed-network-validation")).resolve("summary.csv")));
  }

  private static double podVisits(Path csv, String level) throws Exception {
    return Fcsim.rows(csv).stream().filter(r -> r[0].equals(level) && r[1].equals("podVisitsPerHour"))
        .mapToDouble(r -> Double.parseDouble(r[3])).findFirst().orElseThrow();
  }

  @Test
  void setExpandsEveryLevelOfTheFileAndLevelsSelectsAmongThem() throws Exception {
    Path file = dir.resolve("ladder.yaml");
    Files.writeString(file, LADDER);
    Path results = dir.resolve("results");
    Fcsim.Outcome o = Fcsim.run("sweep", file.toString(), "--set", "pickStations.count=1,3", "-r", "1", "-q",
        "--results", results.toString());
    assertEquals(0, o.code(), o.err());
    assertEquals(List.of("small/pickStations.count=1", "small/pickStations.count=3", "large/pickStations.count=1",
        "large/pickStations.count=3"), levels(Fcsim.onlyFolder(results.resolve("ladder")).resolve("summary.csv")));

    Path only = dir.resolve("only");
    assertEquals(0, Fcsim.run("sweep", file.toString(), "--levels", "large", "-r", "1", "-q",
        "--results", only.toString()).code());
    assertEquals(List.of("large"), levels(Fcsim.onlyFolder(only.resolve("ladder")).resolve("summary.csv")));
  }

  @Test
  void withoutLevelsOrSetItIsOneLineExitCode2SuggestingRun() {
    Path results = dir.resolve("results");
    Fcsim.Outcome o = Fcsim.run("sweep", "scenarios/goods-to-person.yaml", "--results", results.toString());
    assertEquals(2, o.code());
    assertEquals(1, o.err().lines().count(), o.err());
    assertTrue(o.err().startsWith("fcsim: scenarios/goods-to-person.yaml has no levels: or sweep: section")
        && o.err().contains("fcsim run"), o.err());
    assertFalse(Files.exists(results));
  }

  @Test
  void aBadSetIsOneLineExitCode2() {
    Path results = dir.resolve("results");
    for (List<String> set : List.of(List.of("--set", "driveUnits.count"), List.of("--set", "driveUnits.count=5,,6"),
        List.of("--set", "seed=1,2"), List.of("--set", "driveUnits.count=5,5"), List.of("--set", "driveUnits.count=five"),
        List.of("--set", "driveUnits.cuont=5"))) {
      List<String> args = new java.util.ArrayList<>(List.of("sweep", "scenarios/closed-network-validation.yaml", "-r", "1",
          "--results", results.toString()));
      args.addAll(set);
      Fcsim.Outcome o = Fcsim.run(args.toArray(String[]::new));
      assertEquals(2, o.code(), set + ": " + o.err());
      assertEquals(1, o.err().lines().count(), o.err());
      assertTrue(o.err().startsWith("fcsim: "), o.err());
    }
    assertFalse(Files.exists(results));
  }
}
