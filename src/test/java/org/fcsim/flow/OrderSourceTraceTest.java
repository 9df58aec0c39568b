package org.fcsim.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fcsim.floor.Pod;
import org.fcsim.scenario.Scenario;
import org.fcsim.scenario.ScenarioLoader;
import org.fcsim.scenario.Trace;
import org.fcsim.sim.Streams;
import org.fcsim.sim.Variates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import umontreal.ssj.simevents.Simulator;

/**
 * A three-order trace through the order source alone, on its own {@link Simulator}: each order
 * arrives at exactly its time with the SKUs and units of its rows, one event at a time, and
 * none after the last. The catalog built from the trace: its SKUs, their classes and cubes from
 * the item master, popularity by units ordered, and the same pods a catalog without a trace
 * gives as many SKUs.
 */
class OrderSourceTraceTest {
  private static final String ORDERS = """
      time,order,sku,units
      60,o2,B,2
      12.5,o1,A,1
      60,o3,C,1
      60,o2,A,3
      """;
  private static final String ITEMS = """
      sku,itemClass,cube
      A,box,1.5
      B,fragile,
      """;
  private static final int PODS = 1000;

  @TempDir
  Path dir;
  private Scenario.Demand demand;
  private Trace trace;

  @BeforeEach
  void load() throws Exception {
    Files.writeString(dir.resolve("orders.csv"), ORDERS);
    Files.writeString(dir.resolve("items.csv"), ITEMS);
    Path file = dir.resolve("s.yaml");
    Files.writeString(file, "demand: { mode: trace, orderHistory: orders.csv, itemMaster: items.csv }\n");
    demand = ScenarioLoader.load(file).scenario().demand();
    trace = demand.trace();
  }

  private Catalog catalog(Scenario.Demand d) {
    return new Catalog(d, PODS, new Streams(20261126L, 0).stream("layout"));
  }

  @Test
  void eachOrderArrivesAtItsTimeWithItsLinesOneEventAtATime() {
    Simulator simulator = new Simulator();
    simulator.init();
    Streams streams = new Streams(1, 0);
    Pod[] pods = new Pod[PODS];
    for (int p = 0; p < PODS; p++) {
      pods[p] = new Pod(p, new int[] {0, 0}, 0);
    }
    Catalog catalog = catalog(demand);
    List<String> lines = new ArrayList<>();
    OrderSource source = new OrderSource(simulator, demand, catalog, pods, streams.stream("orderArrivals"),
        Variates.of(demand.linesPerOrder(), streams.stream("linesPerOrder")),
        Variates.of(demand.unitsPerLine(), streams.stream("unitsPerLine")), streams.stream("skuChoice"), line -> {
          assertEquals(0, pending(simulator), "the next order is scheduled only once this one's lines are handed on");
          assertEquals(catalog.pod(line.sku()), line.pod().index());
          lines.add(simulator.time() + " order " + line.order().id() + ": " + trace.skuId(line.sku()) + " x" + line.units()
              + " " + line.itemClass().name() + ", order of " + line.order().units());
        });
    source.start();
    assertEquals(1, pending(simulator), "one order waits in the event list, not the whole trace");
    simulator.start(); // ends when the event list is empty: nothing arrives after the last order
    String c = catalog.itemClass(2).name(); // C is not in the item master: its class is drawn
    assertEquals(List.of(
        "12.5 order 0: A x1 box, order of 1",
        "60.0 order 1: B x2 fragile, order of 5",
        "60.0 order 1: A x3 box, order of 5",
        "60.0 order 2: C x1 " + c + ", order of 1"), lines);
    assertEquals(60.0, simulator.time());
    assertEquals(3, source.ordersCreated());
    assertEquals(7, source.unitsOrdered());
  }

  private static int pending(Simulator simulator) {
    int n = 0;
    for (var ignored : simulator.getEventList()) {
      n++;
    }
    return n;
  }

  @Test
  void theCatalogHoldsTheTracesSkusWithTheirClassesCubesAndPopularity() {
    Catalog catalog = catalog(demand);
    assertEquals(3, catalog.skus());
    assertEquals(List.of("B", "A", "C"), List.of(trace.skuId(0), trace.skuId(1), trace.skuId(2)), "by first row");
    assertEquals("fragile", catalog.itemClass(0).name());
    assertEquals("box", catalog.itemClass(1).name());
    assertTrue(Double.isNaN(catalog.cube(0)), "B's cube is empty");
    assertEquals(1.5, catalog.cube(1));
    assertTrue(Double.isNaN(catalog.cube(2)), "C is not listed");
    // units ordered: B 2, A 4, C 1 of 7: cumulative shares 2/7, 6/7, 1
    assertEquals(0, catalog.sku(0.28));
    assertEquals(1, catalog.sku(0.29));
    assertEquals(1, catalog.sku(0.85));
    assertEquals(2, catalog.sku(0.86));
  }

  @Test
  void podsAndDrawnClassesAreThoseOfACatalogWithoutATraceOfAsManySkus() {
    Scenario.Demand zipf = new Scenario.Demand("poisson", demand.ordersPerSecByHour(), 0, demand.linesPerOrder(),
        demand.unitsPerLine(), 3, demand.skuSkew(), demand.itemClasses(), 0, 0, 0, 0, null);
    Catalog withTrace = catalog(demand);
    Catalog without = catalog(zipf);
    for (int k = 0; k < 3; k++) {
      assertEquals(without.pod(k), withTrace.pod(k), "SKU " + k);
    }
    assertEquals(without.itemClass(2), withTrace.itemClass(2), "C's class is drawn with the same number");
    assertTrue(Double.isNaN(without.cube(0)), "no cube without a trace");
  }
}
