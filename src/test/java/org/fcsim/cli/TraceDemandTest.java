package org.fcsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.fcsim.experiment.CellCache;
import org.fcsim.experiment.Experiment;
import org.fcsim.experiment.ProgressListener;
import org.fcsim.scenario.ScenarioLevels;
import org.fcsim.scenario.ScenarioLoader;
import org.fcsim.stats.ReplicationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Trace demand through the command line: a bad order history or item master is one line
 * {@code fcsim: file:line:column: column: problem} with exit code 2 and nothing written; cached
 * cells are not reused once the history's content changes; the shipped example keeps up.
 */
class TraceDemandTest {
  @TempDir
  Path dir;

  private static final String ORDERS = "time,order,sku,units\n0,A,s1,1\n30,B,s2,2\n";
  private static final String ITEMS = "sku,itemClass,cube\ns1,box,1.5\n";

  /** A small order-driven floor reading orders.csv and items.csv next to it. */
  private Path scenario(String orders, String items) throws Exception {
    Files.writeString(dir.resolve("orders.csv"), orders);
    Files.writeString(dir.resolve("items.csv"), items);
    Path file = dir.resolve("trace.yaml");
    Files.writeString(file, """
        name: trace
        horizon: 2h
        replications: 2
        demand:
          mode: trace
          orderHistory: orders.csv
          itemMaster: items.csv
        floor: { widthCells: 20, lengthCells: 10, pods: 100 }
        driveUnits: { count: 6 }
        pickStations: { count: 2 }
        associates: { picker: { count: 2 } }
        """);
    return file;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      missing column    | time,order,units\\n0,A,1\\n | sku,itemClass\\n | orders.csv:1:1: sku: no such column; the header names time, order, units; needed: time, order, sku, units (in any case and order; other columns are ignored)
      units not a number| time,order,sku,units\\n0,A,s1,1\\n5,B,s2,two\\n | sku,itemClass\\n | orders.csv:3:4: units: must be a whole number from 1 to 1000000, got "two"
      units 0           | time,order,sku,units\\n0,A,s1,0\\n | sku,itemClass\\n | orders.csv:2:4: units: must be a whole number from 1 to 1000000, got "0"
      bad time          | time,order,sku,units\\n0,A,s1,1\\n-5,B,s1,1\\n | sku,itemClass\\n | orders.csv:3:1: time: must be seconds from the start of the run (a number >= 0) or a local date-time such as 2026-03-02T06:15:00, got "-5"
      mixed time forms  | time,order,sku,units\\n0,A,s1,1\\n2026-03-02T06:00:00,B,s1,1\\n | sku,itemClass\\n | orders.csv:3:1: time: every row's time must have the same form: line 2 gives seconds from the start of the run, this row a date-time
      short row         | time,order,sku,units\\n0,A,s1\\n | sku,itemClass\\n | orders.csv:2:4: units: missing: this row has 3 fields, the header 4
      empty order id    | time,order,sku,units\\n0, ,s1,1\\n | sku,itemClass\\n | orders.csv:2:2: order: empty; every row needs an order id
      no rows           | time,order,sku,units\\n | sku,itemClass\\n | orders.csv:1:1: no order lines after the header
      unknown class     | time,order,sku,units\\n0,A,s1,1\\n | sku,itemClass\\nsX,box\\ns1,glas\\n | items.csv:3:2: itemClass: unknown item class "glas"; known (demand.itemClasses): box, polybag, fragile, oversize
      bad cube          | time,order,sku,units\\n0,A,s1,1\\n | sku,itemClass,cube\\ns1,box,-1\\n | items.csv:2:3: cube: must be litres above 0 (or empty: unknown), got "-1"
      sku listed twice  | time,order,sku,units\\n0,A,s1,1\\n | sku,itemClass\\ns1,box\\ns1,fragile\\n | items.csv:3:1: sku: "s1" is listed twice (first on line 2)
      """)
  void aBadRowIsOneLocatedLineWithExitCode2AndNothingWritten(String what, String orders, String items, String expected)
      throws Exception {
    Path file = scenario(orders.replace("\\n", "\n"), items.replace("\\n", "\n"));
    String where = expected.startsWith("orders.csv") ? dir.resolve("orders.csv").toString() : dir.resolve("items.csv").toString();
    String line = "fcsim: " + where + expected.substring(expected.indexOf(".csv") + 4);
    assertRefused(Fcsim.run("validate", file.toString()), line);
    assertRefused(Fcsim.run("run", file.toString(), "-q", "--results", dir.resolve("results").toString()), line);
    assertFalse(Files.exists(dir.resolve("results")), "nothing written");
  }

  @Test
  void anUnreadableFileIsLocatedAtItsKey() throws Exception {
    Path file = scenario(ORDERS, ITEMS);
    Files.delete(dir.resolve("orders.csv"));
    assertRefused(Fcsim.run("validate", file.toString()),
        "fcsim: " + file + ":6:17: demand.orderHistory: cannot read " + dir.resolve("orders.csv") + ": no such file");
    Files.createDirectory(dir.resolve("orders.csv"));
    Fcsim.Outcome directory = Fcsim.run("run", file.toString(), "-q", "--results", dir.resolve("results").toString());
    assertEquals(2, directory.code(), directory.err());
    assertTrue(directory.err().startsWith("fcsim: " + file + ":6:17: demand.orderHistory: cannot read "), directory.err());
    assertFalse(Files.exists(dir.resolve("results")), "nothing written");
  }

  private static void assertRefused(Fcsim.Outcome o, String expectedLine) {
    assertEquals(2, o.code(), o.err());
    assertEquals(expectedLine + "\n", o.err().replace("\r", ""));
    assertEquals("", o.out());
  }

  /**
   * Cells cached for the history as it was are reused by the same command (the control) but not
   * once the history's content changes under the same name.
   */
  @Test
  void cachedCellsAreNotReusedOnceTheHistoryChanges() throws Exception {
    Path file = scenario(ORDERS, ITEMS);
    Path results = dir.resolve("results");
    plantCells(file, results);
    Fcsim.Outcome same = Fcsim.run("run", file.toString(), "-q", "--results", results.toString());
    assertEquals(0, same.code(), same.err());
    assertTrue(same.err().contains("resumed: 2 finished cells"), "control: the same files reuse the cells: " + same.err());

    plantCells(file, results);
    Files.writeString(dir.resolve("orders.csv"), ORDERS.replace("30,B,s2,2", "30,B,s2,3"));
    Fcsim.Outcome changed = Fcsim.run("run", file.toString(), "-q", "--results", results.toString());
    assertEquals(0, changed.code(), changed.err());
    assertFalse(changed.err().contains("resumed"), "a changed history must not reuse cells: " + changed.err());
  }

  /** Cells of every replication, cached where {@code run} looks for them, under the key of the files as they are now. */
  private static void plantCells(Path file, Path results) {
    ScenarioLevels levels = ScenarioLoader.loadLevels(file, Map.of());
    List<ReplicationResult> cells = Experiment.run(List.of(levels.base().scenario()), 1, ProgressListener.NONE).get(0);
    CellCache cache = new CellCache(results.resolve("trace").resolve(".cells"),
        List.of("fcsim " + Version.current() + "\n" + levels.levels().get(0).scenario().resolvedYaml()));
    for (ReplicationResult cell : cells) {
      cache.save(0, cell.replication(), cell);
    }
  }

  /** Capacity scales a trace by thinning or repeating its orders; two orders stay far below any limit. */
  @Test
  void capacityScalesATrace() throws Exception {
    Path file = scenario(ORDERS, ITEMS);
    Fcsim.Outcome o = Fcsim.run("capacity", file.toString(), "--results", dir.resolve("results").toString());
    assertEquals(0, o.code(), o.err());
    assertTrue(o.out().contains("trace: capacity per level, the trace's orders thinned or repeated; 2 replications"),
        o.out());
  }

  @Test
  void theShippedExampleKeepsUpWithItsDay() {
    Fcsim.Outcome o = Fcsim.run("run", "scenarios/order-history.yaml", "--results", dir.resolve("results").toString());
    assertEquals(0, o.code(), o.err());
    assertTrue(o.out().startsWith("goods-to-person: keeps up: "), o.out());
  }
}
