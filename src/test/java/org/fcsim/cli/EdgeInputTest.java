package org.fcsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input at the edges of what validation allows never ends in "internal error": the model
 * handles it (0 pickers per station) or validation refuses it with one located line and exit
 * code 2 (overlapping breaks, a warm-up past any horizon, a results folder that is a file).
 */
class EdgeInputTest {
  @TempDir
  Path dir;

  /** A small order-driven floor whose second break is replaced by each test. */
  private static final String SHIFT = """
      horizon: 4h
      replications: 1
      demand: { mode: poisson, ordersPerHour: 300/h }
      floor: { widthCells: 20, lengthCells: 10, pods: 200 }
      driveUnits: { count: 8 }
      pickStations: { count: 4 }
      associates:
        picker: { count: 4 }
        shifts:
          - start: 0h
            end: 4h
            breaks:
              - { at: 1h, duration: 15min }
              - %s
      """;

  private Fcsim.Outcome runWith(String secondBreak) throws Exception {
    Path file = dir.resolve("shift.yaml");
    Files.writeString(file, SHIFT.formatted(secondBreak));
    return Fcsim.run("run", file.toString(), "-q", "--results", dir.resolve("results").toString());
  }

  private void assertBadInput(Fcsim.Outcome o, String expectedLine) {
    assertEquals(2, o.code(), o.err());
    assertEquals(expectedLine + "\n", o.err().replace("\r", ""));
    assertEquals("", o.out());
    assertFalse(Files.exists(dir.resolve("results")), "nothing written");
  }

  @Test
  void zeroPickersPerStationClosesTheStationsWithoutAnArm() throws Exception {
    Path results = dir.resolve("results");
    Fcsim.Outcome o = Fcsim.run("sweep", "scenarios/automation-ladder.yaml", "--set", "pickStations.pickersPerStation=0",
        "--levels", "goods-to-person,arm-assisted-pick", "-r", "1", "-q", "--results", results.toString());
    assertEquals(0, o.code(), o.err());
    Path summary = Fcsim.onlyFolder(results.resolve("automation-ladder")).resolve("summary.csv");
    double closed = Double.NaN;
    double arms = Double.NaN;
    for (String[] row : Fcsim.rows(summary)) {
      if (row[1].equals("unitsPerHour")) {
        if (row[0].startsWith("goods-to-person/")) {
          closed = Double.parseDouble(row[3]);
        } else {
          arms = Double.parseDouble(row[3]);
        }
      }
    }
    assertEquals(0.0, closed, "every station is a person's station, and all are closed");
    assertTrue(arms > 1000, "the arm stations still pick: " + arms);
  }

  @Test
  void zeroPickersPerStationInTheClosedLoopIsRefusedWhereItIsSet() {
    Path results = dir.resolve("results");
    Fcsim.Outcome o = Fcsim.run("sweep", "scenarios/goods-to-person.yaml", "--set", "pickStations.pickersPerStation=0",
        "-q", "--results", results.toString());
    assertBadInput(o, "fcsim: scenarios/goods-to-person.yaml: --set: level pickStations.pickersPerStation=0: "
        + "pickStations.pickersPerStation: must be at least 1 when demand.mode is none (the closed loop's stations "
        + "have no arms, so 0 would close them all)");
  }

  @Test
  void overlappingBreaksNameBothBreaks() throws Exception {
    Path file = dir.resolve("shift.yaml");
    assertBadInput(runWith("{ at: 1.1h, duration: 30min }"), "fcsim: " + file + ":14:17: associates.shifts[0].breaks[1].at: "
        + "starts at 1.1h, before breaks[0] (1h for 15min) is over at 1.25h; list a shift's breaks in time order, "
        + "without overlaps");
  }

  @Test
  void breaksOutOfOrderToo() throws Exception {
    assertTrue(runWith("{ at: 0.5h, duration: 10min }").err().contains("breaks[1].at: starts at 30min, before breaks[0]"));
  }

  @Test
  void aBreakOfNoTimeOrAtTheShiftsEndIsRefused() throws Exception {
    Path file = dir.resolve("shift.yaml");
    assertBadInput(runWith("{ at: 2h, duration: 0s }"), "fcsim: " + file + ":14:31: associates.shifts[0].breaks[1].duration: "
        + "must be longer than 0s (leave the break out for none)");
    assertBadInput(runWith("{ at: 4h }"), "fcsim: " + file + ":14:17: associates.shifts[0].breaks[1].at: "
        + "must be before the shift's end (4h)");
  }

  @Test
  void aWarmupBeyondAnyHorizonIsAnOptionError() {
    for (String warmup : new String[] {"1e400s", "1e300s", "367d"}) {
      assertBadInput(Fcsim.run("run", "scenarios/goods-to-person.yaml", "--warmup=" + warmup, "-q", "--results",
          dir.resolve("results").toString()), "fcsim: --warmup: must be between 0s and 8784h, got " + warmup
          + " (see 'fcsim run --help')");
    }
  }

  @Test
  void aWarmupLongerThanTheHorizonIsTheOptionsFaultNotTheFilesLine() throws Exception {
    assertBadInput(Fcsim.run("run", "scenarios/goods-to-person.yaml", "--warmup", "9h", "-q", "--results",
        dir.resolve("results").toString()), "fcsim: scenarios/goods-to-person.yaml: --warmup: must be shorter than "
        + "horizon (8h), got 9h");
    Path levels = dir.resolve("levels.yaml");
    Files.writeString(levels, "horizon: 8h\nlevels:\n  long: {}\n  short: { horizon: 2h }\n");
    assertBadInput(Fcsim.run("run", levels.toString(), "--warmup", "3h", "-q", "--results", dir.resolve("results").toString()),
        "fcsim: " + levels + ": --warmup: level short: must be shorter than horizon (2h), got 3h");
  }

  @Test
  void resultsNamingAFileIsAnOptionErrorAndTheFileIsUntouched() throws Exception {
    Path file = dir.resolve("notes.txt");
    Files.writeString(file, "mine");
    for (String cmd : new String[] {"run", "sweep"}) {
      Fcsim.Outcome o = Fcsim.run(cmd, "scenarios/automation-ladder.yaml", "-q", "--results", file.toString());
      assertEquals(2, o.code(), o.err());
      assertEquals("fcsim: --results " + file + ": is a file, not a folder; name a folder (it is created if missing) "
          + "(see 'fcsim " + cmd + " --help')\n", o.err().replace("\r", ""));
    }
    Fcsim.Outcome through = Fcsim.run("compare", "scenarios/automation-ladder.yaml", "--levels", "manual,goods-to-person",
        "-q", "--results", file.resolve("sub").toString());
    assertEquals(2, through.code(), through.err());
    assertEquals("fcsim: --results " + file.resolve("sub") + ": " + file + " is a file, not a folder; name a folder (it is "
        + "created if missing) (see 'fcsim compare --help')\n", through.err().replace("\r", ""));
    assertEquals("mine", Files.readString(file));
    try (var left = Files.list(dir)) {
      assertEquals(1, left.count(), "nothing but the file");
    }
  }
}
