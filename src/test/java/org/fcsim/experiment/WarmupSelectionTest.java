package org.fcsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.fcsim.stats.Metric;
import org.fcsim.stats.ReplicationResult;
import org.junit.jupiter.api.Test;

class WarmupSelectionTest {
  private static final Metric UNITS = new Metric("unitsPerHour", "units/h");
  private static final Metric VISITS = new Metric("podVisitsPerHour", "visits/h");

  private static ReplicationResult replication(int r, Metric metric, double[] series) {
    return new ReplicationResult(r, Map.of(metric, 1.0), Map.of(metric, series), 60);
  }

  /** {@code ramp} points at {@code low}, then {@code total - ramp} at {@code high}. */
  private static double[] step(int ramp, int total, double low, double high) {
    double[] s = new double[total];
    Arrays.fill(s, 0, ramp, low);
    Arrays.fill(s, ramp, total, high);
    return s;
  }

  @Test
  void usesTheMeanSeriesAndTheLongestLevelChoice() {
    // replication 0 ramps for 10 points, replication 1 for 0: the mean is 50 for 10 points, then 100
    List<ReplicationResult> slow = List.of(replication(0, UNITS, step(10, 60, 0, 100)),
        replication(1, UNITS, step(0, 60, 0, 100)));
    List<ReplicationResult> fast = List.of(replication(0, VISITS, step(5, 60, 0, 80)),
        replication(1, VISITS, step(5, 60, 0, 80)));
    WarmupSelection.Choice choice = WarmupSelection.choose(List.of("slow", "fast"), List.of(slow, fast), null);
    assertEquals(new WarmupSelection.LevelChoice("slow", "unitsPerHour", 10, 60, 600), choice.levels().get(0));
    assertEquals(new WarmupSelection.LevelChoice("fast", "podVisitsPerHour", 5, 60, 300), choice.levels().get(1));
    assertEquals(600, choice.warmupSec());
  }

  @Test
  void aSeriesNoLevelRecordedIsNamedWithTheOnesItDid() {
    List<ReplicationResult> one = List.of(replication(0, UNITS, step(0, 60, 0, 1)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> WarmupSelection.choose(List.of("base"), List.of(one), "queueLength"));
    assertTrue(e.getMessage().contains("\"queueLength\"") && e.getMessage().contains("unitsPerHour"), e.getMessage());
  }

  @Test
  void aHorizonShorterThanOneIntervalIsSaidSoNotListedAsNoSeries() {
    List<ReplicationResult> none = List.of(new ReplicationResult(0, Map.of(UNITS, 1.0), Map.of(), 60));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> WarmupSelection.choose(List.of("base"), List.of(none), null));
    assertEquals("level base recorded none of the series [unitsPerHour, podVisitsPerHour]; it recorded no series at "
        + "all: its horizon is shorter than one interval of 1min, so there is nothing to choose a warm-up from",
        e.getMessage());
  }
}
