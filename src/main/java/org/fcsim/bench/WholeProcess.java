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
 * is fcsim's extra cost per run. A second pair does the same for a tiny network (20 drive units,
 * 10,000 picks): the fcsim run's wall time is the fixed cost of a run (JVM start, class loading,
 * pre-flight, charts, report, files), and the SSJ-only program shows how much of it is starting
 * Java and simulating.
 */
public final class WholeProcess {
  /** The flags {@code ./fcsim} starts Java with. */
  private static final List<String> LAUNCHER_FLAGS = List.of("-XX:+UseParallelGC", "-Djava.awt.headless=true");

  private WholeProcess() {}

  /** A program and its arguments, and its wall times. */
  private record Timed(List<String> command, double[] sec) {
    double median() {
      return Bench.median(sec);
    }

    String range() {
      return String.format(Locale.ROOT, "%.2f-%.2f", min(sec), max(sec));
    }
  }

  public static void run(PrintWriter out, int rounds) {
    ClosedNetwork network = new ClosedNetwork(1000, 50, 1_000_000);
    ClosedNetwork tiny = new ClosedNetwork(20, 5, 10_000);
    Path work;
    try {
      work = Files.createTempDirectory("fcsim-bench-process");
      Path results = work.resolve("results");
      Timed baseline = new Timed(baseline(network), new double[rounds]);
      Timed fcsim = new Timed(fcsim(network, work, "closed-network.yaml", results), new double[rounds]);
      Timed tinyBaseline = new Timed(baseline(tiny), new double[rounds]);
      Timed tinyFcsim = new Timed(fcsim(tiny, work, "tiny-network.yaml", results), new double[rounds]);
      for (int round = 0; round <= rounds; round++) {
        out.println(round == 0 ? "bench --process: warm-up round (untimed)" : "bench --process: timed round " + round
            + " of " + rounds);
        out.flush();
        for (Timed t : List.of(baseline, fcsim, tinyBaseline, tinyFcsim)) {
          double sec = launch(t.command(), work);
          if (round > 0) {
            t.sec()[round - 1] = sec;
          }
        }
        requireCompleteFolder(results);
      }
      out.println(BenchTable.machine());
      out.printf(Locale.ROOT, "whole process, launch to exit, median of %d rounds (min-max)%s:%n", rounds,
          archive().isPresent() ? ", with the launcher's class-data archive" : "");
      out.printf(Locale.ROOT, "  SSJ-only program (closed network, 1,000 drive units, 1,000,000 picks)  %6.2f s  (%s)%n",
          baseline.median(), baseline.range());
      out.printf(Locale.ROOT, "  fcsim run of the same network, to a complete results folder        %6.2f s  (%s)%n",
          fcsim.median(), fcsim.range());
      out.printf(Locale.ROOT, "  fcsim's extra time per run: %.2f s; wall-time ratio SSJ-only / fcsim: %.2f%n",
          fcsim.median() - baseline.median(), baseline.median() / fcsim.median());
      out.printf(Locale.ROOT, "  SSJ-only program (tiny network, 20 drive units, 10,000 picks)         %6.2f s  (%s)%n",
          tinyBaseline.median(), tinyBaseline.range());
      out.printf(Locale.ROOT, "  fcsim run of the tiny network, to a complete results folder        %6.2f s  (%s)%n",
          tinyFcsim.median(), tinyFcsim.range());
      out.printf(Locale.ROOT, "  fixed cost of a run (tiny fcsim run): %.2f s, of which starting Java and simulating: %.2f s%n",
          tinyFcsim.median(), tinyBaseline.median());
      delete(work);
    } catch (IOException e) {
      throw new IllegalStateException("bench --process: " + e.getMessage(), e);
    }
  }

  private static List<String> baseline(ClosedNetwork network) {
    return command(BaselineProcess.class.getName(), Integer.toString(network.driveUnits()),
        Integer.toString(network.stations()), Double.toString(network.horizonSec()));
  }

  private static List<String> fcsim(ClosedNetwork network, Path work, String file, Path results) throws IOException {
    Path scenario = Files.writeString(work.resolve(file), network.yaml(), StandardCharsets.UTF_8);
    return command("org.fcsim.cli.Main", "run", scenario.toString(), "-q", "--results", results.toString());
  }

  /**
   * The launcher's class-data archive ({@code fcsim.jsa} beside the jar), when the bench runs
   * from the jar and the archive is newer than it: the processes then start as {@code ./fcsim}
   * starts them.
   */
  private static java.util.Optional<Path> archive() {
    String cp = System.getProperty("java.class.path");
    if (!cp.endsWith(".jar") || cp.contains(java.io.File.pathSeparator)) {
      return java.util.Optional.empty();
    }
    Path jar = Path.of(cp).toAbsolutePath();
    Path jsa = jar.resolveSibling("fcsim.jsa");
    try {
      return Files.isRegularFile(jsa) && Files.getLastModifiedTime(jsa).compareTo(Files.getLastModifiedTime(jar)) >= 0
          ? java.util.Optional.of(jsa) : java.util.Optional.empty();
    } catch (IOException e) {
      return java.util.Optional.empty();
    }
  }

  private static List<String> command(String mainClass, String... args) {
    List<String> c = new ArrayList<>();
    c.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    c.addAll(LAUNCHER_FLAGS);
    archive().ifPresent(jsa -> c.addAll(List.of("-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
        "-XX:SharedArchiveFile=" + jsa)));
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
