package org.fcsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trace demand as the loader reads it: rows of one order id merge into one order at its
 * earliest time, orders sort by time (ties in file order), date-times count from midnight of the
 * earliest date, the item master gives classes and cubes, and the resolved scenario names the
 * files absolutely with their SHA-256, so it reloads elsewhere and changes when a file does.
 * Every expected value is written out from the CSV text in the test.
 */
class TraceFilesTest {
  @TempDir
  Path dir;

  private static final String SCENARIO = """
      demand:
        mode: trace
        orderHistory: data/orders.csv
        itemMaster: data/items.csv
      """;

  private LoadedScenario load(String orders, String items) throws Exception {
    Files.createDirectories(dir.resolve("data"));
    Files.writeString(dir.resolve("data/orders.csv"), orders);
    Files.writeString(dir.resolve("data/items.csv"), items);
    Path file = dir.resolve("s.yaml");
    Files.writeString(file, SCENARIO);
    return ScenarioLoader.load(file);
  }

  /** Each order as "time: sku×units sku×units", in trace order. */
  private static List<String> orders(Trace t) {
    List<String> out = new ArrayList<>();
    for (int o = 0; o < t.orders(); o++) {
      StringBuilder b = new StringBuilder(String.valueOf(t.arrivalSec(o))).append(':');
      for (int l = t.firstLine(o); l < t.firstLine(o + 1); l++) {
        b.append(' ').append(t.skuId(t.lineSku(l))).append('×').append(t.lineUnits(l));
      }
      out.add(b.toString());
    }
    return out;
  }

  @Test
  void rowsOfOneOrderMergeAtTheirEarliestTimeAndOrdersSortByTime() throws Exception {
    Trace t = load("""
        Time,ORDER,sku,units,warehouse
        300,B,s2,1,north
        100,A,s1,2,north
        300,C,s3,1,north
        50,B,s1,4,north
        120,A,s3,1,north
        """, "sku,itemClass\n").scenario().demand().trace();
    // B arrives at 50 (its later row's time), A at 100; C ties with nothing; lines keep file order
    assertEquals(List.of("50.0: s2×1 s1×4", "100.0: s1×2 s3×1", "300.0: s3×1"), orders(t));
    assertEquals(List.of("s2", "s1", "s3"), List.of(t.skuId(0), t.skuId(1), t.skuId(2)), "SKUs in order of first row");
    assertEquals(6, t.unitsOf(1), "s1: 4 + 2 units");
    assertEquals(9, t.units());
    assertEquals(2, t.ordersBetween(50, 300));
    assertEquals(8, t.unitsBetween(50, 300));
  }

  @Test
  void ordersAtTheSameTimeKeepTheOrderOfTheirFirstRow() throws Exception {
    Trace t = load("time,order,sku,units\n10,Z,a,1\n10,Y,b,1\n10,X,c,1\n", "sku,itemClass\n").scenario().demand().trace();
    assertEquals(List.of("10.0: a×1", "10.0: b×1", "10.0: c×1"), orders(t));
  }

  @Test
  void dateTimesCountFromMidnightOfTheEarliestDate() throws Exception {
    Trace t = load("""
        time,order,sku,units
        2026-03-02T06:15:00,A,s1,1
        2026-03-01T23:30:00,B,s1,1
        2026-03-02 00:00:00.5,C,s1,1
        """, "sku,itemClass\n").scenario().demand().trace();
    // the earliest date is March 1: 23:30 is 84,600 s; March 2 starts at 86,400 s
    assertEquals(List.of("84600.0: s1×1", "86400.5: s1×1", "108900.0: s1×1"), orders(t));
  }

  @Test
  void theItemMasterGivesClassesAndCubesAndSkusItLeavesOutHaveNeither() throws Exception {
    Trace t = load("time,order,sku,units\n0,A,s1,1\n0,A,s2,1\n0,B,s3,1\n", """
        SKU,Cube,itemclass
        s3,2.5,fragile
        s9,1,box
        s1,,polybag
        """).scenario().demand().trace();
    List<String> classes = List.of("box", "polybag", "fragile", "oversize");
    assertEquals("polybag", classes.get(t.itemClass(0)));
    assertEquals(-1, t.itemClass(1), "s2 is not listed");
    assertEquals("fragile", classes.get(t.itemClass(2)));
    assertTrue(Double.isNaN(t.cubeLitres(0)), "an empty cube is unknown");
    assertTrue(Double.isNaN(t.cubeLitres(1)));
    assertEquals(2.5, t.cubeLitres(2));
  }

  @Test
  void otherModesNameTheFilesButNeitherReadNorNeedThem() {
    LoadedScenario s = ScenarioLoader.parse("f.yaml", "demand: { mode: poisson, orderHistory: no/such.csv }".getBytes());
    assertNull(s.scenario().demand().trace());
    assertTrue(s.resolvedYaml().contains("orderHistory: " + Path.of("no/such.csv").toAbsolutePath()), s.resolvedYaml());
  }

  @Test
  void theResolvedScenarioReloadsFromElsewhereAndPinsTheFilesContent() throws Exception {
    LoadedScenario loaded = load("time,order,sku,units\n0,A,s1,1\n60,B,s2,3\n", "sku,itemClass,cube\ns1,box,1\n");
    String sha = TraceFiles.sha256(Files.readAllBytes(dir.resolve("data/orders.csv")));
    assertTrue(loaded.resolvedYaml().contains("orderHistory: " + dir.resolve("data/orders.csv").toAbsolutePath()),
        loaded.resolvedYaml());
    assertTrue(loaded.resolvedYaml().contains("orderHistorySha256: " + sha), loaded.resolvedYaml());

    Path elsewhere = Files.createDirectories(dir.resolve("results/run1")).resolve("scenario.yaml");
    Files.writeString(elsewhere, loaded.resolvedYaml());
    LoadedScenario again = ScenarioLoader.load(elsewhere);
    assertEquals(loaded.scenario(), again.scenario());
    assertEquals(loaded.resolvedYaml(), again.resolvedYaml());

    Files.writeString(dir.resolve("data/orders.csv"), "time,order,sku,units\n0,A,s1,1\n60,B,s2,4\n");
    ScenarioException changed = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(elsewhere));
    assertEquals("demand.orderHistorySha256", changed.keyPath());
    assertTrue(changed.problem().contains("is not the file this scenario was resolved with"), changed.getMessage());
    String fresh = ScenarioLoader.load(dir.resolve("s.yaml")).resolvedYaml();
    assertNotEquals(loaded.resolvedYaml(), fresh, "what keys cached cells changes with the file's content");
    assertEquals(loaded.resolvedYaml().replace(sha, TraceFiles.sha256(Files.readAllBytes(dir.resolve("data/orders.csv")))),
        fresh, "and only in the file's SHA-256");
  }

  @Test
  void scalingThinsOrRepeatsOrdersAndKeepsTheSkus() throws Exception {
    Scenario s = load("time,order,sku,units\n0,A,a,1\n10,B,b,2\n20,C,c,3\n30,D,a,4\n", "sku,itemClass\n").scenario();
    Trace half = s.withDemandScaledBy(0.5).demand().trace();
    assertEquals(List.of("10.0: b×2", "30.0: a×4"), orders(half));
    Trace twice = s.withDemandScaledBy(2).demand().trace();
    assertEquals(List.of("0.0: a×1", "0.0: a×1", "10.0: b×2", "10.0: b×2", "20.0: c×3", "20.0: c×3", "30.0: a×4",
        "30.0: a×4"), orders(twice));
    Trace oneAndAHalf = s.withDemandScaledBy(1.5).demand().trace();
    assertEquals(List.of("0.0: a×1", "10.0: b×2", "10.0: b×2", "20.0: c×3", "30.0: a×4", "30.0: a×4"), orders(oneAndAHalf));
    assertEquals(s.demand().trace(), s.withDemandScaledBy(1).demand().trace());
    assertEquals(3, half.skus(), "c is never ordered any more, but stays in the catalog");
    assertEquals(5, half.unitsOf(0), "popularity is the history's");
  }

  @Test
  void traceModeWithoutAnOrderHistoryIsRefused() {
    ScenarioException e = assertThrows(ScenarioException.class,
        () -> ScenarioLoader.parse("f.yaml", "demand:\n  mode: trace\n".getBytes()));
    assertTrue(e.getMessage().startsWith("f.yaml:2:3: demand.orderHistory: trace demand needs orderHistory"), e.getMessage());
  }

  /**
   * A level that names another history, relative to the scenario file: the resolved scenario
   * (base pinned to its own file) still reloads from another folder to the same levels.
   */
  @Test
  void aLevelsOwnHistoryReloadsFromElsewhere() throws Exception {
    load("time,order,sku,units\n0,A,s1,1\n", "sku,itemClass\n");
    Files.writeString(dir.resolve("data/peak.csv"), "time,order,sku,units\n0,A,s1,1\n5,B,s1,2\n");
    Files.writeString(dir.resolve("s.yaml"), SCENARIO + "levels:\n  day: {}\n  peak: { demand.orderHistory: data/peak.csv }\n");
    ScenarioLevels loaded = ScenarioLoader.loadLevels(dir.resolve("s.yaml"), Map.of());
    assertEquals(2, loaded.levels().get(1).scenario().scenario().demand().trace().orders());
    Path elsewhere = Files.createDirectories(dir.resolve("results/run1")).resolve("scenario.yaml");
    Files.writeString(elsewhere, loaded.resolvedYaml());
    ScenarioLevels again = ScenarioLoader.loadLevels(elsewhere, Map.of());
    for (int i = 0; i < 2; i++) {
      assertEquals(loaded.levels().get(i).scenario().scenario(), again.levels().get(i).scenario().scenario());
      assertEquals(loaded.levels().get(i).scenario().resolvedYaml(), again.levels().get(i).scenario().resolvedYaml());
    }
    assertEquals(loaded.resolvedYaml(), again.resolvedYaml());
  }

  @Test
  void levelsReadTheFilesAsTheBaseDoes() throws Exception {
    load("time,order,sku,units\n0,A,s1,1\n", "sku,itemClass\ns1,polybag\n");
    Files.writeString(dir.resolve("s.yaml"), SCENARIO + "levels:\n  one: {}\n  two: { demand.itemMaster: '' }\n");
    ScenarioLevels levels = ScenarioLoader.loadLevels(dir.resolve("s.yaml"), Map.of());
    assertEquals(1, levels.levels().get(0).scenario().scenario().demand().trace().itemClass(0), "polybag");
    assertEquals(-1, levels.levels().get(1).scenario().scenario().demand().trace().itemClass(0), "no item master");
  }
}
