package org.fcsim.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.fcsim.experiment.Experiment;
import org.fcsim.experiment.ProgressListener;
import org.fcsim.model.FloorModel;
import org.fcsim.model.Metrics;
import org.fcsim.scenario.Scenario;
import org.fcsim.scenario.ScenarioLoader;
import org.fcsim.stats.ReplicationResult;
import umontreal.ssj.simevents.eventlist.Henriksen;

/**
 * The bench: the SSJ-only baseline and cases (a) closed network, (b) site day and (c) automation
 * ladder, each timed in the same JVM. A first, untimed round warms the JIT up and measures the
 * live heap at checkpoints; then every timed round runs every case once, in table order
 * (baseline, a, b, c, baseline, a, ...), so a noisy moment on a shared machine hits all cases
 * alike. The table reports the median wall time over the timed rounds.
 */
public final class Bench {
  /**
   * Sizes of the cases and the number of timed rounds: case (a) and the baseline run
   * {@code driveUnits} drive units at {@code stations} stations for about {@code picks} picks;
   * case (b) runs the site at {@code siteScale} for {@code siteDays}; case (c) runs the ladder file
   * with its own replications, or one per level.
   */
  public record Size(int driveUnits, int stations, long picks, double siteScale, double siteDays,
      boolean oneLadderReplication, int rounds) {
    /** The sizes of issue 5: 1,000 drive units and a million picks; a full site day; the whole ladder; 5 rounds. */
    public static final Size FULL = new Size(1000, 50, 1_000_000, 1, 1, false, 5);
    /** A smoke version: 100 drive units and 20,000 picks; a twentieth of the site for 6 h; one replication per level; 1 round. */
    public static final Size QUICK = new Size(100, 5, 20_000, 0.05, 0.25, true, 1);

    public Size withRounds(int timedRounds) {
      return new Size(driveUnits, stations, picks, siteScale, siteDays, oneLadderReplication, timedRounds);
    }

    ClosedNetwork network() {
      return new ClosedNetwork(driveUnits, stations, picks);
    }
  }

  /** Case (b)'s scenario at {@code size}, as YAML text. */
  public static String siteYaml(Size size) {
    return SiteDay.yaml(size.siteScale(), size.siteDays());
  }

  /** What one run did: events executed and work done (picks or units shipped). */
  record Outcome(long events, double work) {}

  /** Runs a case once; {@code liveHeap} is null in timed rounds. */
  @FunctionalInterface
  interface Run {
    Outcome once(LiveHeap liveHeap);
  }

  /** A case: its row label, the unit of its work, how to run it once. */
  record Case(String id, String title, String workUnit, Run run) {}

  /** One row of the table: medians over the timed rounds. */
  public record Row(String id, String title, long events, double wallSec, double peakHeapMb, double liveHeapMb,
      double work, String workUnit, double ratio, String ratioOf) {
    public double eventsPerSec() {
      return events / wallSec;
    }

    public double workPerSec() {
      return work / wallSec;
    }
  }

  /** Case ids in table order; the baseline always runs, since every ratio is to it. */
  public static final List<String> CASES = List.of("baseline", "a", "b", "c", "d", "e");
  /** Cases (d) and (e): the shipped traffic scenario's first replication, with traffic off and on. */
  public static final Path TRAFFIC_SCENARIO = Path.of("scenarios/mapped-site-traffic.yaml");

  private Bench() {}

  /**
   * Runs the bench and returns its rows, baseline first.
   *
   * @param only     case ids among a to e to run (the baseline always runs); empty for all
   * @param threads  worker threads for case (c); cases (a) and (b) are one replication on one thread
   * @param ladder   the automation ladder scenario file for case (c)
   * @param progress told what runs, one line per round; may be null
   */
  public static List<Row> run(Size size, Set<String> only, int threads, Path ladder, PrintWriter progress) {
    List<Case> cases = new ArrayList<>();
    ClosedNetwork network = size.network();
    cases.add(new Case("baseline", "closed network on SSJ alone", "picks",
        live -> count(live, network.horizonSec() / 4, network::runBaseline)));
    if (only.isEmpty() || only.contains("a")) {
      cases.add(new Case("a", "closed network through fcsim", "picks",
          live -> count(live, network.horizonSec() / 4, network::runFcsim)));
    }
    if (only.isEmpty() || only.contains("b")) {
      Scenario site = SiteDay.scenario(size.siteScale(), size.siteDays());
      String title = String.format(Locale.ROOT, "site day, %,d drive units", SiteDay.driveUnits(size.siteScale()));
      cases.add(new Case("b", title, "units shipped", live -> count(live, Math.min(site.horizonSec() / 4, 86400),
          events -> shipped(site, new FloorModel(site, 0, events).run()))));
    }
    if (only.isEmpty() || only.contains("c")) {
      cases.add(ladder(ladder, size.oneLadderReplication(), threads));
    }
    for (String id : List.of("d", "e")) {
      if (only.isEmpty() || only.contains(id)) {
        cases.add(mappedSite(id, id.equals("e")));
      }
    }

    List<List<double[]>> timings = new ArrayList<>(); // per case: {wallSec, peakBytes} per round
    long[] events = new long[cases.size()];
    double[] work = new double[cases.size()];
    long[] liveBytes = new long[cases.size()];
    for (int i = 0; i < cases.size(); i++) {
      timings.add(new ArrayList<>());
    }
    for (int round = 0; round <= size.rounds(); round++) {
      if (progress != null) {
        progress.println(round == 0 ? "bench: warm-up round (untimed; live heap at checkpoints)"
            : "bench: timed round " + round + " of " + size.rounds());
      }
      for (int i = 0; i < cases.size(); i++) {
        Case c = cases.get(i);
        if (round == 0) {
          LiveHeap live = new LiveHeap();
          Outcome o = c.run().once(live);
          liveBytes[i] = live.maxBytes();
          events[i] = o.events();
          continue;
        }
        HeapMeter.settle();
        long start = System.nanoTime();
        Outcome o = c.run().once(null);
        double wall = (System.nanoTime() - start) / 1e9;
        timings.get(i).add(new double[] {wall, HeapMeter.peakBytes()});
        if (o.events() != events[i]) {
          throw new IllegalStateException("case " + c.id() + " executed " + o.events() + " events, "
              + events[i] + " in the warm-up round: a run is not deterministic");
        }
        work[i] = o.work();
      }
    }

    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      Case c = cases.get(i);
      double wall = median(timings.get(i).stream().mapToDouble(t -> t[0]).toArray());
      double peak = timings.get(i).stream().mapToDouble(t -> t[1]).max().orElse(0);
      double ratio = 1;
      String of = "picks/s";
      if (i > 0) {
        Row baseline = rows.get(0);
        boolean picks = c.id().equals("a");
        ratio = picks ? work[i] / wall / baseline.workPerSec() : events[i] / wall / baseline.eventsPerSec();
        of = picks ? "picks/s" : "events/s";
      }
      rows.add(new Row(c.id(), c.title(), events[i], wall, HeapMeter.mb((long) peak), HeapMeter.mb(liveBytes[i]),
          work[i], c.workUnit(), ratio, of));
    }
    return rows;
  }

  /** Runs {@code body} on a counting Henriksen list; with a live-heap meter (may be null), checkpoints every {@code everySec}. */
  static Outcome count(LiveHeap live, double everySec, ToDoubleFunction<CountingEventList> body) {
    CountingEventList events = new CountingEventList(new Henriksen());
    if (live != null) {
      events.checkpointEvery(everySec, live::checkpoint);
    }
    double work = body.applyAsDouble(events);
    return new Outcome(events.events(), work);
  }

  /**
   * Case (c): every level × replication of the ladder file. Timed rounds run the sweep through
   * {@link Experiment#run} as {@code fcsim run} does; the warm-up round runs the same cells one by
   * one on counting lists, which gives the event count (same cells, same seeds: same events).
   */
  private static Case ladder(Path file, boolean oneReplication, int threads) {
    List<Scenario> levels = ScenarioLoader.loadLevels(file, oneReplication ? Map.of("replications", 1L) : Map.of())
        .levels().stream().map(l -> l.scenario().scenario()).toList();
    int cells = levels.stream().mapToInt(Scenario::replications).sum();
    long[] counted = {-1};
    Run run = live -> {
      double units = 0;
      if (live != null) {
        long events = 0;
        for (Scenario level : levels) {
          for (int r = 0; r < level.replications(); r++) {
            int replication = r;
            Outcome cell = count(live, level.horizonSec() / 2,
                list -> shipped(level, new FloorModel(level, replication, list).run()));
            units += cell.work();
            events += cell.events();
          }
        }
        counted[0] = events;
        return new Outcome(events, units);
      }
      if (counted[0] < 0) {
        throw new IllegalStateException("the ladder's events are counted in the warm-up round, which has not run");
      }
      List<List<ReplicationResult>> results = Experiment.run(levels, threads, ProgressListener.NONE);
      for (int i = 0; i < levels.size(); i++) {
        for (ReplicationResult r : results.get(i)) {
          units += shipped(levels.get(i), r);
        }
      }
      return new Outcome(counted[0], units);
    };
    return new Case("c", "automation ladder, " + cells + " runs, " + threads + (threads == 1 ? " thread" : " threads"),
        "units shipped", run);
  }

  /**
   * Cases (d) and (e): one replication of the shipped mapped site with traffic, switched off for
   * (d); (e)'s time over (d)'s is what cell-by-cell traffic costs.
   */
  private static Case mappedSite(String id, boolean traffic) {
    Scenario site = ScenarioLoader.loadLevels(TRAFFIC_SCENARIO, Map.of()).levels().get(0).scenario().scenario()
        .withTraffic(traffic);
    String title = String.format(Locale.ROOT, "mapped site, %,d drive units, traffic %s", site.driveUnits().count(),
        traffic ? "on" : "off");
    return new Case(id, title, "units shipped", live -> count(live, site.horizonSec() / 2,
        events -> shipped(site, new FloorModel(site, 0, events).run())));
  }

  /** Units shipped after warm-up (the whole run for cases (a) and (b), which have none). */
  static double shipped(Scenario scenario, ReplicationResult result) {
    return result.get(Metrics.UNITS_PER_HOUR.name()) * (scenario.horizonSec() - scenario.warmupSec()) / 3600;
  }

  static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }
}
