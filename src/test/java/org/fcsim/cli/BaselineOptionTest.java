package org.fcsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which level the workforce is compared with: {@code --baseline}, else the scenario's
 * {@code transitions.baseline}, else the first level; a name that is no level, or one
 * {@code --levels} leaves out, is bad input.
 */
class BaselineOptionTest {
  /** Three levels with 6, 3 and 1 pickers per shift. */
  private static final String CREWS = """
      name: crew
      horizon: 1h
      replications: 1
      demand: { mode: poisson, ordersPerHour: 100/h, linesPerOrder: 1, unitsPerLine: 1, skus: 2000, qualityCheckShare: 0 }
      floor: { pods: 2000 }
      driveUnits: { count: 10, travel: distributions }
      pickStations: { count: 2 }
      associates:
        picker: { count: 3 }
        sorter: { count: 2 }
        packer: { count: 3 }
        problemSolver: { count: 1 }
        roboticsTech: { count: 0 }
        automationOperator: { count: 0 }
        qualityControl: { count: 0 }
      levels:
        manual: { associates.picker.count: 6 }
        stations: {}
        arms: { associates.picker.count: 1, associates.roboticsTech.count: 1 }
      """;

  /** Two levels whose solved crews differ: 300 units/h of 24 s picks need 3 pickers at most 90% busy, of 12 s 2. */
  private static final String TO_STAFF = StaffCommandTest.FLOOR + """
      levels:
        slow: { pickStations.pickTime: { dist: constant, value: 24s } }
        fast: {}
      """;

  @TempDir
  Path dir;
  private int runs;

  private Path scenario(String yaml) throws Exception {
    Path file = dir.resolve("crew.yaml");
    Files.writeString(file, yaml);
    return file;
  }

  /** {@code transition.csv}'s people-per-shift rows of pickers: level, people, the baseline's, the change. */
  private static List<String> pickers(Path folder) throws Exception {
    return Fcsim.rows(folder.resolve("transition.csv")).stream()
        .filter(r -> r[1].equals("people per shift") && r[2].equals("picker"))
        .map(r -> String.join(",", r[0], r[3], r[4], r[5])).toList();
  }

  private Path ran(String command, Path file, String... more) throws Exception {
    Path results = dir.resolve("r" + ++runs);
    List<String> args = new ArrayList<>(List.of(command, file.toString(), "-q", "--results", results.toString()));
    args.addAll(List.of(more));
    Fcsim.Outcome o = Fcsim.run(args.toArray(String[]::new));
    assertEquals(0, o.code(), o.err());
    return Fcsim.onlyFolder(results.resolve("crew"));
  }

  @Test
  void runComparesWithTheFirstLevelOrTheOneBaselineNames() throws Exception {
    Path file = scenario(CREWS);
    assertEquals(List.of("manual,6,6,0", "stations,3,6,-3", "arms,1,6,-5"), pickers(ran("run", file)));
    Path folder = ran("run", file, "--baseline", "stations");
    assertEquals(List.of("manual,6,3,3", "stations,3,3,0", "arms,1,3,-2"), pickers(folder));
    assertTrue(Files.readString(folder.resolve("report.html")).contains("<th>stations (baseline)</th>"));
    assertEquals(List.of("stations,3,3,0", "arms,1,3,-2"), pickers(ran("run", file, "--levels", "stations,arms")));
  }

  @Test
  void theScenariosBaselineIsHonouredAndTheOptionOverridesIt() throws Exception {
    Path file = scenario("transitions: { baseline: arms }\n" + CREWS);
    assertEquals(List.of("manual,6,1,5", "stations,3,1,2", "arms,1,1,0"), pickers(ran("run", file)));
    assertEquals(List.of("manual,6,6,0", "stations,3,6,-3", "arms,1,6,-5"), pickers(ran("run", file, "--baseline", "manual")));
  }

  @Test
  void sweepTakesItAndALevelsNameStandsForItsFirstSweepPoint() throws Exception {
    Path file = scenario("transitions: { baseline: arms }\n" + CREWS);
    assertEquals(List.of("manual/driveUnits.count=4,6,1,5", "manual/driveUnits.count=8,6,1,5",
            "stations/driveUnits.count=4,3,1,2", "stations/driveUnits.count=8,3,1,2",
            "arms/driveUnits.count=4,1,1,0", "arms/driveUnits.count=8,1,1,0"),
        pickers(ran("sweep", file, "--set", "driveUnits.count=4,8", "--levels", "manual,arms,stations")));
    assertEquals(List.of("stations/driveUnits.count=4,3,3,0", "stations/driveUnits.count=8,3,3,0",
            "arms/driveUnits.count=4,1,3,-2", "arms/driveUnits.count=8,1,3,-2"),
        pickers(ran("sweep", file, "--set", "driveUnits.count=4,8", "--levels", "stations,arms", "--baseline", "stations")));
  }

  @Test
  void staffComparesTheSolvedCrewsWithTheBaseline() throws Exception {
    Path file = scenario(TO_STAFF);
    assertEquals(List.of("slow,3,3,0", "fast,2,3,-1"), pickers(ran("staff", file)));
    assertEquals(List.of("slow,3,2,1", "fast,2,2,0"), pickers(ran("staff", file, "--baseline", "fast")));
  }

  @Test
  void anUnknownBaselineIsOneLineExitCode2AndNothingWritten() throws Exception {
    Path file = scenario(CREWS);
    for (String command : List.of("run", "sweep", "staff")) {
      String message = refused(command, file, "--baseline", "statons");
      assertTrue(message.startsWith("fcsim: --baseline: unknown level \"statons\" (did you mean \"stations\"?); "
          + "known: manual, stations, arms"), message);
    }
    String left = refused("run", file, "--baseline", "arms", "--levels", "manual,stations");
    assertTrue(left.startsWith("fcsim: --baseline: level arms is not among the levels --levels runs (manual, stations)"), left);

    Path inFile = scenario("transitions: { baseline: arms }\n" + CREWS);
    String leftByFile = refused("run", inFile, "--levels", "manual");
    assertTrue(leftByFile.startsWith("fcsim: " + inFile + ": transitions.baseline: level arms is not among"), leftByFile);
    Path unknownInFile = scenario("transitions: { baseline: robots }\n" + CREWS);
    String byFile = refused("run", unknownInFile, "--baseline", "manual");
    assertTrue(byFile.startsWith("fcsim: " + unknownInFile + ":1:26: transitions.baseline: unknown level \"robots\"; "
        + "known: manual, stations, arms"), byFile);
  }

  /** Runs a command that must be refused as bad input, writing nothing; returns its one line. */
  private String refused(String command, Path file, String... more) {
    Path results = dir.resolve("refused");
    List<String> args = new ArrayList<>(List.of(command, file.toString(), "--results", results.toString()));
    args.addAll(List.of(more));
    Fcsim.Outcome o = Fcsim.run(args.toArray(String[]::new));
    assertEquals(2, o.code(), command + ": " + o.err());
    assertEquals(1, o.err().lines().count(), o.err());
    assertFalse(Files.exists(results), command + " wrote " + results);
    return o.err().trim();
  }
}
