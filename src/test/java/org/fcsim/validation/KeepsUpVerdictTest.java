package org.fcsim.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.fcsim.dist.DistSpec;
import org.fcsim.experiment.Experiment;
import org.fcsim.experiment.ProgressListener;
import org.fcsim.scenario.Scenario;
import org.fcsim.stats.LevelResults;
import org.fcsim.stats.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The verdict on a floor whose capacity is known exactly: 4 stations, one picker each, a
 * constant 12 s pick, one-unit orders, no breaks, ample drive units, sorters and packers, so
 * the stations can deliver 4 × 3600 / 12 = 1,200 units/h and nothing else binds. Near the
 * boundary — 5% under and 5% over capacity — and far over it, the verdict must say yes, no and
 * no, and name the station pickers as what binds. 5 replications of 20 h (fixed seed).
 */
class KeepsUpVerdictTest {
  private static final double CAPACITY_UNITS_PER_HOUR = 4 * 3600 / 12.0;

  private static Verdict verdictAt(double ordersPerHour) {
    Scenario s = Scenarios.orderFloor(ordersPerHour, 4, new DistSpec.Constant(20), new DistSpec.Constant(12), 4,
        new DistSpec.Constant(0), 21 * 3600, 5);
    return Verdict.of(new LevelResults("load", Experiment.run(List.of(s), 2, ProgressListener.NONE).get(0)), List.of());
  }

  @Test
  void fivePercentUnderCapacityKeepsUp() {
    Verdict v = verdictAt(0.95 * CAPACITY_UNITS_PER_HOUR);
    assertEquals("yes", v.keepsUp(), v.line());
    assertEquals(0.95 * CAPACITY_UNITS_PER_HOUR, v.demandUnitsPerHour(), 1e-9);
    assertTrue(v.bottleneck().equals("picker.station") || v.bottleneck().equals("pickStations"), v.line());
    assertEquals(0.95, v.bottleneckUtilization(), 0.02, v.line());
  }

  @Test
  void fivePercentOverCapacityDoesNotAndShipsWhatTheStationsCan() {
    Verdict v = verdictAt(1.05 * CAPACITY_UNITS_PER_HOUR);
    assertEquals("no", v.keepsUp(), v.line());
    assertEquals(CAPACITY_UNITS_PER_HOUR, v.shippedUnitsPerHour(), 0.01 * CAPACITY_UNITS_PER_HOUR, v.line());
    assertEquals(0.05 * CAPACITY_UNITS_PER_HOUR, v.shortfallUnitsPerHour(), 0.02 * CAPACITY_UNITS_PER_HOUR, v.line());
    assertTrue(v.line().contains("does NOT keep up"), v.line());
    assertTrue(v.bottleneck().equals("picker.station") || v.bottleneck().equals("pickStations"), v.line());
    assertTrue(v.bottleneckUtilization() > 0.99, v.line());
  }

  @Test
  void twiceTheCapacityDoesNot() {
    Verdict v = verdictAt(2 * CAPACITY_UNITS_PER_HOUR);
    assertEquals("no", v.keepsUp(), v.line());
    assertEquals(CAPACITY_UNITS_PER_HOUR, v.shippedUnitsPerHour(), 0.01 * CAPACITY_UNITS_PER_HOUR, v.line());
  }
}
