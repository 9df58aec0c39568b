package org.fcsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fcsim.experiment.Experiment;
import org.fcsim.experiment.ProgressListener;
import org.fcsim.scenario.ScenarioLoader;
import org.fcsim.stats.Differences;
import org.fcsim.stats.MetricDifference;
import org.fcsim.stats.ReplicationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fcsim compare}: two levels, or two one-level files, with paired and unpaired intervals. */
class CompareCommandTest {
  private static final String HEADER = "metric,unit,level_a,level_b,mean_a,mean_b,diff,paired_ci95_low,paired_ci95_high,"
      + "unpaired_ci95_low,unpaired_ci95_high,replications,significant";

  @TempDir
  Path dir;

  private static final String TWINS = """
      name: twins
      horizon: 1h
      warmup: 10min
      replications: 3
      pickStations: { count: 2 }
      levels:
        first: { driveUnits.count: 4 }
        twin: { driveUnits.count: 4 }
        double: { driveUnits.count: 8 }
      """;

  /** compare's folder for levels A,B of {@link #TWINS}, and the significant column of each metric. */
  private Map<String, String> significant(String levels) throws Exception {
    Path file = dir.resolve("twins.yaml");
    Files.writeString(file, TWINS);
    Path results = dir.resolve(levels);
    Fcsim.Outcome o = Fcsim.run("compare", file.toString(), "--levels", levels, "-q", "--results", results.toString());
    assertEquals(0, o.code(), o.err());
    Path folder = Fcsim.onlyFolder(results.resolve("twins"));
    Map<String, String> out = new HashMap<>();
    List<String> header = List.of(Files.readAllLines(folder.resolve("compare.csv")).get(0).split(","));
    Fcsim.rows(folder.resolve("compare.csv")).forEach(r -> out.put(r[0], r[header.indexOf("significant")]));
    String html = Files.readString(folder.resolve("report.html"));
    assertTrue(html.contains("<th>significant</th>") && html.contains("unadjusted for multiple comparisons"), html);
    assertEquals(levels.equals("first,double"), html.contains("<img class=\"chart\" width=\"1000\"")
        && html.contains("data:image/svg+xml;base64,") && Files.exists(folder.resolve("differences.png"))
        && Files.exists(folder.resolve("differences.svg")), "a chart, embedded, unless nothing differs at all");
    javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new org.xml.sax.InputSource(new java.io.StringReader(html.substring(html.indexOf("<html")))));
    return out;
  }

  @Test
  void identicalLevelsDifferSignificantlyInNothing() throws Exception {
    Map<String, String> sig = significant("first,twin");
    assertEquals("no", sig.get("unitsPerHour"));
    assertFalse(sig.containsValue("yes"), "the same floor with the same random numbers: " + sig);
  }

  @Test
  void twiceTheDriveUnitsShipSignificantlyMore() throws Exception {
    Map<String, String> sig = significant("first,double");
    assertEquals("yes", sig.get("unitsPerHour"));
    assertEquals("yes", sig.get("podVisitsPerHour"));
  }

  @Test
  void twoLevelsOfTheLadderGiveATableAndCompareCsv() throws Exception {
    Path results = dir.resolve("results");
    Fcsim.Outcome o = Fcsim.run("compare", "scenarios/automation-ladder.yaml", "--levels", "goods-to-person,robotic-sort",
        "-r", "3", "--results", results.toString());
    assertEquals(0, o.code(), o.err());
    Path folder = Fcsim.onlyFolder(results.resolve("automation-ladder"));
    assertTrue(folder.getFileName().toString().matches("compare-\\d{8}-\\d{6}"), folder.toString());
    assertTrue(o.out().trim().endsWith("Results: " + folder), o.out());
    assertTrue(o.out().startsWith("goods-to-person: keeps up: ") && o.out().lines().skip(1).findFirst().orElseThrow()
        .startsWith("robotic-sort: keeps up: "), "the two verdicts come first: " + o.out());
    assertTrue(o.out().lines().skip(2).findFirst().orElseThrow()
        .startsWith("automation-ladder: goods-to-person vs robotic-sort, 3 replications each, seed 20261126"), o.out());
    assertTrue(Files.readString(folder.resolve("verdicts.csv")).startsWith("level,keeps_up,"));
    assertTrue(o.out().contains("paired 95% CI") && o.out().contains("unpaired 95% CI"), o.out());

    List<String> lines = Files.readAllLines(folder.resolve("compare.csv"));
    assertEquals(HEADER, lines.get(0));
    List<String[]> rows = Fcsim.rows(folder.resolve("compare.csv"));
    assertEquals(List.of("unitsPerHour", "ordersPerHour", "orderCycleSec.mean", "humanTaskHours.total"),
        rows.subList(0, 4).stream().map(r -> r[0]).toList());
    // The intervals must be those of the replications the command ran, paired replication by
    // replication: the same cells run here in-process give every number of every row exactly
    // (Differences' formulas are checked in DifferencesTest). Guards the pairing, the seeds, the
    // replication count and the level order of the command.
    List<List<ReplicationResult>> cells = Experiment.run(ScenarioLoader.loadLevels(
            Path.of("scenarios/automation-ladder.yaml"), Map.of("replications", 3L))
        .select(List.of("goods-to-person", "robotic-sort"))
        .levels().stream().map(l -> l.scenario().scenario()).toList(), 2, ProgressListener.NONE);
    Map<String, MetricDifference> expected = new HashMap<>();
    Differences.of(cells.get(0), cells.get(1)).forEach(d -> expected.put(d.metric().name(), d));
    assertEquals(expected.size(), rows.size());
    for (String[] r : rows) {
      assertEquals("goods-to-person", r[2]);
      assertEquals("robotic-sort", r[3]);
      MetricDifference d = expected.get(r[0]);
      // 3 pairs, fewer for a metric some replications did not observe (a wait with nothing waited for)
      assertEquals(Integer.toString(d.replications()), r[11]);
      if (r[0].equals("unitsPerHour")) {
        assertEquals("3", r[11]);
      }
      double[] want = {d.meanA(), d.meanB(), d.diff(), d.pairedLow(), d.pairedHigh(), d.unpairedLow(), d.unpairedHigh()};
      for (int k = 0; k < want.length; k++) {
        assertEquals(want[k], r[4 + k].isEmpty() ? Double.NaN : Double.parseDouble(r[4 + k]), String.join(",", r));
      }
    }
    // common random numbers: the paired interval of the throughput difference is the narrower
    String[] units = rows.get(0);
    assertTrue(Double.parseDouble(units[8]) - Double.parseDouble(units[7])
        < Double.parseDouble(units[10]) - Double.parseDouble(units[9]), String.join(",", units));

    JsonNode manifest = new ObjectMapper().readTree(folder.resolve("manifest.json").toFile());
    assertEquals("compare", manifest.get("commandLine").get(1).asText());
    assertEquals("robotic-sort", manifest.get("levels").get("b").get("level").asText());
    assertTrue(Files.readString(folder.resolve("scenario.yaml")).contains("robotic-sort:"));
  }

  @Test
  void twoFilesWithOneLevelEach() throws Exception {
    Path a = dir.resolve("four.yaml");
    Path b = dir.resolve("eight.yaml");
    Files.writeString(a, "name: loop\nhorizon: 1h\nreplications: 2\ndriveUnits: { count: 4 }\npickStations: { count: 2 }\n");
    Files.writeString(b, "name: loop\nhorizon: 1h\nreplications: 2\ndriveUnits: { count: 8 }\npickStations: { count: 2 }\n");
    Path results = dir.resolve("results");
    Fcsim.Outcome o = Fcsim.run("compare", a.toString(), b.toString(), "-q", "--results", results.toString());
    assertEquals(0, o.code(), o.err());
    Path folder = Fcsim.onlyFolder(results.resolve("loop"));
    assertEquals("Results: " + folder, o.out().trim());
    String[] visits = Fcsim.rows(folder.resolve("compare.csv")).stream().filter(r -> r[0].equals("podVisitsPerHour"))
        .findFirst().orElseThrow();
    // both named "loop": each side is named by its file
    assertEquals(a.toString(), visits[2]);
    assertEquals(b.toString(), visits[3]);
    assertTrue(Double.parseDouble(visits[6]) > 0, "twice the drive units, more visits: " + String.join(",", visits));
    assertTrue(Files.exists(folder.resolve("scenario-a.yaml")) && Files.exists(folder.resolve("scenario-b.yaml")));
  }

  @Test
  void anUnknownLevelIsOneLineExitCode2AndNothingWritten() {
    Path results = dir.resolve("results");
    Fcsim.Outcome o = Fcsim.run("compare", "scenarios/automation-ladder.yaml", "--levels", "goods-to-person,robotc-sort",
        "--results", results.toString());
    assertEquals(2, o.code());
    assertEquals(1, o.err().lines().count(), o.err());
    assertTrue(o.err().startsWith("fcsim: --levels: unknown level \"robotc-sort\" (did you mean \"robotic-sort\"?)"), o.err());
    assertFalse(Files.exists(results));
  }

  @Test
  void otherMisuseIsOneLineExitCode2() {
    Path results = dir.resolve("results");
    for (List<String> args : List.of(
        List.of("scenarios/automation-ladder.yaml"),
        List.of("scenarios/automation-ladder.yaml", "--levels", "manual"),
        List.of("scenarios/automation-ladder.yaml", "--levels", "manual,manual"),
        List.of("scenarios/automation-ladder.yaml", "scenarios/goods-to-person.yaml"),
        List.of("scenarios/goods-to-person.yaml", "scenarios/closed-network-validation.yaml", "--levels", "a,b"))) {
      List<String> all = new java.util.ArrayList<>(List.of("compare", "--results", results.toString()));
      all.addAll(args);
      Fcsim.Outcome o = Fcsim.run(all.toArray(String[]::new));
      assertEquals(2, o.code(), args + ": " + o.err());
      assertEquals(1, o.err().lines().count(), o.err());
    }
    assertFalse(Files.exists(results));
  }
}
