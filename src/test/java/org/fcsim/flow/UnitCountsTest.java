package org.fcsim.flow;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UnitCountsTest {
  @Test
  void unitsThatVanishBreakConservation() {
    UnitCounts c = new UnitCounts();
    c.ordered = 10;
    c.open = 4;
    c.shipped = 6;
    c.check(0);
    c.shipped = 7; // one unit shipped twice
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> c.check(42));
    assertTrue(e.getMessage().contains("units not conserved at t=42.0 s"), e.getMessage());
  }

  @Test
  void aNegativeStageIsReported() {
    UnitCounts c = new UnitCounts();
    c.sorting = -1;
    c.open = 1;
    assertThrows(IllegalStateException.class, () -> c.check(0));
  }
}
