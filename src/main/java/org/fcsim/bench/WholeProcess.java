package org.fcsim.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The bench's whole-process case: {@code fcsim run} of case (a)'s closed network (1,000 drive
 * units, 1,000,000 picks, one replication) timed from launch to a complete results folder,
 * against the SSJ-only program ({@link BaselineProcess}) launched the same way (same Java, class
 * path and launcher flags), in interleaved rounds after one untimed round of each. The difference
 * is fcsim's fixed cost per run: JVM start, class loading, pre-flight, charts, report, files.
 */
public final class WholeProcess {
  /** The flags {@code ./fcsim} starts Java with. */
  private static final List<String> LAUNCHER_FLAGS = List.of("-XX:+UseParallelGC", "-Djava.awt.headless=true");

  private WholeProcess() {}

  public static void run(PrintWriter out, int rounds) {
    ClosedNetwork network = new ClosedNetwork(1000, 50, 1_000_000);
    Path work;
    try {
      work = Files.createTempDirectory("fcsim-bench-process");
      Path scenario = Files.writeString(work.resolve("closed-network.yaml"), network.yaml(), StandardCharsets.UTF_8);
      List<String> fcsim = command("org.fcsim.cli.Main", "run", scenario.toString(), "-q", "--results",
          work.resolve("results").toString());
      List<String> baseline = command(BaselineProcess.class.getName(), Integer.toString(network.driveUnits()),
          Integer.toString(network.stations()), Double.toString(network.horizonSec()));
      double[] fcsimSec = new double[rounds];
      double[] baselineSec = new double[rounds];
      for (int round = 0; round <= rounds; round++) {
        out.println(round == 0 ? "bench --process: warm-up round (untimed)" : "bench --process: timed round " + round
            + " of " + rounds);
        out.flush();
        double b = launch(baseline, work);
        double f = launch(fcsim, work);
        requireCompleteFolder(work.resolve("results"));
        if (round > 0) {
          baselineSec[round - 1] = b;
          fcsimSec[round - 1] = f;
        }
      }
      out.println(BenchTable.machine());
      out.printf(Locale.ROOT, "whole process, launch to exit, median of %d rounds (min-max):%n", rounds);
      out.printf(Locale.ROOT, "  SSJ-only program (closed network, 1,000 drive units, 1,000,000 picks)  %6.2f s  (%.2f-%.2f)%n",
          Bench.median(baselineSec), min(baselineSec), max(baselineSec));
      out.printf(Locale.ROOT, "  fcsim run of the same network, to a complete results folder        %6.2f s  (%.2f-%.2f)%n",
          Bench.median(fcsimSec), min(fcsimSec), max(fcsimSec));
      out.printf(Locale.ROOT, "  fcsim's extra time per run: %.2f s; wall-time ratio SSJ-only / fcsim: %.2f%n",
          Bench.median(fcsimSec) - Bench.median(baselineSec), Bench.median(baselineSec) / Bench.median(fcsimSec));
      delete(work);
    } catch (IOException e) {
      throw new IllegalStateException("bench --process: " + e.getMessage(), e);
    }
  }

  private static List<String> command(String mainClass, String... args) {
    List<String> c = new ArrayList<>();
    c.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    c.addAll(LAUNCHER_FLAGS);
    c.add("-cp");
    c.add(System.getProperty("java.class.path"));
    c.add(mainClass);
    c.addAll(List.of(args));
    return c;
  }

  /** Seconds from launch to exit; the process must succeed. */
  private static double launch(List<String> command, Path work) throws IOException {
    Path log = work.resolve("process.log");
    long start = System.nanoTime();
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      int code = p.waitFor();
      double sec = (System.nanoTime() - start) / 1e9;
      if (code != 0) {
        throw new IllegalStateException("bench --process: exit " + code + " from " + String.join(" ", command) + ":\n"
            + Files.readString(log, StandardCharsets.UTF_8));
      }
      return sec;
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("bench --process interrupted", e);
    }
  }

  /** The newest run folder holds its manifest, the last file fcsim writes. */
  private static void requireCompleteFolder(Path results) throws IOException {
    try (Stream<Path> s = Files.walk(results)) {
      if (s.noneMatch(p -> p.getFileName().toString().equals("manifest.json"))) {
        throw new IllegalStateException("bench --process: fcsim run left no complete results folder in " + results);
      }
    }
  }

  private static double min(double[] v) {
    return java.util.Arrays.stream(v).min().orElse(Double.NaN);
  }

  private static double max(double[] v) {
    return java.util.Arrays.stream(v).max().orElse(Double.NaN);
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
