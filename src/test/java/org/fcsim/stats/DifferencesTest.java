package org.fcsim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

class DifferencesTest {
  private static final Metric UNITS = new Metric("unitsPerHour", "units/h");
  private static final Metric WAIT = new Metric("meanWaitSec.pickStations", "s");
  private static final Metric PICKING = new Metric("humanTaskHours.picking", "h");
  private static final Metric CYCLE = new Metric("orderCycleSec.mean", "s");

  /** Replications 0 … n-1, each with {@code metric → values[metric][r]}, metrics in the given order. */
  private static List<ReplicationResult> level(Map<Metric, double[]> values) {
    int n = values.values().iterator().next().length;
    List<ReplicationResult> out = new ArrayList<>();
    for (int r = 0; r < n; r++) {
      Map<Metric, Double> one = new LinkedHashMap<>();
      for (Map.Entry<Metric, double[]> e : values.entrySet()) {
        one.put(e.getKey(), e.getValue()[r]);
      }
      out.add(new ReplicationResult(r, one));
    }
    return out;
  }

  @Test
  void pairedAndWelchIntervalsMatchTheirFormulas() {
    List<ReplicationResult> a = level(Map.of(UNITS, new double[] {1, 2, 3, 4}));
    List<ReplicationResult> b = level(Map.of(UNITS, new double[] {2, 4, 5, 5}));
    MetricDifference d = Differences.of(a, b).get(0);
    assertEquals(2.5, d.meanA(), 1e-12);
    assertEquals(4.0, d.meanB(), 1e-12);
    assertEquals(1.5, d.diff(), 1e-12);
    assertEquals(4, d.replications());
    // differences 1, 2, 2, 1: s = sqrt(1/3); t(0.975, 3) = 3.182446305284263
    double paired = 3.182446305284263 * Math.sqrt(1.0 / 3) / 2;
    assertEquals(1.5 - paired, d.pairedLow(), 1e-9);
    assertEquals(1.5 + paired, d.pairedHigh(), 1e-9);
    // Welch: s²a/n = (5/3)/4, s²b/n = 2/4, df = (va + vb)² / ((va² + vb²) / 3)
    double va = 5.0 / 12;
    double vb = 0.5;
    double df = (va + vb) * (va + vb) / ((va * va + vb * vb) / 3);
    double unpaired = new TDistribution(df).inverseCumulativeProbability(0.975) * Math.sqrt(va + vb);
    assertEquals(1.5 - unpaired, d.unpairedLow(), 1e-9);
    assertEquals(1.5 + unpaired, d.unpairedHigh(), 1e-9);
    assertEquals(paired / unpaired, d.halfWidthRatio(), 1e-9);
  }

  @Test
  void positivelyCorrelatedPairsGiveTheNarrowerPairedInterval() {
    List<ReplicationResult> a = level(Map.of(UNITS, new double[] {100, 120, 90, 130, 110}));
    List<ReplicationResult> b = level(Map.of(UNITS, new double[] {103, 122, 94, 132, 114}));
    MetricDifference d = Differences.of(a, b).get(0);
    assertTrue(d.pairedHalfWidth() < d.unpairedHalfWidth() / 5, d.toString());
  }

  @Test
  void identicalConstantsGiveAPointAndOneReplicationGivesNoInterval() {
    MetricDifference same = Differences.of(level(Map.of(UNITS, new double[] {3, 3})),
        level(Map.of(UNITS, new double[] {3, 3}))).get(0);
    assertEquals(0, same.pairedHalfWidth());
    assertEquals(0, same.unpairedHalfWidth());
    assertTrue(Double.isNaN(same.halfWidthRatio()));
    MetricDifference one = Differences.of(level(Map.of(UNITS, new double[] {3})),
        level(Map.of(UNITS, new double[] {5}))).get(0);
    assertEquals(2, one.diff());
    assertTrue(Double.isNaN(one.pairedLow()) && Double.isNaN(one.unpairedHigh()));
  }

  @Test
  void metricsInBothLevelsOnlyMostImportantFirst() {
    Map<Metric, double[]> a = new LinkedHashMap<>();
    a.put(WAIT, new double[] {1, 2});
    a.put(new Metric("onlyInA", "x"), new double[] {1, 2});
    a.put(PICKING, new double[] {1, 2});
    a.put(CYCLE, new double[] {1, 2});
    a.put(UNITS, new double[] {1, 2});
    Map<Metric, double[]> b = new LinkedHashMap<>();
    b.put(UNITS, new double[] {1, 2});
    b.put(CYCLE, new double[] {1, 2});
    b.put(PICKING, new double[] {1, 2});
    b.put(WAIT, new double[] {1, 2});
    b.put(new Metric("onlyInB", "x"), new double[] {1, 2});
    List<String> names = Differences.of(level(a), level(b)).stream().map(d -> d.metric().name()).toList();
    assertEquals(List.of("unitsPerHour", "orderCycleSec.mean", "humanTaskHours.picking", "meanWaitSec.pickStations"),
        names);
  }

  @Test
  void pairsMustMatch() {
    List<ReplicationResult> two = level(Map.of(UNITS, new double[] {1, 2}));
    assertThrows(IllegalArgumentException.class, () -> Differences.of(two, level(Map.of(UNITS, new double[] {1}))));
    List<ReplicationResult> shifted = List.of(new ReplicationResult(1, Map.of(UNITS, 1.0)),
        new ReplicationResult(2, Map.of(UNITS, 2.0)));
    assertThrows(IllegalArgumentException.class, () -> Differences.of(two, shifted));
  }
}
