package org.fcsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.fcsim.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped ladder run for 30 simulated days (one replication per level) completes in a
 * child JVM capped at a 128 MB heap — the heap a single day needs — because model state is
 * bounded by agents and work in flight, not by the horizon; and work in flight stays bounded
 * too: every level keeps up with demand day after day.
 */
class LongHorizonTest {
  @Test
  void thirtyDaysOfTheLadderFitInTheHeapOfOneDay(@TempDir Path dir) throws Exception {
    String ladder = Files.readString(Path.of("scenarios/automation-ladder.yaml"));
    Path file = dir.resolve("ladder-30d.yaml");
    Files.writeString(file, ladder.replaceFirst("(?m)^horizon: .*$", "horizon: 30d")
        .replaceFirst("(?m)^replications: .*$", "replications: 1"));
    Path results = dir.resolve("results");
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx128m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "run", file.toString(), "--quiet", "--threads", "2", "--results", results.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
    assertEquals(0, child.waitFor(), Files.readString(dir.resolve("child.log")));

    Path summary;
    try (Stream<Path> s = Files.walk(results)) {
      summary = s.filter(p -> p.getFileName().toString().equals("summary.csv")).findFirst().orElseThrow();
    }
    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
        .parse(Files.newBufferedReader(summary)).getRecords();
    List<CSVRecord> inProgress = rows.stream().filter(r -> r.get("metric").equals("unitsInProgress.atEnd")).toList();
    assertEquals(5, inProgress.size());
    for (CSVRecord r : inProgress) {
      // a day's demand is ~35,000 units; a level that fell behind would carry a growing backlog
      assertTrue(Double.parseDouble(r.get("mean")) < 10_000, r.get("level") + " ends with " + r.get("mean") + " units in progress");
    }
  }
}
