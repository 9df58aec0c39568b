package org.fcsim.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.fcsim.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed with SIGKILL part-way, then started again with the same command, resumes: the
 * cells that had finished are reused, nothing half-written is taken for finished, and the
 * results are byte-identical to a run that was never interrupted. The first run is a real
 * child JVM, killed with {@link Process#destroyForcibly()} (SIGKILL on Linux).
 */
class InterruptedRunTest {
  private static final String SCENARIO = """
      name: resume
      horizon: 40h
      warmup: 1h
      replications: 10
      seed: 99
      driveUnits: { count: 150, travelToStation: { dist: exponential, mean: 30s }, travelToStorage: 30s }
      pickStations: { count: 15, pickTime: { dist: exponential, mean: 12s } }
      levels:
        small: { driveUnits.count: 100 }
        large: {}
      """;

  @TempDir
  Path dir;

  @Test
  void aKilledRunResumesAndEndsIdenticalToAnUninterruptedOne() throws Exception {
    Path file = dir.resolve("resume.yaml");
    Files.writeString(file, SCENARIO);
    Path reference = dir.resolve("reference");
    assertEquals(0, fcsim("run", file.toString(), "-q", "--results", reference.toString()).code);

    Path results = dir.resolve("results");
    Path cells = results.resolve("resume").resolve(".cells");
    Process child = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "run", file.toString(), "-q", "--threads", "1", "--results", results.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (finishedCells(cells) < 3 && child.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertTrue(child.isAlive(), "the child finished before it could be killed: " + Files.readString(dir.resolve("child.log")));
    child.destroyForcibly().waitFor();
    int finishedBeforeKill = finishedCells(cells);
    assertTrue(finishedBeforeKill >= 3 && finishedBeforeKill < 20, "cells finished when killed: " + finishedBeforeKill);
    assertTrue(runFolders(results.resolve("resume")).isEmpty(), "no finished results folder after the kill");

    Outcome rerun = fcsim("run", file.toString(), "-q", "--results", results.toString());
    assertEquals(0, rerun.code, rerun.err);
    Matcher reused = Pattern.compile("resumed: (\\d+) finished cells").matcher(rerun.err);
    assertTrue(reused.find(), rerun.err);
    assertTrue(Integer.parseInt(reused.group(1)) >= finishedBeforeKill, rerun.err);

    List<Path> folders = runFolders(results.resolve("resume"));
    assertEquals(1, folders.size(), folders.toString());
    assertArrayEquals(Files.readAllBytes(runFolders(reference.resolve("resume")).get(0).resolve("summary.csv")),
        Files.readAllBytes(folders.get(0).resolve("summary.csv")));
    assertEquals(0, finishedCells(cells), "the cache is cleared once the results folder is complete");
  }

  @Test
  void aDamagedCellFileIsRunAgainNotTrusted() throws Exception {
    Path file = dir.resolve("resume.yaml");
    Files.writeString(file, SCENARIO.replace("replications: 10", "replications: 2").replace("40h", "20h"));
    Path reference = dir.resolve("reference");
    assertEquals(0, fcsim("run", file.toString(), "-q", "--results", reference.toString()).code);
    // plant a truncated cell where a finished one would be: it must be ignored
    Path results = dir.resolve("results");
    CellCache cache = new CellCache(results.resolve("resume").resolve(".cells"), List.of("x"));
    cache.save(0, 0, new org.fcsim.stats.ReplicationResult(0, java.util.Map.of()));
    Path planted;
    try (Stream<Path> s = Files.walk(results)) {
      planted = s.filter(p -> p.toString().endsWith("r0.json")).findFirst().orElseThrow();
    }
    Files.writeString(planted, "{\"replication\": 0, \"values\": [");
    assertEquals(null, cache.find(0, 0));
  }

  private static int finishedCells(Path cells) throws Exception {
    if (!Files.exists(cells)) {
      return 0;
    }
    try (Stream<Path> s = Files.walk(cells)) {
      return (int) s.filter(p -> p.getFileName().toString().matches("r\\d+\\.json")).count();
    }
  }

  private static List<Path> runFolders(Path scenarioFolder) throws Exception {
    if (!Files.exists(scenarioFolder)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(scenarioFolder)) {
      return s.filter(p -> !p.getFileName().toString().startsWith(".")).toList();
    }
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private record Outcome(int code, String out, String err) {}

  private static Outcome fcsim(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Outcome(code, out.toString(), err.toString());
  }

}
