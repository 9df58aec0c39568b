package org.fcsim.floor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** Exact counts on a 4 × 3 plan whose layout cells are shifted by (1, 1), as a generated floor's are. */
class FloorHeatTest {
  private static double[] grid(String... rows) {
    double[] out = new double[rows.length * rows[0].length()];
    for (int y = 0; y < rows.length; y++) {
      for (int x = 0; x < rows[y].length(); x++) {
        out[y * rows[y].length() + x] = rows[y].charAt(x) - '0';
      }
    }
    return out;
  }

  @Test
  void aLegRunsAlongXAtItsStartRowThenAlongYAndCountsEachCellOnce() {
    FloorHeat heat = new FloorHeat(4, 3, 1, 1);
    heat.leg(new int[] {0, 1}, new int[] {2, -1}); // storage (1, 2) on the plan to a station at (3, 0)
    assertArrayEquals(grid("0001", "0001", "0111"), heat.passes());
    heat.leg(new int[] {2, -1}, new int[] {0, 1}); // and back: along the station row, then down
    assertArrayEquals(grid("0112", "0101", "0211"), heat.passes());
    heat.leg(new int[] {1, 0}, new int[] {1, 0}); // no move: the cell it stands on
    assertArrayEquals(grid("0112", "0111", "0211"), heat.passes());
  }

  @Test
  void stepsPodVisitsAndFaultsCountWhereTheyHappenAndResetClearsAll() {
    FloorHeat heat = new FloorHeat(4, 3, 1, 1);
    heat.step(5);
    heat.step(5);
    heat.podVisit(new int[] {2, 1});
    heat.fault(new int[] {-1, -1});
    assertArrayEquals(grid("0000", "0200", "0000"), heat.passes());
    assertArrayEquals(grid("0000", "0000", "0001"), heat.podVisits());
    assertArrayEquals(grid("1000", "0000", "0000"), heat.faults());
    heat.leg(new int[] {0, 0}, new int[] {2, 1});
    heat.reset();
    assertArrayEquals(new double[12], heat.passes());
    assertArrayEquals(new double[12], heat.podVisits());
    assertArrayEquals(new double[12], heat.faults());
  }
}
