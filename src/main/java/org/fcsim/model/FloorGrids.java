package org.fcsim.model;

import java.util.Map;
import org.fcsim.floor.FloorHeat;
import org.fcsim.floor.FloorPlan;
import org.fcsim.floor.GridTravel;
import org.fcsim.floor.MapRoads;
import org.fcsim.scenario.Scenario;
import org.fcsim.stats.Metric;

/**
 * The per-cell grids a floor with drive units reports for its heat maps, on the cells of
 * {@link FloorPlan#of}: where units drove (the generated grid's legs, or every cell stepped with
 * traffic; not traced on a map without traffic), pods visited by the cell they came from, faults,
 * and with traffic where units waited.
 */
final class FloorGrids {
  static final Metric PASSES = new Metric("driveUnitPassesByCell", "passes");
  static final Metric POD_VISITS = new Metric("podVisitsByCell", "visits");
  static final Metric FAULTS = new Metric("faultsByCell", "faults");
  /** Hours people's pick positions were occupied, by station cell. */
  static final Metric PICKING_HOURS = new Metric("peoplePickingHoursByCell", "h");
  /** Seconds drive units stood blocked on each cell after warm-up (traffic only). */
  static final Metric WAITS = new Metric("waitSecByCell", "s");

  private final FloorHeat heat;
  private final boolean passes;
  private final boolean faults;
  private final MapRoads roads;

  /** @param roads the traffic on a map, or null */
  FloorGrids(Scenario scenario, MapRoads roads) {
    this.heat = FloorPlan.of(scenario).heat();
    this.roads = roads;
    Scenario.DriveUnits du = scenario.driveUnits();
    this.passes = roads != null || (scenario.floor().map() == null && !du.travel().equals("distributions"));
    this.faults = du.faults().mtbfSec() > 0;
    if (roads != null) {
      roads.recordOn(heat);
    }
  }

  FloorHeat heat() {
    return heat;
  }

  /** Counts {@code travel}'s legs, when its routes are known. */
  void trace(GridTravel travel) {
    if (passes && roads == null) {
      travel.recordOn(heat);
    }
  }

  void reset() {
    heat.reset();
  }

  void addTo(Map<Metric, double[]> into) {
    if (passes) {
      into.put(PASSES, heat.passes());
    }
    into.put(POD_VISITS, heat.podVisits());
    if (faults) {
      into.put(FAULTS, heat.faults());
    }
    if (roads != null) {
      into.put(WAITS, roads.traffic().waitSecByCell());
    }
  }
}
