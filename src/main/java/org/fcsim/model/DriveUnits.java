package org.fcsim.model;

import java.util.Map;
import java.util.function.IntFunction;
import org.fcsim.agent.DriveUnit;
import org.fcsim.dist.DistSpec;
import org.fcsim.floor.DistributionTravel;
import org.fcsim.floor.Layout;
import org.fcsim.floor.GridTravel;
import org.fcsim.floor.Pod;
import org.fcsim.floor.TravelModel;
import org.fcsim.flow.PodDispatcher;
import org.fcsim.flow.RobotCare;
import org.fcsim.flow.StorageCells;
import org.fcsim.floor.MapLayout;
import org.fcsim.floor.MapRoads;
import org.fcsim.policy.StoragePolicies;
import org.fcsim.policy.PodPolicies;
import org.fcsim.policy.StationPolicies;
import org.fcsim.scenario.Scenario;
import org.fcsim.sim.Sampler;
import org.fcsim.sim.StreamBank;
import org.fcsim.sim.Streams;
import org.fcsim.sim.Variates;
import org.fcsim.stats.Metric;
import org.fcsim.task.Performer;
import org.fcsim.task.TaskType;

/**
 * The drive-unit fleet and the control system that dispatches it ({@link PodDispatcher}):
 * travel on the grid or from distributions, batteries and chargers, faults rescued and units
 * repaired through robot care. Units start under pods spread over the field, with staggered
 * charge levels, as a running floor would be.
 */
final class DriveUnits implements Part {
  private final PodDispatcher dispatcher;
  private final boolean charging;
  /** The cells drive units hold and wait for ({@code floor.traffic}); null when they pass through each other. */
  private final MapRoads roads;
  private final int unitCount;
  private final FloorGrids grids;
  private final java.util.List<org.fcsim.agent.DriveUnit> fleet = new java.util.ArrayList<>();

  /** @param stowCells the stow stations' cells, numbered after the pick stations (none without inbound) */
  DriveUnits(Site site, Storage storage, Stations stations, int[][] stowCells, RobotCare care) {
    Scenario scenario = site.scenario();
    Streams streams = site.streams();
    Scenario.PickStations ps = scenario.pickStations();
    Scenario.DriveUnits du = scenario.driveUnits();
    Layout layout = storage.layout();
    unitCount = du.count();
    charging = du.battery().runtimeSec() > 0;
    int chargers = Math.max(1, du.battery().chargers());
    int[][] chargerCells = new int[chargers][];
    for (int c = 0; c < chargers; c++) {
      chargerCells[c] = layout.chargerCell(c, chargers);
    }
    RobotCare.Kind unitCare = care.kind(Performer.DRIVE_UNIT, TaskType.DRIVE_UNIT_RESCUE,
        Variates.of(du.faults().rescueSec(), streams.stream("rescueTime")), du.faults().repairShare(),
        streams.stream("driveUnitRepairDraw"), Variates.of(du.faults().repairSec(), streams.stream("driveUnitRepairTime")));
    dispatcher = new PodDispatcher(site.simulator(), scenario, storage.openLines(), stations.open(),
        PodPolicies.create(ps.podPolicy()), StationPolicies.create(ps.policy(), streams.stream("stationPolicy")), site.ledger(),
        unitCare, care.chargers(Performer.DRIVE_UNIT, chargerCells, du.battery().fullChargeSec()));
    Pod[] pods = storage.pods();
    int[][] stationCells = java.util.Arrays.copyOf(stations.cells(), stations.cells().length + stowCells.length);
    System.arraycopy(stowCells, 0, stationCells, stations.cells().length, stowCells.length);
    StorageCells homes = scenario.floor().map() == null ? null : new StorageCells(layout,
        ((MapLayout) layout).storageCells(), pods, stationCells,
        StoragePolicies.create(scenario.floor().storagePolicy(), streams.stream("storagePolicy")));
    int[][] starts = new int[du.count()][];
    for (int d = 0; d < du.count(); d++) {
      starts[d] = pods[d % pods.length].cell();
    }
    MapRoads roads = Traffic.roads(scenario, site.simulator(), layout, stationCells, chargerCells, starts);
    this.roads = roads;
    grids = new FloorGrids(scenario, roads);
    boolean onTheFloor = !du.travel().equals("distributions");
    IntFunction<Sampler> toStation = onTheFloor ? null
        : new StreamBank(streams, "travelToStation/du-", du.count()).samplers(du.travelToStationSec());
    IntFunction<Sampler> toStorage = onTheFloor ? null
        : new StreamBank(streams, "travelToStorage/du-", du.count()).samplers(du.travelToStorageSec());
    IntFunction<Sampler> timeToFault = du.faults().mtbfSec() > 0
        ? new StreamBank(streams, "driveUnitFault/du-", du.count()).samplers(new DistSpec.Exponential(du.faults().mtbfSec()))
        : null;
    for (int d = 0; d < du.count(); d++) {
      TravelModel travel = onTheFloor
          ? traced(new GridTravel(layout, stationCells, du.liftSec()))
          : new DistributionTravel(toStation.apply(d), toStorage.apply(d));
      DriveUnit unit = new DriveUnit(d, site.simulator(), starts[d], dispatcher, travel);
      unit.recordOn(grids.heat());
      if (du.battery().runtimeSec() > 0) {
        double threshold = du.battery().threshold();
        unit.enableBattery(du.battery().runtimeSec(), threshold + (1 - threshold) * (d + 0.5) / du.count());
      }
      if (timeToFault != null) {
        unit.enableFaults(timeToFault.apply(d)::sample);
      }
      if (homes != null) {
        unit.storePodsThrough(homes);
      }
      if (roads != null) {
        unit.driveOn(roads, du.liftSec());
      }
      dispatcher.add(unit);
      fleet.add(unit);
    }
    site.ledger().declare(TaskType.POD_TRANSPORT, Performer.DRIVE_UNIT);
    if (du.battery().runtimeSec() > 0) {
      site.ledger().declare(TaskType.CHARGING, Performer.DRIVE_UNIT);
    }
  }

  private GridTravel traced(GridTravel travel) {
    grids.trace(travel);
    return travel;
  }

  /** Growth per hour of the pods waiting in storage for room at a station (0 while no drive unit is idle). */
  double heldBackByStationsPerHour(double hours) {
    return dispatcher.idleUnits() > 0 ? dispatcher.pendingGrowthPerHour(hours) : 0;
  }

  /** Where order lines go on a goods-to-person floor: their pod is called to a station. */
  PodDispatcher dispatcher() {
    return dispatcher;
  }

  @Override
  public void start() {
    dispatcher.start();
  }

  @Override
  public void resetStatistics() {
    dispatcher.resetStatistics();
    grids.reset();
    if (roads != null) {
      roads.traffic().resetStatistics();
    }
  }

  @Override
  public void addMetrics(double hours, Map<Metric, Double> m) {
    m.put(new Metric("utilization.driveUnits", "fraction"), dispatcher.utilization());
    m.put(new Metric("availability.driveUnits", "fraction"), dispatcher.availability());
    Traffic.addMetrics(roads, unitCount, hours, m);
  }

  @Override
  public void snapshot(ReplayProbe probe) {
    probe.units(fleet);
  }

  @Override
  public void addGrids(double hours, Map<Metric, double[]> into) {
    grids.addTo(into);
  }

  @Override
  public void addResources(double hours, Map<Metric, Double> into) {
    into.put(new Metric("utilizationOfAvailable.driveUnits", "fraction"), dispatcher.utilizationOfAvailable());
    // pods pending while units stand idle wait for room at the stations: that queue is the stations'
    into.put(new Metric("queueGrowthPerHour.driveUnits", "pods/h"),
        dispatcher.idleUnits() == 0 ? dispatcher.pendingGrowthPerHour(hours) : 0.0);
    if (charging) {
      into.put(new Metric("utilizationOfAvailable.chargers", "fraction"), dispatcher.chargers().utilization());
      into.put(new Metric("queueGrowthPerHour.chargers", "drive units/h"), dispatcher.chargers().queueGrowthPerHour(hours));
    }
  }

  @Override
  public void sample(Map<Metric, Double> into) {
    into.put(Metrics.PODS_PENDING, (double) dispatcher.pendingPods());
  }

  @Override
  public void checkInvariants(double now) {
    dispatcher.checkInvariants(now);
  }
}
