package org.fcsim.floor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.fcsim.dist.DistSpec;
import org.fcsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

class GridLayoutTest {
  // 1.5 m/s, 1 m/s2: accelerating to cruise and braking takes 2.25 m and 3 s
  private final GridLayout layout = new GridLayout(new Scenario.Floor(20, 10, 1.0, 200, 4),
      new Scenario.DriveUnits(1, "grid", new DistSpec.Constant(0), new DistSpec.Constant(0), 1.5, 1.0, 2.2, 2.5,
          new Scenario.Battery(0, 3600, 1, 0.2), new Scenario.Faults(0, new DistSpec.Constant(0), 0, new DistSpec.Constant(0))));

  @Test
  void aLongLegCruisesAndAShortOneNeverReachesCruiseSpeed() {
    assertEquals(10 / 1.5 + 1.5, layout.legSec(10), 1e-12);
    assertEquals(2 * Math.sqrt(1.0), layout.legSec(1), 1e-12);
    assertEquals(3.0, layout.legSec(2.25), 1e-12); // both formulas meet at the ramp length
    assertEquals(0, layout.legSec(0));
  }

  @Test
  void travelIsManhattanWithAQuarterTurnBetweenLegs() {
    assertEquals(layout.legSec(10), layout.travelSec(new int[] {0, 0}, new int[] {10, 0}), 1e-12);
    assertEquals(layout.legSec(3) + layout.legSec(4) + 2.5 / 4, layout.travelSec(new int[] {0, 0}, new int[] {3, 4}), 1e-12);
  }

  @Test
  void podsFillTheFieldEvenlyAndZonesAreVerticalStrips() {
    assertArrayEquals(new int[] {0, 0}, layout.podCell(0, 200));
    assertArrayEquals(new int[] {19, 9}, layout.podCell(199, 200));
    assertArrayEquals(new int[] {2, -1}, layout.stationCell(0, 4));
    assertEquals(0, layout.zoneOf(new int[] {4, 3}));
    assertEquals(3, layout.zoneOf(new int[] {19, 3}));
  }
}
