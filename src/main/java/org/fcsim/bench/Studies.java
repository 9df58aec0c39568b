package org.fcsim.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.fcsim.model.FloorModel;
import org.fcsim.scenario.Scenario;

/**
 * The bench's two studies beside its main table: how cost grows with the fleet and with the
 * horizon ({@link #scaling}), and whether the heap the model holds grows with the horizon
 * ({@link #memory}). Everything runs after a warm-up run of the same cases.
 */
public final class Studies {
  private static final List<Integer> FLEETS = List.of(100, 300, 1000, 3000, 10_000);
  private static final List<Integer> DAYS = List.of(1, 2, 4, 7);
  private static final long PICKS = 1_000_000;

  private Studies() {}

  /** One timed run: events, wall and simulating-thread CPU seconds, work and peak heap. */
  private record Timed(long events, double wallSec, double cpuSec, double work, double peakMb) {
    double nsPerEvent() {
      return wallSec * 1e9 / events;
    }

    double workPerSec() {
      return work / wallSec;
    }
  }

  private static Timed time(ToDoubleFunction<CountingEventList> body) {
    HeapMeter.settle();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    Bench.Outcome run = Bench.count(null, 0, body);
    double wall = (System.nanoTime() - start) / 1e9;
    double cpuSec = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
    return new Timed(run.events(), wall, cpuSec, run.work(), HeapMeter.mb(HeapMeter.peakBytes()));
  }

  private static Timed site(double scale, double days) {
    Scenario s = SiteDay.scenario(scale, days);
    return time(events -> Bench.shipped(s, new FloorModel(s, 0, events).run()));
  }

  /** Medians over rounds of one configuration. */
  private record Medians(long events, double wallSec, double cpuSec, double nsPerEvent, double work, double peakMb) {
    static Medians of(List<Timed> runs) {
      return new Medians(runs.get(0).events(), med(runs, Timed::wallSec), med(runs, Timed::cpuSec),
          med(runs, Timed::nsPerEvent), runs.get(0).work(), runs.stream().mapToDouble(Timed::peakMb).max().orElse(0));
    }

    private static double med(List<Timed> runs, ToDoubleFunction<Timed> f) {
      return Bench.median(runs.stream().mapToDouble(f).toArray());
    }
  }

  /**
   * Wall time against fleet size for the baseline, case (a) and case (b), each configuration
   * {@code rounds} times (the baseline and case (a) alternating), then against the horizon for
   * (b), one run per horizon; ends with the three targets of issue 16, met or missed. Ratios are
   * medians of each round's own ratio, so a busy moment of the shared machine hits both sides.
   */
  public static void scaling(PrintWriter out, int rounds) {
    out.println(BenchTable.machine());
    ClosedNetwork warm = new ClosedNetwork(1000, 50, PICKS);
    time(warm::runBaseline);
    time(warm::runFcsim);
    site(1, 1);

    out.println();
    out.printf(Locale.ROOT, "Closed network, 1,000,000 picks, one station per 20 drive units (medians of %d rounds)%n", rounds);
    out.printf(Locale.ROOT, "%12s %8s | %11s %8s %9s | %11s %8s %8s %9s | %12s%n", "drive units", "stations",
        "SSJ events", "wall s", "ns/event", "fcsim events", "wall s", "cpu s", "ns/event", "fcsim/SSJ");
    double[] ratios = new double[FLEETS.size()];
    double[] baselineNs = new double[FLEETS.size()];
    for (int f = 0; f < FLEETS.size(); f++) {
      int n = FLEETS.get(f);
      ClosedNetwork net = new ClosedNetwork(n, Math.max(1, n / 20), PICKS);
      List<Timed> base = new ArrayList<>();
      List<Timed> fcsim = new ArrayList<>();
      double[] roundRatios = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        base.add(time(net::runBaseline));
        fcsim.add(time(net::runFcsim));
        roundRatios[r] = fcsim.get(r).workPerSec() / base.get(r).workPerSec();
      }
      Medians b = Medians.of(base);
      Medians a = Medians.of(fcsim);
      ratios[f] = Bench.median(roundRatios);
      baselineNs[f] = b.nsPerEvent();
      out.printf(Locale.ROOT, "%,12d %,8d | %,11d %8.2f %9.0f | %,11d %8.2f %8.2f %9.0f | %12.2f%n", n, net.stations(),
          b.events(), b.wallSec(), b.nsPerEvent(), a.events(), a.wallSec(), a.cpuSec(), a.nsPerEvent(), ratios[f]);
      out.flush();
    }

    out.println();
    out.printf(Locale.ROOT, "Site day (case b) scaled with the fleet: stations, people, floor and demand in proportion; 1 day"
        + " (medians of %d rounds)%n", rounds);
    out.printf(Locale.ROOT, "%12s %12s %8s %8s %9s %14s %9s%n", "drive units", "events", "wall s", "cpu s", "ns/event",
        "units shipped", "peak MB");
    Medians[] sites = new Medians[FLEETS.size()];
    for (int f = 0; f < FLEETS.size(); f++) {
      int n = FLEETS.get(f);
      List<Timed> runs = new ArrayList<>();
      for (int r = 0; r < rounds; r++) {
        runs.add(site(n / 3000.0, 1));
      }
      Medians t = Medians.of(runs);
      sites[f] = t;
      out.printf(Locale.ROOT, "%,12d %,12d %8.2f %8.2f %9.0f %,14.0f %9.0f%n", SiteDay.driveUnits(n / 3000.0), t.events(),
          t.wallSec(), t.cpuSec(), t.nsPerEvent(), t.work(), t.peakMb());
      out.flush();
    }

    out.println();
    out.println("Site day (case b), 3,000 drive units, against the horizon (one run each)");
    out.printf(Locale.ROOT, "%12s %12s %8s %8s %9s %14s %9s%n", "days", "events", "wall s", "cpu s", "ns/event",
        "units shipped", "peak MB");
    for (int days : DAYS) {
      Timed t = site(1, days);
      out.printf(Locale.ROOT, "%12d %,12d %8.2f %8.2f %9.0f %,14.0f %9.0f%n", days, t.events(), t.wallSec(), t.cpuSec(),
          t.nsPerEvent(), t.work(), t.peakMb());
      out.flush();
    }

    int last = FLEETS.size() - 1;
    double worst = Arrays.stream(ratios).min().orElse(0);
    double siteGrowth = sites[last].nsPerEvent() / sites[0].nsPerEvent();
    double listGrowth = baselineNs[last] / baselineNs[0];
    double bigSiteSec = sites[last].wallSec();
    out.println();
    out.println("Targets (issue 16, item 2):");
    out.printf(Locale.ROOT, "  (a) closed network fcsim/SSJ >= 0.80 at every fleet: lowest %.2f (at %,d drive units)   %s%n",
        worst, FLEETS.get(indexOf(ratios, worst)), verdict(worst >= 0.8));
    out.printf(Locale.ROOT, "  (b) site ns/event growth %,d -> %,d drive units <= the baseline's: %.2fx against %.2fx   %s%n",
        FLEETS.get(0), FLEETS.get(last), siteGrowth, listGrowth, verdict(siteGrowth <= listGrowth));
    out.printf(Locale.ROOT, "  (c) %,d-drive-unit site day <= 5 s wall on one thread: %.2f s (cpu %.2f s)   %s%n",
        FLEETS.get(last), bigSiteSec, sites[last].cpuSec(), verdict(bigSiteSec <= 5));
    out.flush();
  }

  private static int indexOf(double[] values, double value) {
    for (int i = 0; i < values.length; i++) {
      if (values[i] == value) {
        return i;
      }
    }
    return -1;
  }

  private static String verdict(boolean met) {
    return met ? "met" : "MISSED";
  }

  /**
   * Case (b) over 1 day and over {@code days} days, the live heap measured every 6 simulated
   * hours (after a full collection, above the idle JVM). Bounded model state shows as the same
   * level on the last day as on the first.
   */
  public static void memory(PrintWriter out, int days) {
    out.println(BenchTable.machine());
    site(1, 1); // warm-up
    LiveHeap oneDay = liveHeapOfSite(1);
    LiveHeap longer = liveHeapOfSite(days);
    Timed oneDayTimed = site(1, 1);
    Timed longerTimed = site(1, days);
    out.println();
    out.printf(Locale.ROOT, "Live heap of case (b), MB held after a full collection (above the idle JVM),%n"
        + "taken every 6 simulated hours; per day: the largest of its four readings, and the one at its end%n");
    out.printf(Locale.ROOT, "%5s %18s %18s %18s %18s%n", "day", "1-day run: max", "1-day run: end", days + "-day run: max",
        days + "-day run: end");
    for (int day = 1; day <= days; day++) {
      out.printf(Locale.ROOT, "%5d %18s %18s %18.1f %18.1f%n", day, day == 1 ? mb(dayMax(oneDay, 1)) : "",
          day == 1 ? mb(dayEnd(oneDay, 1)) : "", HeapMeter.mb(dayMax(longer, day)), HeapMeter.mb(dayEnd(longer, day)));
    }
    out.printf(Locale.ROOT, "peak heap (garbage included): %.0f MB over 1 day, %.0f MB over %d days%n",
        oneDayTimed.peakMb(), longerTimed.peakMb(), days);
    out.printf(Locale.ROOT, "wall time: %.2f s for 1 day, %.2f s for %d days; units shipped %,.0f and %,.0f%n",
        oneDayTimed.wallSec(), longerTimed.wallSec(), days, oneDayTimed.work(), longerTimed.work());
  }

  /** The memory study at a large scale: see {@link MemoryAtScale}. */
  public static void memoryAtScale(PrintWriter out, int days, int driveUnitsScale) {
    MemoryAtScale.run(out, days, driveUnitsScale);
  }

  private static long dayMax(LiveHeap live, int day) {
    return live.marks().stream().filter(m -> m.timeSec() > (day - 1) * 86400.0 && m.timeSec() <= day * 86400.0)
        .mapToLong(LiveHeap.Mark::bytes).max().orElse(0);
  }

  private static long dayEnd(LiveHeap live, int day) {
    return live.marks().stream().filter(m -> m.timeSec() == day * 86400.0).mapToLong(LiveHeap.Mark::bytes).findFirst()
        .orElse(0);
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.1f", HeapMeter.mb(bytes));
  }

  private static LiveHeap liveHeapOfSite(double days) {
    Scenario s = SiteDay.scenario(1, days);
    LiveHeap live = new LiveHeap();
    Bench.count(live, 6 * 3600, events -> Bench.shipped(s, new FloorModel(s, 0, events).run()));
    return live;
  }
}
