package org.fcsim.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.fcsim.stats.LevelResults;
import org.fcsim.stats.Metric;
import org.fcsim.stats.ReplicationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code replications.csv} and {@code series.csv}: tidy, and they give back exactly what the run held. */
class TidyCsvTest {
  @TempDir
  Path dir;

  static List<CSVRecord> read(Path file, String[] header) throws Exception {
    byte[] bytes = Files.readAllBytes(file);
    assertTrue(bytes.length > 3 && !(bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB), "no byte-order mark");
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertTrue(text.startsWith(String.join(",", header) + "\n"), "header row first");
    assertTrue(!text.contains("\r"), "\\n line ends");
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
      assertEquals(List.of(header), p.getHeaderNames());
      return p.getRecords();
    }
  }

  @Test
  void replicationsRoundTripEveryValueOfEveryReplication() throws Exception {
    RunRecord run = Runs.ladder();
    assertEquals(List.of(ReplicationsCsv.FILE), new ReplicationsCsv().writeInto(dir, run));

    Map<String, Double> back = new LinkedHashMap<>();
    for (CSVRecord r : read(dir.resolve(ReplicationsCsv.FILE), ReplicationsCsv.HEADER)) {
      assertEquals("ladder", r.get("scenario"));
      back.put(r.get("level") + "|" + r.get("replication") + "|" + r.get("metric") + "|" + r.get("unit"),
          Double.valueOf(r.get("value")));
    }
    Map<String, Double> expected = new LinkedHashMap<>();
    for (LevelResults l : run.levels()) {
      for (ReplicationResult rep : l.replications()) {
        rep.values().forEach((m, v) -> expected.put(l.level() + "|" + rep.replication() + "|" + m.name() + "|" + m.unit(), v));
      }
    }
    assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(back.keySet()), "same rows in the same order");
    assertEquals(expected, back, "values exactly, as doubles");
  }

  @Test
  void seriesRoundTripWithTimeInHoursAtTheIntervalEnd() throws Exception {
    RunRecord run = Runs.ladder();
    assertEquals(List.of(SeriesCsv.FILE), new SeriesCsv().writeInto(dir, run));
    List<CSVRecord> rows = read(dir.resolve(SeriesCsv.FILE), SeriesCsv.HEADER);

    assertEquals(2 * Runs.REPLICATIONS * 3 * 6, rows.size());
    Map<String, List<Double>> values = new LinkedHashMap<>();
    for (CSVRecord r : rows) {
      String key = r.get("level") + "|" + r.get("replication") + "|" + r.get("metric") + "|" + r.get("unit");
      List<Double> v = values.computeIfAbsent(key, k -> new ArrayList<>());
      assertEquals((v.size() + 1) * Runs.SERIES_INTERVAL_SEC / 3600, Double.parseDouble(r.get("time_h")), 1e-9);
      v.add(Double.valueOf(r.get("value")));
    }
    for (LevelResults l : run.levels()) {
      for (ReplicationResult rep : l.replications()) {
        for (Map.Entry<Metric, double[]> e : rep.series().entrySet()) {
          String key = l.level() + "|" + rep.replication() + "|" + e.getKey().name() + "|" + e.getKey().unit();
          assertArrayEquals(e.getValue(), values.get(key).stream().mapToDouble(Double::doubleValue).toArray(), key);
        }
      }
    }
    assertEquals("0.166666667", rows.get(0).get("time_h"));
    assertEquals("1", rows.get(5).get("time_h"));
  }

  @Test
  void numbersArePlainDecimals() {
    assertEquals("12", PlainNumbers.format(12.0));
    assertEquals("0.0000001", PlainNumbers.format(1.0E-7));
    assertEquals("12345678901", PlainNumbers.format(1.2345678901E10));
    assertEquals("-3.25", PlainNumbers.format(-3.25));
    assertEquals("0", PlainNumbers.format(-0.0));
    assertEquals("", PlainNumbers.format(Double.NaN));
    assertEquals("", PlainNumbers.format(Double.POSITIVE_INFINITY));
    for (double x : new double[] {0.1 + 0.2, Math.PI * 1e-9, 1 / 3.0, 3799.275, Double.MIN_VALUE}) {
      assertEquals(x, Double.parseDouble(PlainNumbers.format(x)), "exact round trip of " + x);
    }
  }

  @Test
  void namesWithCommasAndQuotesAreQuoted() throws Exception {
    RunRecord base = Runs.ladder();
    LevelResults odd = new LevelResults("arms, \"fast\"", List.of(new ReplicationResult(0,
        Map.of(new Metric("unitsPerHour", "units/h"), 1.5), Map.of(new Metric("q", "pods"), new double[] {2}), 60)));
    RunRecord run = new RunRecord("peak, week", base.scenarioFile(), base.scenarioBytes(), base.resolvedScenarioYaml(),
        1, "0.1.0", List.of(), 1, Runs.START, Runs.END, List.of(), List.of(odd));
    new ReplicationsCsv().writeInto(dir, run);
    new SeriesCsv().writeInto(dir, run);

    CSVRecord r = read(dir.resolve(ReplicationsCsv.FILE), ReplicationsCsv.HEADER).get(0);
    assertEquals(List.of("peak, week", "arms, \"fast\"", "0", "unitsPerHour", "units/h", "1.5"), r.toList());
    CSVRecord s = read(dir.resolve(SeriesCsv.FILE), SeriesCsv.HEADER).get(0);
    assertEquals(List.of("peak, week", "arms, \"fast\"", "0", "q", "pods", "0.016666667", "2"), s.toList());
  }

  @Test
  void aRunWithoutReplicationResultsWritesNeitherFile() throws Exception {
    assertEquals(List.of(), new ReplicationsCsv().writeInto(dir, Runs.run()));
    assertEquals(List.of(), new SeriesCsv().writeInto(dir, Runs.run()));
    try (var files = Files.list(dir)) {
      assertEquals(0, files.count());
    }
  }
}
