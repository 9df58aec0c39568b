package org.fcsim.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.fcsim.model.FloorModel;
import org.fcsim.scenario.Scenario;
import umontreal.ssj.simevents.eventlist.Henriksen;

/**
 * The memory study at a large scale ({@code bench --memory DAYS --scale N}): what one drive unit
 * and one associate hold, and a run of many days of the site re-sized to keep up at N drive
 * units' scale, its live heap taken after a full collection at the end of every simulated day.
 * Run it under the heap limit to be shown ({@code FCSIM_JAVA_OPTS=-Xmx2g}): a run that completes
 * fits.
 */
final class MemoryAtScale {
  /** Sizes compared for the per-agent figures: the site at scale 1, and with this many times the drive units or people. */
  private static final double TIMES = 4;
  /** When the per-agent live heap is read: the floor is built and running, work in flight still small. */
  private static final double READ_AT_SEC = 600;

  /** Mean units per order of the site's demand: 2.5 lines of 1.25 units. */
  private static final double UNITS_PER_ORDER = 2.5 * 1.25;

  private MemoryAtScale() {}

  /**
   * The re-sizing rule of the memory study: a trip's length grows with the floor's side, the
   * square root of the scale, so the fleet grows by that much more than the demand; at scale 1 the
   * site is case (b) unchanged.
   */
  static SiteDay.Sizing keepingUp(double scale) {
    return new SiteDay.Sizing(Math.max(1, Math.pow(scale, FLEET_EXPONENT)), 1);
  }

  /** Exponent of the extra fleet: found by a short search at 10,000 drive units' scale (docs/performance.md). */
  static final double FLEET_EXPONENT = 0.5;

  static void run(PrintWriter out, int days, int driveUnitsScale) {
    out.println(BenchTable.machine());
    perAgent(out);
    double scale = driveUnitsScale / 3000.0;
    SiteDay.Sizing sizing = keepingUp(scale);
    Scenario site = SiteDay.scenario(scale, days, sizing);
    out.println();
    out.printf(Locale.ROOT, "The site at %,d drive units' scale, re-sized to keep up: %,d drive units, %,d stations, %,d orders/h;"
        + " %d days, max heap %,d MB%n", driveUnitsScale, site.driveUnits().count(), site.pickStations().count(),
        Math.round(site.demand().ordersPerSecByHour()[0] * 3600), days, Runtime.getRuntime().maxMemory() >> 20);
    out.flush();
    HeapMeter.settle();
    LiveHeap live = new LiveHeap();
    long start = System.nanoTime();
    CountingEventList events = new CountingEventList(new Henriksen());
    out.printf(Locale.ROOT, "%5s %14s %14s %14s%n", "day", "live heap MB", "events", "wall s so far");
    events.checkpointEvery(86400, t -> { // printed as the run goes: a long run shows its progress
      live.checkpoint(t);
      out.printf(Locale.ROOT, "%5.0f %14.1f %,14d %14.1f%n", t / 86400, HeapMeter.mb(live.marks().get(live.marks().size() - 1).bytes()),
          events.events(), (System.nanoTime() - start) / 1e9 - live.checkpointSec());
      out.flush();
    });
    double shipped = Bench.shipped(site, new FloorModel(site, 0, events).run());
    double wall = (System.nanoTime() - start) / 1e9 - live.checkpointSec();
    out.printf(Locale.ROOT, "events %,d; units shipped %,.0f (%,.0f a day; ordered about %,.0f a day)%n", events.events(), shipped,
        shipped / days, site.demand().ordersPerSecByHour()[0] * 3600 * 24 * UNITS_PER_ORDER);
    out.printf(Locale.ROOT, "wall time %.1f s without the daily full collections (%.1f s of them); peak heap %,.0f MB"
        + " (garbage included); %,d collections, %.1f s%n", wall, live.checkpointSec(), HeapMeter.mb(HeapMeter.peakBytes()),
        collections(), collectionSec());
  }

  /**
   * Live heap per drive unit and per associate: the site at scale 1 (one hour), then with
   * {@link #TIMES} times the drive units (their chargers too), then the people, each read at
   * {@link #READ_AT_SEC}; the difference over the count added. Median of three readings each.
   */
  static void perAgent(PrintWriter out) {
    SiteDay.Sizing one = SiteDay.Sizing.FROZEN;
    SiteDay.Sizing moreUnits = new SiteDay.Sizing(TIMES, 1);
    SiteDay.Sizing morePeople = new SiteDay.Sizing(1, TIMES);
    readAt(one); // warm-up
    double base = readAt(one);
    double units = readAt(moreUnits);
    double people = readAt(morePeople);
    int addedUnits = SiteDay.driveUnits(TIMES) - SiteDay.driveUnits(1);
    int addedPeople = SiteDay.associates(1, morePeople) - SiteDay.associates(1, one);
    out.println();
    out.printf(Locale.ROOT, "Live heap at %.0f simulated seconds (after a full collection, median of 3): site at scale 1 %.1f MB;%n",
        READ_AT_SEC, HeapMeter.mb((long) base));
    out.printf(Locale.ROOT, "  with %,d more drive units (and chargers) %.1f MB: %,.0f bytes per drive unit%n", addedUnits,
        HeapMeter.mb((long) units), (units - base) / addedUnits);
    out.printf(Locale.ROOT, "  with %,d more associates %.1f MB: %,.0f bytes per associate%n", addedPeople,
        HeapMeter.mb((long) people), (people - base) / addedPeople);
    out.flush();
  }

  private static double readAt(SiteDay.Sizing sizing) {
    Scenario s = SiteDay.scenario(1, 1 / 24.0, sizing);
    double[] bytes = new double[3];
    for (int i = 0; i < bytes.length; i++) {
      LiveHeap live = new LiveHeap();
      Bench.count(live, READ_AT_SEC, events -> Bench.shipped(s, new FloorModel(s, 0, events).run()));
      bytes[i] = live.marks().get(0).bytes();
    }
    return Bench.median(bytes);
  }

  private static long collections() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(b -> Math.max(0, b.getCollectionCount())).sum();
  }

  private static double collectionSec() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(b -> Math.max(0, b.getCollectionTime())).sum()
        / 1000.0;
  }
}
