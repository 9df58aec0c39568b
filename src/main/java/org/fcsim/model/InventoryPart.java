package org.fcsim.model;

import java.util.Map;
import java.util.function.Consumer;
import org.fcsim.flow.Catalog;
import org.fcsim.flow.Inventory;
import org.fcsim.flow.OrderLine;
import org.fcsim.scenario.Scenario;
import org.fcsim.sim.Streams;
import org.fcsim.stats.Metric;

/**
 * Stock on pods ({@link Inventory}), when the scenario has an {@code inventory:} section: lines
 * get their pod from it (or wait, backordered), picks and record errors take stock off, stow
 * brings it. The slots come from the {@code inventory} stream of replication 0, so the facility
 * is the same in every replication and level.
 */
final class InventoryPart implements Part {
  static final Metric BACKORDERED = new Metric("backorderedLinesPerHour", "lines/h");
  static final Metric BACKORDER_WAIT = new Metric("backorderWaitSec.mean", "s");
  static final Metric BACKORDERED_AT_END = new Metric("backorderedUnits.atEnd", "units");
  static final Metric STOCK_OUTS = new Metric("stockOutsPerHour", "stock-outs/h");
  static final Metric STOCK_AT_END = new Metric("stockOnPods.atEnd", "units");
  static final Metric VISITS_PER_UNIT = new Metric("podVisitsPerUnitPicked", "visits/unit");
  static final Metric UNITS_PER_VISIT = new Metric("unitsPerPodVisit", "units/visit");

  private final Inventory inventory;
  private final Storage storage;
  private long backorderedAtReset;
  private long releasedAtReset;
  private double releasedWaitAtReset;
  private long stockOutsAtReset;
  private long pickedAtReset;
  private long visitsAtReset;
  private long backorderedUnitsAtReset;

  /** @param picking where a line goes once it has its pod */
  InventoryPart(Site site, Storage storage, Consumer<OrderLine> picking) {
    Scenario.Inventory spec = site.scenario().inventory();
    this.storage = storage;
    Catalog catalog = storage.catalog();
    double[] popularity = new double[catalog.skus()];
    for (int k = 0; k < popularity.length; k++) {
      popularity[k] = catalog.share(k);
    }
    Scenario scenario = site.scenario();
    inventory = new Inventory(site.simulator(), storage.pods(), storage.openLines(), catalog, popularity, spec.podsPerSku(),
        spec.podCapacity(), spec.podCube(), spec.initialFill(), new Streams(scenario.seed(), 0).stream("inventory"), picking);
  }

  Inventory inventory() {
    return inventory;
  }

  @Override
  public void resetStatistics() {
    backorderedAtReset = inventory.backorderedLines();
    releasedAtReset = inventory.releasedLines();
    releasedWaitAtReset = inventory.releasedWaitSec();
    stockOutsAtReset = inventory.stockOuts();
    pickedAtReset = inventory.picked();
    visitsAtReset = storage.openLines().visits();
    backorderedUnitsAtReset = inventory.backorderedUnits();
  }

  /**
   * Lines backordered per hour and the mean wait of those released (NaN: none was), units still
   * backordered at the end, stock-outs (a SKU's last unit taken) per hour, stock on pods at the
   * end, and pod visits per unit picked and units per visit over the window.
   */
  @Override
  public void addMetrics(double hours, Map<Metric, Double> m) {
    m.put(BACKORDERED, (inventory.backorderedLines() - backorderedAtReset) / hours);
    long released = inventory.releasedLines() - releasedAtReset;
    m.put(BACKORDER_WAIT, released == 0 ? Double.NaN : (inventory.releasedWaitSec() - releasedWaitAtReset) / released);
    m.put(BACKORDERED_AT_END, (double) inventory.backorderedUnits());
    m.put(STOCK_OUTS, (inventory.stockOuts() - stockOutsAtReset) / hours);
    m.put(STOCK_AT_END, (double) inventory.stockOnPods());
    long picked = inventory.picked() - pickedAtReset;
    long visits = storage.openLines().visits() - visitsAtReset;
    m.put(VISITS_PER_UNIT, picked == 0 ? Double.NaN : (double) visits / picked);
    m.put(UNITS_PER_VISIT, visits == 0 ? Double.NaN : (double) picked / visits);
  }

  /** Backordered work as a queue: its growth over the window says stock, not people or robots, binds. */
  @Override
  public void addResources(double hours, Map<Metric, Double> into) {
    into.put(new Metric("queueGrowthPerHour.backorders", "units/h"),
        (inventory.backorderedUnits() - backorderedUnitsAtReset) / hours);
  }

  @Override
  public void checkInvariants(double now) {
    inventory.checkInvariants(now);
  }
}
