package org.fcsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --warmup auto} and {@code --target-halfwidth} on run and sweep. */
class OutputAnalysisTest {
  /**
   * A closed loop whose drive units all leave storage at time 0: for the first half hour or so
   * pods reach the stations at about twice the steady rate, an obvious transient.
   */
  private static final String RAMP = """
      name: ramp
      horizon: 4h
      replications: 3
      seed: 7
      driveUnits:
        count: 30
        travelToStation: { dist: exponential, mean: 10min }
        travelToStorage: { dist: exponential, mean: 10min }
      pickStations:
        count: 5
        policy: uniformRandom
        unitsPerVisit: 1
        pickTime: { dist: exponential, mean: 12s }
      """;

  @TempDir
  Path dir;

  @Test
  void warmupAutoChoosesAWarmupFromAPilotRunAndRecordsIt() throws Exception {
    Path file = dir.resolve("ramp.yaml");
    Files.writeString(file, RAMP);
    Path results = dir.resolve("results");
    Fcsim.Outcome o = Fcsim.run("run", file.toString(), "--warmup", "auto", "--results", results.toString());
    assertEquals(0, o.code(), o.err());
    Matcher m = Pattern.compile("Warm-up: (\\S+), chosen by MSER-5 on the mean podVisitsPerHour series").matcher(o.out());
    assertTrue(m.find(), o.out());
    String chosen = m.group(1);
    assertFalse(chosen.equals("0s"), "the ramp is a transient: " + o.out());
    assertTrue(o.out().contains("warm-up " + chosen), "the table shows the warm-up used: " + o.out());

    Path folder = Fcsim.onlyFolder(results.resolve("ramp"));
    assertTrue(Files.readString(folder.resolve("scenario.yaml")).contains("warmup: " + chosen),
        Files.readString(folder.resolve("scenario.yaml")));
    JsonNode commandLine = new ObjectMapper().readTree(folder.resolve("manifest.json").toFile()).get("commandLine");
    List<String> args = new ArrayList<>();
    commandLine.forEach(a -> args.add(a.asText()));
    int at = args.indexOf("--warmup");
    assertTrue(at > 0 && !args.get(at + 1).startsWith("auto"), args.toString());

    // the recorded command line reruns the same experiment, without the pilot
    Path again = dir.resolve("again");
    Fcsim.Outcome rerun = Fcsim.run("run", file.toString(), "--warmup", args.get(at + 1), "-q", "--results", again.toString());
    assertEquals(0, rerun.code(), rerun.err());
    assertArrayEquals(Files.readAllBytes(folder.resolve("summary.csv")),
        Files.readAllBytes(Fcsim.onlyFolder(again.resolve("ramp")).resolve("summary.csv")));
  }

  @Test
  void warmupAutoOnASeriesNoLevelRecordedIsOneLineExitCode2() throws Exception {
    Path file = dir.resolve("ramp.yaml");
    Files.writeString(file, RAMP);
    Path results = dir.resolve("results");
    Fcsim.Outcome o = Fcsim.run("run", file.toString(), "-r", "1", "--warmup", "auto=unitsPerHour", "--results",
        results.toString());
    assertEquals(2, o.code());
    assertEquals(1, o.err().lines().count(), o.err());
    assertTrue(o.err().contains("podVisitsPerHour"), "names the series there are: " + o.err());
    assertFalse(Files.exists(results));
  }

  @Test
  void targetHalfWidthAddsReplicationsUntilMetAndKeepsTheFirstOnes() throws Exception {
    Path results = dir.resolve("results");
    Fcsim.Outcome o = Fcsim.run("run", "scenarios/goods-to-person.yaml", "-r", "2", "-t", "2", "-q",
        "--target-halfwidth", "unitsPerHour=0.3%", "--max-replications", "12", "--results", results.toString());
    assertEquals(0, o.code(), o.err());
    Matcher m = Pattern.compile("Replications to reach a 95% half-width of unitsPerHour=0.3%: base (\\d+) \\(half-width")
        .matcher(o.out());
    assertTrue(m.find(), o.out());
    int n = Integer.parseInt(m.group(1));
    Path csv = Fcsim.onlyFolder(results.resolve("goods-to-person")).resolve("summary.csv");
    String[] units = Fcsim.rows(csv).stream().filter(r -> r[1].equals("unitsPerHour")).findFirst().orElseThrow();
    assertEquals(Integer.toString(n), units[6]);
    double mean = Double.parseDouble(units[3]);
    double halfWidth = (Double.parseDouble(units[5]) - Double.parseDouble(units[4])) / 2;
    assertTrue(n > 2 && n <= 12, o.out());
    assertTrue(halfWidth <= 0.003 * mean || n == 12, halfWidth + " vs " + mean);

    // replication r is always the same: a plain run of n replications gives the same numbers
    Path plain = dir.resolve("plain");
    assertEquals(0, Fcsim.run("run", "scenarios/goods-to-person.yaml", "-r", Integer.toString(n), "-q",
        "--results", plain.toString()).code());
    assertArrayEquals(Files.readAllBytes(csv),
        Files.readAllBytes(Fcsim.onlyFolder(plain.resolve("goods-to-person")).resolve("summary.csv")));
  }

  @Test
  void targetHalfWidthStopsAtTheCapAndSaysSo() throws Exception {
    Path file = dir.resolve("ramp.yaml");
    Files.writeString(file, RAMP);
    Fcsim.Outcome o = Fcsim.run("sweep", file.toString(), "--set", "driveUnits.count=10,30", "-r", "2", "-t", "2", "-q",
        "--target-halfwidth", "podVisitsPerHour=0.01", "--max-replications", "6", "--results", dir.resolve("r").toString());
    assertEquals(0, o.code(), o.err());
    assertTrue(o.out().contains("driveUnits.count=10 6 (half-width") && o.out().contains("driveUnits.count=30 6 (half-width")
        && o.out().contains("stopped at --max-replications"), o.out());
  }

  @Test
  void badAnalysisOptionsAreOneLineExitCode2() {
    for (List<String> options : List.of(List.of("--warmup", "soon"), List.of("--warmup", "auto="),
        List.of("--target-halfwidth", "unitsPerHour"), List.of("--target-halfwidth", "unitsPerHour=0"),
        List.of("--target-halfwidth", "noSuchMetric=1"), List.of("--max-replications", "1"))) {
      List<String> args = new ArrayList<>(List.of("run", "scenarios/closed-network-validation.yaml", "-r", "1",
          "--results", dir.resolve("results").toString()));
      args.addAll(options);
      Fcsim.Outcome o = Fcsim.run(args.toArray(String[]::new));
      assertEquals(2, o.code(), options + ": " + o.err());
      assertEquals(1, o.err().lines().count(), o.err());
    }
    assertFalse(Files.exists(dir.resolve("results")));
  }

  @Test
  void aMisspelledTargetMetricIsRejectedAfterOneReplicationPerLevelNotAfterTheRun() {
    long start = System.nanoTime();
    Fcsim.Outcome o = Fcsim.run("run", "scenarios/closed-network-validation.yaml", "-r", "500", "-t", "2", "-q",
        "--target-halfwidth", "podVistsPerHour=1", "--results", dir.resolve("results").toString());
    double sec = (System.nanoTime() - start) / 1e9;
    assertEquals(2, o.code(), o.err());
    assertTrue(o.err().startsWith("fcsim: --target-halfwidth: level base: no metric \"podVistsPerHour\" to reach a "
        + "half-width on (did you mean \"podVisitsPerHour\"?); metrics include "), o.err());
    assertTrue(sec < 10, "500 replications take about a minute; one takes a fraction of a second: " + sec + " s");
    assertFalse(Files.exists(dir.resolve("results")), "nothing written, no cells left behind");
  }
}
