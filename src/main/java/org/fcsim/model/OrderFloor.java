package org.fcsim.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.fcsim.flow.OrderLine;
import org.fcsim.scenario.Scenario;
import org.fcsim.sim.Streams;
import org.fcsim.stats.Metric;
import umontreal.ssj.simevents.Simulator;

/**
 * The order-driven floor, as a list of parts: orders arrive, their lines are picked
 * goods-to-person (drive units, stations with people or arms) or picker-to-parts (walking
 * tours), then sorted, packed, checked and shipped. Every task lands in the task ledger; the
 * metrics report throughput, order cycle times, the ledger, and how busy and available each
 * agent group is.
 *
 * <p>Parts start in the order listed, so events at the same instant keep their order; metrics
 * and series come in the order users know (throughput first, then the ledger, people, robots).
 */
final class OrderFloor implements Part {
  private final List<Part> parts = new ArrayList<>();
  private final List<Part> reported = new ArrayList<>();
  private final org.fcsim.task.TaskLedger ledger;

  OrderFloor(Scenario scenario, Simulator simulator, Streams streams) {
    Site site = Site.of(scenario, simulator, streams);
    this.ledger = site.ledger();
    Ledger ledger = new Ledger(site);
    People people = new People(site);
    Storage storage = new Storage(site);
    Care care = new Care(site, people.work());
    PackingPart packing = new PackingPart(site, people, care.service());
    SortationPart sortation = new SortationPart(site, people.work(), people.taskTimes(), packing.flow());
    Stages stages = new Stages(site, people.work(), people.taskTimes(), sortation.flow());
    parts.addAll(List.of(ledger, people, storage, packing, sortation, stages, care));
    reported.addAll(List.of(packing, stages, ledger, people));
    Consumer<OrderLine> picking;
    DriveUnits fleet = null;
    List<org.fcsim.floor.PickStation> openStations = List.of();
    if (scenario.pickerToParts().enabled()) {
      ManualPicking manual = new ManualPicking(site, people.work(), stages.flow());
      parts.add(manual);
      picking = manual::onLine;
      stages.openUnitsAre(() -> storage.openLines().units() + manual.pooledUnits());
    } else {
      Stations stations = new Stations(site, storage, people, stages.flow(), care.service());
      int[][] stowCells = scenario.inbound().given() && !scenario.inbound().combinedStations()
          ? InboundPart.stowCells(storage.layout(), scenario.inbound().stowStations()) : new int[0][];
      DriveUnits driveUnits = new DriveUnits(site, storage, stations, stowCells, care.service());
      fleet = driveUnits;
      openStations = stations.open();
      stations.podsHeldBackAre(driveUnits::heldBackByStationsPerHour);
      parts.addAll(List.of(stations, driveUnits));
      reported.addAll(List.of(driveUnits, stations));
      picking = driveUnits.dispatcher()::onLine;
      stages.openUnitsAre(() -> storage.openLines().units());
    }
    if (scenario.inventory().given()) {
      InventoryPart inventory = new InventoryPart(site, storage, picking);
      stages.flow().keepStock(inventory.inventory(), scenario.inventory().recordErrorPerLine());
      java.util.function.LongSupplier open = stages.openUnits();
      stages.openUnitsAre(() -> open.getAsLong() + inventory.inventory().backorderedUnits()
          + inventory.inventory().unboundUnits());
      if (fleet != null && scenario.inventory().podChoice().equals("dispatch")) {
        fleet.dispatcher().chooseAtDispatch(inventory.inventory());
      } else if (scenario.inventory().podChoice().equals("uniform")) {
        inventory.inventory().chooseUniformly(site.streams().stream("podChoice"));
      }
      parts.add(inventory);
      reported.add(inventory);
      picking = inventory.inventory()::onLine;
      if (scenario.inbound().given()) {
        InboundPart inbound = new InboundPart(site, storage, inventory.inventory(), people,
            fleet == null ? null : fleet.dispatcher(), openStations, care.service());
        parts.add(inbound);
        reported.add(inbound);
      }
    }
    Consumer<OrderLine> toPicking = picking;
    Demand demand = new Demand(site, storage, packing.flow(), line -> {
      stages.flow().lineOrdered(line);
      toPicking.accept(line);
    });
    parts.add(demand);
    reported.add(0, demand);
    Incidents incidents = new Incidents(site, packing.flow());
    parts.add(incidents);
    reported.addAll(List.of(sortation, incidents));
  }

  @Override
  public void start() {
    parts.forEach(Part::start);
  }

  @Override
  public org.fcsim.task.TaskLedger ledger() {
    return ledger;
  }

  @Override
  public void resetStatistics() {
    parts.forEach(Part::resetStatistics);
  }

  @Override
  public void addMetrics(double hours, Map<Metric, Double> into) {
    reported.forEach(part -> part.addMetrics(hours, into));
    reported.forEach(part -> part.addResources(hours, into));
  }

  @Override
  public void snapshot(ReplayProbe probe) {
    parts.forEach(part -> part.snapshot(probe));
  }

  @Override
  public void addGrids(double hours, Map<Metric, double[]> into) {
    reported.forEach(part -> part.addGrids(hours, into));
  }

  @Override
  public void sample(Map<Metric, Double> into) {
    reported.forEach(part -> part.sample(into));
  }

  @Override
  public void checkInvariants(double now) {
    parts.forEach(part -> part.checkInvariants(now));
  }
}
