package org.fcsim.bench;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.fcsim.model.FloorModel;
import org.fcsim.scenario.Scenario;

/**
 * The bench's two studies beside its main table: how cost grows with the fleet and with the
 * horizon ({@link #scaling}), and whether the heap the model holds grows with the horizon
 * ({@link #memory}). Each configuration runs once, after a warm-up run of the same case.
 */
public final class Studies {
  private static final List<Integer> FLEETS = List.of(100, 300, 1000, 3000, 10_000);
  private static final List<Integer> DAYS = List.of(1, 2, 4, 7);
  private static final long PICKS = 1_000_000;

  private Studies() {}

  /** One timed run: events, wall seconds, work and peak heap. */
  private record Timed(long events, double wallSec, double work, double peakMb) {
    double nsPerEvent() {
      return wallSec * 1e9 / events;
    }
  }

  private static Timed time(ToDoubleFunction<CountingEventList> body) {
    HeapMeter.settle();
    long start = System.nanoTime();
    Bench.Outcome run = Bench.count(null, 0, body);
    double wall = (System.nanoTime() - start) / 1e9;
    return new Timed(run.events(), wall, run.work(), HeapMeter.mb(HeapMeter.peakBytes()));
  }

  private static Timed site(double scale, double days) {
    Scenario s = SiteDay.scenario(scale, days);
    return time(events -> Bench.shipped(s, new FloorModel(s, 0, events).run()));
  }

  /** Wall time against fleet size for cases (a), baseline and (b), and against the horizon for (b). */
  public static void scaling(PrintWriter out) {
    out.println(BenchTable.machine());
    ClosedNetwork warm = new ClosedNetwork(1000, 50, PICKS);
    time(warm::runBaseline);
    time(warm::runFcsim);
    site(1, 1);

    out.println();
    out.println("Closed network, 1,000,000 picks, one station per 20 drive units (single runs)");
    out.printf(Locale.ROOT, "%12s %8s | %11s %8s %9s | %11s %8s %9s | %12s%n", "drive units", "stations",
        "SSJ events", "wall s", "ns/event", "fcsim events", "wall s", "ns/event", "fcsim/SSJ");
    for (int n : FLEETS) {
      ClosedNetwork net = new ClosedNetwork(n, Math.max(1, n / 20), PICKS);
      Timed base = time(net::runBaseline);
      Timed fcsim = time(net::runFcsim);
      out.printf(Locale.ROOT, "%,12d %,8d | %,11d %8.2f %9.0f | %,11d %8.2f %9.0f | %12.2f%n", n, net.stations(),
          base.events(), base.wallSec(), base.nsPerEvent(), fcsim.events(), fcsim.wallSec(), fcsim.nsPerEvent(),
          (fcsim.work() / fcsim.wallSec()) / (base.work() / base.wallSec()));
      out.flush();
    }

    out.println();
    out.println("Site day (case b) scaled with the fleet: stations, people, floor and demand in proportion; 1 day");
    out.printf(Locale.ROOT, "%12s %12s %8s %9s %14s %9s%n", "drive units", "events", "wall s", "ns/event", "units shipped",
        "peak MB");
    for (int n : FLEETS) {
      Timed t = site(n / 3000.0, 1);
      out.printf(Locale.ROOT, "%,12d %,12d %8.2f %9.0f %,14.0f %9.0f%n", SiteDay.driveUnits(n / 3000.0), t.events(),
          t.wallSec(), t.nsPerEvent(), t.work(), t.peakMb());
      out.flush();
    }

    out.println();
    out.println("Site day (case b), 3,000 drive units, against the horizon");
    out.printf(Locale.ROOT, "%12s %12s %8s %9s %14s %9s%n", "days", "events", "wall s", "ns/event", "units shipped",
        "peak MB");
    for (int days : DAYS) {
      Timed t = site(1, days);
      out.printf(Locale.ROOT, "%12d %,12d %8.2f %9.0f %,14.0f %9.0f%n", days, t.events(), t.wallSec(), t.nsPerEvent(),
          t.work(), t.peakMb());
      out.flush();
    }
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
