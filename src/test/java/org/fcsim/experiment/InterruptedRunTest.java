package org.fcsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.fcsim.cli.Fcsim;
import org.fcsim.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A run killed with SIGKILL part-way, then started again with the same command, resumes: the
 * cells that had finished are reused, nothing half-written is taken for finished, and the
 * results are byte-identical to a run that was never interrupted (every metric of every
 * replication, every series, the ledger and the summary). The first run is a real child JVM,
 * killed with {@link Process#destroyForcibly()} (SIGKILL on Linux). Checked on the closed
 * drive-unit loop and on the order-driven floor, each with two levels of 10 replications.
 */
class InterruptedRunTest {
  private static final int CELLS = 20;
  private static final String CLOSED_LOOP = """
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
  /** Orders through stations (people, or half of them arms), sorting, packing, incidents, problem solving. */
  private static final String ORDER_DRIVEN = """
      name: resume
      horizon: 24h
      warmup: 1h
      replications: 10
      seed: 99
      demand: { mode: poisson, ordersPerHour: [800/h, 1200/h] }
      driveUnits: { count: 60 }
      pickStations: { count: 8 }
      associates: { picker: { count: 8 }, sorter: { count: 5 }, packer: { count: 16 } }
      levels:
        people: {}
        arms: { pickStations.count: 10, pickStations.armShare: 0.5, driveUnits.count: 80 }
      """;

  @TempDir
  Path dir;

  static Stream<Arguments> scenarios() {
    return Stream.of(Arguments.of("closed loop", CLOSED_LOOP), Arguments.of("order driven", ORDER_DRIVEN));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void aKilledRunResumesAndEndsIdenticalToAnUninterruptedOne(String floor, String scenario) throws Exception {
    Path file = dir.resolve("resume.yaml");
    Files.writeString(file, scenario);
    Path reference = dir.resolve("reference");
    assertEquals(0, Fcsim.run("run", file.toString(), "-q", "--results", reference.toString()).code());

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
    assertTrue(finishedBeforeKill >= 3 && finishedBeforeKill < CELLS, "cells finished when killed: " + finishedBeforeKill);
    assertTrue(runFolders(results.resolve("resume")).isEmpty(), "no finished results folder after the kill");

    Fcsim.Outcome rerun = Fcsim.run("run", file.toString(), "-q", "--results", results.toString());
    assertEquals(0, rerun.code(), rerun.err());
    Matcher reused = Pattern.compile("resumed: (\\d+) finished cells").matcher(rerun.err());
    assertTrue(reused.find(), rerun.err());
    assertTrue(Integer.parseInt(reused.group(1)) >= finishedBeforeKill, rerun.err());

    List<Path> folders = runFolders(results.resolve("resume"));
    assertEquals(1, folders.size(), folders.toString());
    Fcsim.assertSameNumbers(runFolders(reference.resolve("resume")).get(0), folders.get(0));
    assertEquals(0, finishedCells(cells), "the cache is cleared once the results folder is complete");
  }

  @Test
  void aDamagedCellFileIsRunAgainNotTrusted() throws Exception {
    Path file = dir.resolve("resume.yaml");
    Files.writeString(file, CLOSED_LOOP.replace("replications: 10", "replications: 2").replace("40h", "20h"));
    Path reference = dir.resolve("reference");
    assertEquals(0, Fcsim.run("run", file.toString(), "-q", "--results", reference.toString()).code());
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
}
