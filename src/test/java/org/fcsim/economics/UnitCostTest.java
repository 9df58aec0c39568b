package org.fcsim.economics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fcsim.scenario.Scenario;
import org.fcsim.scenario.ScenarioLoader;
import org.fcsim.stats.Metric;
import org.fcsim.stats.ReplicationResult;
import org.junit.jupiter.api.Test;

/** Cost per unit and payback worked by hand from made-up replication numbers. */
class UnitCostTest {
  /** 10 drive units, 2 stations of which 1 an arm cell, chargers, 3 sorting arms; 2 pickers and 1 technician. */
  private static final String SITE = """
      horizon: 9h
      warmup: 1h
      demand: { mode: poisson, ordersPerHour: 100/h }
      driveUnits: { count: 10, battery: { runtime: 8h, chargers: 2 } }
      pickStations: { count: 2, armShare: 0.5 }
      sortation: { robotShare: 1, sortArms: 3 }
      associates:
        picker: { count: 2 }
        roboticsTech: { count: 1 }
        sorter: { count: 0 }
        packer: { count: 0 }
        problemSolver: { count: 0 }
        automationOperator: { count: 0 }
        qualityControl: { count: 0 }
      costs:
        currency: EUR
        wages: { picker: 20, roboticsTech: 40 }
        operatingDaysPerYear: 100
        operatingHoursPerDay: 10h
        energyPerKWh: 0.5
        trainingSpreadYears: 2
        driveUnit: { price: 7000, serviceLife: 7, maintenancePerHour: 0.1, powerKW: 0.2 }
        armCell: { price: 10000, serviceLife: 5, maintenancePerHour: 1, powerKW: 2 }
        station: { price: 3000, serviceLife: 3, maintenancePerHour: 0, powerKW: 1 }
        charger: { price: 1000, serviceLife: 1, maintenancePerHour: 0, powerKW: 0 }
        sortArm: { price: 2000, serviceLife: 2, maintenancePerHour: 0.5, powerKW: 1 }
      """;

  @Test
  void equipmentIsWhatTheFloorBuilds() {
    assertEquals(Map.of("driveUnit", 10, "armCell", 1, "station", 2, "charger", 2, "sortArm", 3, "stowRobot", 0,
        "packMachine", 0),
        Equipment.of(site(SITE)));
    assertEquals(10 * 7000 + 10000 + 2 * 3000 + 2 * 1000 + 3 * 2000, Equipment.purchase(site(SITE)), 1e-9);
    Scenario packing = site(SITE + "packing: { machines: 2 }\n");
    assertEquals(2, Equipment.of(packing).get("packMachine"));
    assertEquals(2 * 250_000, Equipment.purchase(packing) - Equipment.purchase(site(SITE)), 1e-9, "the default price");
    Scenario stowing = site(SITE + "inventory: {}\ninbound: { stowStations: 3 }\n");
    assertEquals(5, Equipment.of(stowing).get("station"), "2 pick and 3 stow stations");
    Scenario combined = site(SITE + "inventory: {}\ninbound: { stowStations: 3, combinedStations: true }\n");
    assertEquals(2, Equipment.of(combined).get("station"), "combined stations stow at the pick stations");
    Scenario robots = site(SITE + "inventory: {}\ninbound: { stowStations: 3, robotShare: 0.5 }\n");
    assertEquals(2, Equipment.of(robots).get("stowRobot"), "3 x 0.5 rounds to 2 robot stow stations");
    assertEquals(5, Equipment.of(robots).get("station"), "a robot stow station is a station too");
    assertEquals(2 * 300_000, Equipment.purchase(robots) - Equipment.purchase(stowing), 1e-9, "the default price");
  }

  @Test
  void everyPartIsWorkedOutPerUnitShipped() {
    Scenario s = site(SITE);
    // 8 h measured, 100 units/h: 800 units; pickers on shift 16 h, the technician 8 h
    ReplicationResult r = UnitCost.added(s, replication(0, 100, 16, 8), 8000);
    assertEquals("EUR/unit", unit(r, "costPerUnit"));
    assertEquals(20 * 16 / 800.0, r.get("costPerUnit.labour.picker"), 1e-12);
    assertEquals(40 * 8 / 800.0, r.get("costPerUnit.labour.roboticsTech"), 1e-12);
    double capitalPerYear = 10 * 1000 + 10000 / 5.0 + 2 * 1000 + 2 * 1000 + 3 * 1000;
    assertEquals(capitalPerYear / 1000 / 100, r.get("costPerUnit.capital"), 1e-12, "over 1000 operating hours a year");
    assertEquals((10 * 0.1 + 1 + 3 * 0.5) / 100, r.get("costPerUnit.maintenance"), 1e-12);
    assertEquals((10 * 0.2 + 2 + 2 * 1 + 3 * 1) * 0.5 / 100, r.get("costPerUnit.energy"), 1e-12);
    assertEquals(8000.0 / (2 * 1000) / 100, r.get("costPerUnit.training"), 1e-12);
    double sum = r.values().entrySet().stream().filter(e -> e.getKey().name().startsWith("costPerUnit."))
        .mapToDouble(Map.Entry::getValue).sum();
    assertEquals(sum, r.get("costPerUnit"), 1e-12);
  }

  @Test
  void nothingShippedHasNoCostPerUnitAndNoCostsSectionAddsNothing() {
    assertTrue(Double.isNaN(UnitCost.added(site(SITE), replication(0, 0, 16, 8), 0).get("costPerUnit")));
    Scenario none = site(SITE.substring(0, SITE.indexOf("costs:")));
    List<ReplicationResult> given = List.of(replication(0, 100, 16, 8));
    assertEquals(given, UnitCost.added(none, given, 0));
    assertFalse(given.get(0).values().keySet().stream().anyMatch(m -> m.name().startsWith("costPerUnit")));
  }

  @Test
  void paybackIsTheInvestmentOverThePairedYearlySaving() {
    Scenario a = site(SITE);
    Scenario b = site(SITE.replace("count: 10,", "count: 20,")); // 10 more drive units: 70,000 more
    // b ships as much with fewer picker hours: replication savings differ, so the interval has width
    List<ReplicationResult> ra = List.of(UnitCost.added(a, replication(0, 100, 16, 8), 0),
        UnitCost.added(a, replication(1, 100, 16, 8), 0), UnitCost.added(a, replication(2, 100, 16, 8), 0));
    List<ReplicationResult> rb = List.of(UnitCost.added(b, replication(0, 100, 8, 8), 0),
        UnitCost.added(b, replication(1, 100, 10, 8), 0), UnitCost.added(b, replication(2, 100, 6, 8), 0));
    Payback.Step step = Payback.of("a", a, ra, "b", b, rb, 5000);
    assertEquals(70_000 + 5000, step.investment(), 1e-9);
    // saving per unit: picker hours 8 fewer × 20 / 800 minus 10 more drive units' maintenance and energy per unit
    double running = 10 * (0.1 + 0.2 * 0.5) / 100;
    double mean = (20 * 8 / 800.0 - running) * 100 * 1000;
    assertEquals(mean, step.savingPerYear(), 1e-6);
    assertEquals(75_000 / mean, step.years(), 1e-9);
    assertTrue(step.yearsLow() < step.years() && step.years() < step.yearsHigh(), step.text());
    Payback.Step worse = Payback.of("b", b, rb, "a", a, ra, 0);
    assertEquals("frees capital, costs more to run", worse.text());
    Payback.Step none = Payback.of("a", a, ra, "a2", a, ra, 0);
    assertEquals("never", none.text(), "no saving never pays back");
  }

  private static Scenario site(String yaml) {
    return ScenarioLoader.parse("site.yaml", yaml.getBytes(StandardCharsets.UTF_8)).scenario();
  }

  private static ReplicationResult replication(int r, double unitsPerHour, double pickerHours, double techHours) {
    Map<Metric, Double> v = new LinkedHashMap<>();
    v.put(new Metric("unitsPerHour", "units/h"), unitsPerHour);
    v.put(new Metric("onShiftHours.picker", "h"), pickerHours);
    v.put(new Metric("onShiftHours.roboticsTech", "h"), techHours);
    return new ReplicationResult(r, v);
  }

  private static String unit(ReplicationResult r, String name) {
    return r.values().keySet().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow().unit();
  }
}
