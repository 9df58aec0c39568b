package org.fcsim.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The bench's plain-text tables. */
public final class BenchTable {
  private BenchTable() {}

  /** The main table: one row per case, with the footnotes that say what each column is. */
  public static String format(List<Bench.Row> rows, int rounds) {
    StringBuilder sb = new StringBuilder();
    sb.append(machine()).append(String.format(Locale.ROOT, "; median of %d timed round%s after a warm-up round%n",
        rounds, rounds == 1 ? "" : "s"));
    String head = "%-9s %-40s %12s %8s %11s %8s %8s %22s %16s%n";
    sb.append(String.format(Locale.ROOT, head, "case", "", "events", "wall s", "events/s", "peak MB", "live MB", "work",
        "vs baseline"));
    for (Bench.Row r : rows) {
      sb.append(String.format(Locale.ROOT, "%-9s %-40s %,12d %8.2f %,11.0f %8.0f %8.1f %22s %16s%n", r.id(), r.title(),
          r.events(), r.wallSec(), r.eventsPerSec(), r.peakHeapMb(), r.liveHeapMb(),
          String.format(Locale.ROOT, "%,.0f %s", r.work(), shortUnit(r.workUnit())),
          String.format(Locale.ROOT, "%.2f %s", r.ratio(), r.ratioOf())));
    }
    sb.append("""
        peak MB: most heap in use during a timed run, garbage included (largest over the rounds).
        live MB: heap held after a full collection at checkpoints of the warm-up run, above the idle JVM.
        vs baseline: for (a), fcsim picks/s over baseline picks/s; for the others, events/s over baseline events/s.
        """);
    return sb.toString();
  }

  private static String shortUnit(String unit) {
    return unit.equals("units shipped") ? "units" : unit;
  }

  /** Cores, JVM, collector and maximum heap of this run. */
  static String machine() {
    Runtime rt = Runtime.getRuntime();
    String gcs = ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
        .collect(Collectors.joining("+"));
    return String.format(Locale.ROOT, "fcsim bench: %d cores, Java %s, %s, max heap %.0f MB", rt.availableProcessors(),
        System.getProperty("java.version"), gcs, HeapMeter.mb(rt.maxMemory()));
  }
}
