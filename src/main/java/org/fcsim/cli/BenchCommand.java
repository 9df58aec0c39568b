package org.fcsim.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.fcsim.bench.Bench;
import org.fcsim.bench.BenchTable;
import org.fcsim.bench.Studies;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fcsim bench}: how fast fcsim runs, against the same model written on SSJ alone. */
@Command(name = "bench",
    header = "Time fcsim on fixed cases: events per second, heap, work done.", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Time fcsim and print, per case: events, wall time, events per second,",
        "peak and live heap, work done and the ratio to a baseline: case (a)",
        "written directly on SSJ, without fcsim. Cases:",
        "  a  the closed network: 1,000 drive units, 50 stations, 1,000,000 picks",
        "  b  a site day: 3,000 drive units, 60 stations, ~1,000 associates,",
        "     ~1,000,000 units shipped (its scenario: --print-site)",
        "  c  the automation ladder: every level x replication (fcsim run's path)",
        "  d  scenarios/mapped-site-traffic.yaml, one replication, traffic off",
        "  e  the same with traffic on: e over d is what traffic costs",
        "A warm-up round runs first; then timed rounds run the cases interleaved",
        "and the table shows medians. See docs/performance.md.", ""})
final class BenchCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--quick", description = "smoke version: small sizes, one timed round (a few seconds)")
  boolean quick;

  @Option(names = "--only", paramLabel = "CASE", split = ",",
      description = "run only these cases among a to e, e.g. --only a,b (the baseline always runs)")
  List<String> only = List.of();

  @Option(names = {"-t", "--threads"}, paramLabel = "N",
      description = "worker threads for case (c), 1 to 1024; (a) and (b) always run on one (default: all ${sys:fcsim.cores} cores)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--rounds", paramLabel = "N", description = "timed rounds, 1 to 100 (default: 5, or 1 with --quick)")
  Integer rounds;

  @Option(names = "--ladder", paramLabel = "FILE", description = "scenario of case (c) (default: ${DEFAULT-VALUE})")
  Path ladder = Path.of("scenarios/automation-ladder.yaml");

  @Option(names = "--print-site", description = "print case (b)'s scenario (YAML, runnable with fcsim run) and exit")
  boolean printSite;

  @Option(names = "--scaling", description = "instead of the table: wall time against fleet size (100 to 10,000 drive units; medians of --rounds, "
      + "default 5) and horizon (1 to 7 days), and issue 16's three targets, met or missed")
  boolean scaling;

  @Option(names = "--process", description = "instead of the table: fcsim run of case (a) as a whole process, launch to a "
      + "complete results folder, against the SSJ-only program launched the same way (--rounds, default 5)")
  boolean process;

  @Option(names = "--memory", paramLabel = "DAYS", arity = "0..1", fallbackValue = "7",
      description = "instead of the table: live heap of case (b) over 1 day and over DAYS days (default 7), every 6 simulated hours")
  Integer memoryDays;

  @Option(names = "--scale", paramLabel = "N", description = "with --memory: the site at N drive units' scale (3,000 is case (b)), "
      + "re-sized to keep up; prints live heap per drive unit and per associate and the heap of a DAYS-day run")
  Integer memoryScale;

  static {
    System.setProperty("fcsim.cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (printSite) {
      out.print(Bench.siteYaml(quick ? Bench.Size.QUICK : Bench.Size.FULL));
      return 0;
    }
    if (scaling) {
      if (rounds != null && (rounds < 1 || rounds > 100)) {
        throw bad("--rounds must be between 1 and 100, got " + rounds);
      }
      Studies.scaling(out, rounds == null ? 5 : rounds);
      return 0;
    }
    if (process) {
      if (rounds != null && (rounds < 1 || rounds > 100)) {
        throw bad("--rounds must be between 1 and 100, got " + rounds);
      }
      org.fcsim.bench.WholeProcess.run(out, rounds == null ? 5 : rounds);
      return 0;
    }
    if (memoryDays != null) {
      if (memoryDays < 1 || memoryDays > 366) {
        throw bad("--memory must be between 1 and 366 days, got " + memoryDays);
      }
      if (memoryScale != null) {
        if (memoryScale < 100 || memoryScale > 100_000) {
          throw bad("--scale must be between 100 and 100000 drive units, got " + memoryScale);
        }
        Studies.memoryAtScale(out, memoryDays, memoryScale);
        return 0;
      }
      Studies.memory(out, memoryDays);
      return 0;
    }
    if (memoryScale != null) {
      throw bad("--scale goes with --memory");
    }
    Set<String> cases = new LinkedHashSet<>();
    for (String c : only) {
      if (!List.of("a", "b", "c", "d", "e").contains(c)) {
        throw bad("--only: unknown case \"" + c + "\"; known: a, b, c, d, e");
      }
      cases.add(c);
    }
    if (threads < 1 || threads > 1024) {
      throw bad("--threads must be between 1 and 1024, got " + threads);
    }
    if (rounds != null && (rounds < 1 || rounds > 100)) {
      throw bad("--rounds must be between 1 and 100, got " + rounds);
    }
    if ((cases.isEmpty() || cases.contains("c")) && !Files.isRegularFile(ladder)) {
      throw bad("--ladder: no such file " + ladder + " (run from the fcsim folder, or pass --ladder FILE)");
    }
    Bench.Size size = quick ? Bench.Size.QUICK : Bench.Size.FULL;
    if (rounds != null) {
      size = size.withRounds(rounds);
    }
    List<Bench.Row> rows = Bench.run(size, cases, threads, ladder, spec.commandLine().getErr());
    out.print(BenchTable.format(rows, size.rounds()));
    return 0;
  }

  private CommandLine.ParameterException bad(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
