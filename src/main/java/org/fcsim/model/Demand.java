package org.fcsim.model;

import java.util.Map;
import java.util.function.Consumer;
import org.fcsim.flow.OrderLine;
import org.fcsim.flow.OrderSource;
import org.fcsim.flow.Packing;
import org.fcsim.scenario.Scenario;
import org.fcsim.scenario.Trace;
import org.fcsim.sim.Variates;
import org.fcsim.stats.Metric;

/**
 * Orders arriving (a Poisson profile, a backlog or a trace), each line handed to picking
 * ({@link OrderSource}). Reports the load offered over the measured window — what the profile
 * asks for, or the trace's orders that fall in it, computed from the scenario — beside what
 * actually arrived in this replication.
 */
final class Demand implements Part {
  static final Metric DEMAND_ORDERS = new Metric("demandOrdersPerHour", "orders/h");
  static final Metric DEMAND_UNITS = new Metric("demandUnitsPerHour", "units/h");
  static final Metric ARRIVED_ORDERS = new Metric("arrivedOrdersPerHour", "orders/h");
  static final Metric ARRIVED_UNITS = new Metric("arrivedUnitsPerHour", "units/h");
  static final Metric SHORTFALL = new Metric("shortfallUnitsPerHour", "units/h");

  private final Scenario scenario;
  private final OrderSource source;
  private final Packing packing;
  private final double warmupSec;
  private long ordersAtReset;
  private long unitsAtReset;

  Demand(Site site, Storage storage, Packing packing, Consumer<OrderLine> onLine) {
    this.scenario = site.scenario();
    this.packing = packing;
    this.warmupSec = scenario.warmupSec();
    Scenario.Demand d = scenario.demand();
    source = new OrderSource(site.simulator(), d, storage.catalog(), storage.pods(), site.streams().stream("orderArrivals"),
        Variates.of(d.linesPerOrder(), site.streams().stream("linesPerOrder")),
        Variates.of(d.unitsPerLine(), site.streams().stream("unitsPerLine")), site.streams().stream("skuChoice"), onLine);
  }

  /**
   * Mean orders per hour the profile asks for between warm-up and horizon (the hourly profile
   * repeats), or the trace's orders arriving in [warm-up, horizon) per hour; NaN for a backlog,
   * which offers its orders at once rather than a rate.
   */
  static double offeredOrdersPerHour(Scenario scenario) {
    Scenario.Demand d = scenario.demand();
    if (d.trace() != null) {
      return d.trace().ordersBetween(scenario.warmupSec(), scenario.horizonSec()) / measuredHours(scenario);
    }
    if (!d.mode().equals("poisson")) {
      return Double.NaN;
    }
    return meanPerHour(d.ordersPerSecByHour(), scenario.warmupSec(), scenario.horizonSec());
  }

  /** The mean per hour from {@code from} to {@code to} of an hourly profile of rates per second that repeats. */
  static double meanPerHour(double[] perSecByHour, double from, double to) {
    double count = 0;
    for (double t = from; t < to; ) {
      double hourEnd = (Math.floor(t / 3600) + 1) * 3600;
      double until = Math.min(hourEnd, to);
      count += perSecByHour[(int) ((long) Math.floor(t / 3600) % perSecByHour.length)] * (until - t);
      t = until;
    }
    return count / ((to - from) / 3600);
  }

  /**
   * Mean units per hour offered over the same window: the profile's orders times
   * {@link #unitsPerOrder}, or the units of the trace's orders arriving in it; NaN for a backlog.
   */
  static double offeredUnitsPerHour(Scenario scenario) {
    Trace trace = scenario.demand().trace();
    if (trace != null) {
      return trace.unitsBetween(scenario.warmupSec(), scenario.horizonSec()) / measuredHours(scenario);
    }
    return offeredOrdersPerHour(scenario) * unitsPerOrder(scenario.demand());
  }

  private static double measuredHours(Scenario scenario) {
    return (scenario.horizonSec() - scenario.warmupSec()) / 3600;
  }

  /**
   * Mean units per order: lines per order times units per line, each rounded to a whole count of
   * at least 1; for a trace, over all its orders.
   */
  static double unitsPerOrder(Scenario.Demand d) {
    Trace trace = d.trace();
    if (trace != null) {
      return (double) trace.units() / trace.orders();
    }
    return Variates.meanCount(d.linesPerOrder()) * Variates.meanCount(d.unitsPerLine());
  }

  /** Mean units per line: of {@code unitsPerLine}, rounded to a whole count of at least 1; for a trace, over all its lines. */
  static double unitsPerLine(Scenario.Demand d) {
    Trace trace = d.trace();
    if (trace != null) {
      return (double) trace.units() / trace.firstLine(trace.orders());
    }
    return Variates.meanCount(d.unitsPerLine());
  }

  @Override
  public void start() {
    source.start();
  }

  @Override
  public void resetStatistics() {
    ordersAtReset = source.ordersCreated();
    unitsAtReset = source.unitsOrdered();
  }

  @Override
  public void addMetrics(double hours, Map<Metric, Double> m) {
    double offered = offeredOrdersPerHour(scenario);
    if (!Double.isNaN(offered)) {
      m.put(DEMAND_ORDERS, offered);
      m.put(DEMAND_UNITS, offeredUnitsPerHour(scenario));
    }
    m.put(ARRIVED_ORDERS, (source.ordersCreated() - ordersAtReset) / hours);
    m.put(ARRIVED_UNITS, (source.unitsOrdered() - unitsAtReset) / hours);
    if (!Double.isNaN(offered)) {
      m.put(SHORTFALL, shortfall(hours));
    }
  }

  /**
   * Units per hour that arrived early enough to ship in the window but did not: arrivals over
   * the window shifted back by this replication's mean order cycle time (by Little's law what a
   * floor that keeps up ships over the window), minus the units shipped. Shifting removes the
   * work still legitimately in flight at either end, so the number is near 0 for a floor that
   * keeps up and near demand minus capacity for one that does not. The shift is at most a tenth
   * of the window (a floor whose orders take longer is not in a steady state the shift could
   * describe), and 0 when no order shipped.
   */
  private double shortfall(double hours) {
    double mean = packing.cycleTimes().mean();
    double cycleSec = Double.isNaN(mean) ? 0 : Math.min(mean, 0.1 * hours * 3600);
    double end = warmupSec + hours * 3600;
    double due = source.unitsOrderedBetween(warmupSec - cycleSec, end - cycleSec);
    return (due - packing.unitsShippedSinceReset()) / hours;
  }
}
