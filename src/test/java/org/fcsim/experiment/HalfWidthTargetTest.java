package org.fcsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fcsim.stats.Metric;
import org.fcsim.stats.ReplicationResult;
import org.junit.jupiter.api.Test;

class HalfWidthTargetTest {
  private static final Metric UNITS = new Metric("unitsPerHour", "units/h");

  private static List<ReplicationResult> level(double... values) {
    List<ReplicationResult> out = new ArrayList<>();
    for (int r = 0; r < values.length; r++) {
      out.add(new ReplicationResult(r, Map.of(UNITS, values[r])));
    }
    return out;
  }

  @Test
  void readsAbsoluteAndRelativeTargets() {
    assertEquals(new HalfWidthTarget("unitsPerHour", 10, false), HalfWidthTarget.parse("unitsPerHour=10"));
    HalfWidthTarget relative = HalfWidthTarget.parse("unitsPerHour=0.5%");
    assertTrue(relative.relative());
    assertEquals(0.005, relative.value(), 1e-15);
    assertEquals("unitsPerHour=0.5%", relative.toString());
    for (String bad : List.of("unitsPerHour", "=3", "unitsPerHour=", "unitsPerHour=abc", "unitsPerHour=0", "x=-1%")) {
      assertThrows(IllegalArgumentException.class, () -> HalfWidthTarget.parse(bad), bad);
    }
  }

  @Test
  void anInfiniteTargetIsNotCalledNegative() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> HalfWidthTarget.parse("unitsPerHour=1e400"));
    assertEquals("the half-width must be a finite number > 0, got \"1e400\"", e.getMessage());
  }

  @Test
  void aLevelAboveItsTargetGetsABatchNeverPastTheCap() {
    // half-width of {99, 101}: t(0.975, 1) · sqrt(2) / sqrt(2) = 12.706
    List<ReplicationResult> wide = level(99, 101);
    List<ReplicationResult> narrow = level(100, 100.001, 99.999);
    HalfWidthTarget target = new HalfWidthTarget("unitsPerHour", 1, false);
    assertEquals(12.706204736, target.halfWidth(wide), 1e-6);
    assertFalse(target.isMet(wide));
    assertTrue(target.isMet(narrow));
    assertEquals(List.of(4, 0), target.nextRound(List.of(wide, narrow), 4, 200));
    assertEquals(List.of(1, 0), target.nextRound(List.of(wide, narrow), 4, 3));
    assertEquals(List.of(0, 0), target.nextRound(List.of(wide, narrow), 4, 2));
    assertEquals(List.of(2), target.nextRound(List.of(level(100)), 2, 200), "one replication has no interval yet");
    HalfWidthTarget relative = HalfWidthTarget.parse("unitsPerHour=13%");
    assertEquals(13, relative.required(wide), 1e-9);
    assertTrue(relative.isMet(wide));
    assertThrows(IllegalArgumentException.class, () -> HalfWidthTarget.parse("nope=1").halfWidth(wide));
  }
}
