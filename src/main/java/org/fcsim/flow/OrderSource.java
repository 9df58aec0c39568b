package org.fcsim.flow;

import java.util.function.Consumer;
import java.util.function.IntUnaryOperator;
import org.fcsim.floor.Pod;
import org.fcsim.scenario.Scenario;
import org.fcsim.scenario.Trace;
import org.fcsim.sim.Action;
import org.fcsim.sim.Sampler;
import umontreal.ssj.rng.RandomStream;
import umontreal.ssj.simevents.Simulator;

/**
 * Creates orders: a Poisson process whose rate follows the hourly profile (repeating), a
 * backlog released at time 0, or a trace's orders at their times. Each order gets its lines at
 * once and hands each line on. Between hours the next arrival is drawn afresh at the new rate,
 * which is exact for a piecewise-constant rate because the exponential is memoryless.
 *
 * <p>A trace's orders arrive one event at a time: each order, on arriving, schedules the next,
 * so the event list holds one of them at most. Their lines carry the trace's SKUs and units,
 * and nothing is drawn. The trace runs once: after its last order, none arrives.
 */
public final class OrderSource {
  private final Simulator simulator;
  private final Scenario.Demand demand;
  private final Catalog catalog;
  private final Pod[] pods;
  private final RandomStream arrivals;
  private final Sampler linesPerOrder;
  private final Sampler unitsPerLine;
  private final RandomStream skuChoice;
  private final Consumer<OrderLine> onLine;
  private final Action arrival;
  private final Trace trace;
  private final Action traceArrival;
  /** The trace's next order to arrive. */
  private int nextTraceOrder;
  private long nextId;
  private long unitsOrdered;
  private long ordersCreated;
  /** Units ordered per minute of simulated time, for arrivals over any window ({@link #unitsOrderedBetween}). */
  private long[] unitsByMinute = new long[64];

  public OrderSource(Simulator simulator, Scenario.Demand demand, Catalog catalog, Pod[] pods, RandomStream arrivals,
      Sampler linesPerOrder, Sampler unitsPerLine, RandomStream skuChoice, Consumer<OrderLine> onLine) {
    this.simulator = simulator;
    this.demand = demand;
    this.catalog = catalog;
    this.pods = pods;
    this.arrivals = arrivals;
    this.linesPerOrder = linesPerOrder;
    this.unitsPerLine = unitsPerLine;
    this.skuChoice = skuChoice;
    this.onLine = onLine;
    this.arrival = new Action(simulator, this::onOrderArrived);
    this.trace = demand.trace();
    this.traceArrival = new Action(simulator, this::onTraceOrderArrived);
  }

  public void start() {
    if (demand.mode().equals("backlog")) {
      for (int i = 0; i < demand.backlogOrders(); i++) {
        createOrder();
      }
    } else if (trace != null) {
      scheduleTraceOrder();
    } else {
      scheduleNext();
    }
  }

  void onOrderArrived() {
    createOrder();
    scheduleNext();
  }

  void onTraceOrderArrived() {
    int o = nextTraceOrder++;
    int first = trace.firstLine(o);
    addOrder(trace.firstLine(o + 1) - first, l -> trace.lineSku(first + l), l -> trace.lineUnits(first + l));
    scheduleTraceOrder();
  }

  private void scheduleTraceOrder() {
    if (nextTraceOrder < trace.orders()) {
      traceArrival.schedule(trace.arrivalSec(nextTraceOrder) - simulator.time());
    }
  }

  private void scheduleNext() {
    double now = simulator.time();
    arrival.schedule(HourlyPoisson.next(now, demand.ordersPerSecByHour(), arrivals) - now);
  }


  private void createOrder() {
    int count = Math.max(1, (int) Math.round(linesPerOrder.sample()));
    addOrder(count, l -> catalog.sku(skuChoice.nextDouble()), l -> Math.max(1, (int) Math.round(unitsPerLine.sample())));
  }

  /**
   * Creates an order of {@code count} lines, line l holding {@code unitsOf(l)} units of SKU
   * {@code skuOf(l)} (asked in that order, line after line), and hands its lines on.
   */
  private void addOrder(int count, IntUnaryOperator skuOf, IntUnaryOperator unitsOf) {
    Order order = new Order(nextId++, simulator.time());
    ordersCreated++;
    OrderLine[] lines = new OrderLine[count];
    for (int l = 0; l < count; l++) {
      int sku = skuOf.applyAsInt(l);
      int units = unitsOf.applyAsInt(l);
      Scenario.ItemClass itemClass = catalog.itemClass(sku);
      order.addUnits(units, itemClass.packEligible());
      unitsOrdered += units;
      countMinute(units);
      lines[l] = new OrderLine(order, sku, itemClass, units, pods[catalog.pod(sku)], simulator.time());
    }
    // the order knows all its units before any line moves on, so packing cannot start early
    for (OrderLine line : lines) {
      onLine.accept(line);
    }
  }

  private void countMinute(int units) {
    int minute = (int) Math.min(Integer.MAX_VALUE - 8, (long) (simulator.time() / 60));
    if (minute >= unitsByMinute.length) {
      unitsByMinute = java.util.Arrays.copyOf(unitsByMinute, Math.max(minute + 1, 2 * unitsByMinute.length));
    }
    unitsByMinute[minute] += units;
  }

  /**
   * Units ordered from {@code fromSec} to {@code toSec}, counting a partly covered minute in
   * proportion to the part covered.
   */
  public double unitsOrderedBetween(double fromSec, double toSec) {
    double sum = 0;
    for (int m = (int) Math.max(0, Math.floor(fromSec / 60)); m < unitsByMinute.length && m * 60.0 < toSec; m++) {
      double covered = Math.min(toSec, (m + 1) * 60.0) - Math.max(fromSec, m * 60.0);
      sum += unitsByMinute[m] * Math.max(0, covered) / 60;
    }
    return sum;
  }

  public long unitsOrdered() {
    return unitsOrdered;
  }

  public long ordersCreated() {
    return ordersCreated;
  }
}
