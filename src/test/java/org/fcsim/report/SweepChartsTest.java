package org.fcsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fcsim.scenario.SweepPoint;
import org.fcsim.stats.Metric;
import org.fcsim.stats.MetricSummary;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.Test;

/** A numeric sweep is drawn against its value: the swept key on a number axis, CI bands around the means. */
class SweepChartsTest {
  private static final Metric DEMAND = new Metric("demandUnitsPerHour", "units/h");

  private static Map<String, SweepPoint> points(String ladderLevel, String key, String... values) {
    Map<String, SweepPoint> m = new LinkedHashMap<>();
    for (String v : values) {
      m.put((ladderLevel.isEmpty() ? "" : ladderLevel + "/") + key + "=" + v, new SweepPoint(ladderLevel, key, v));
    }
    return m;
  }

  /** Levels driveUnits.count=5, 10, 40 with units/h 100 ± 4, 190 ± 6, 300 (one replication: no interval). */
  private static List<MetricSummary> driveUnitSweep() {
    return List.of(
        new MetricSummary("driveUnits.count=5", Runs.UPH, 100, 96, 104, 3),
        new MetricSummary("driveUnits.count=5", DEMAND, 400, 400, 400, 3),
        new MetricSummary("driveUnits.count=10", Runs.UPH, 190, 184, 196, 3),
        new MetricSummary("driveUnits.count=10", DEMAND, 400, 400, 400, 3),
        new MetricSummary("driveUnits.count=40", Runs.UPH, 300, Double.NaN, Double.NaN, 1),
        new MetricSummary("driveUnits.count=40", DEMAND, 400, 400, 400, 1));
  }

  @Test
  void throughputOfANumericSweepHasTheSweptValuesOnANumberAxisTitledWithTheKey() {
    SweepAxis axis = SweepAxis.of(points("", "driveUnits.count", "5", "10", "40"));
    JFreeChart chart = SweepCharts.throughput(driveUnitSweep(), axis).orElseThrow();
    CombinedDomainXYPlot plot = (CombinedDomainXYPlot) chart.getPlot();
    NumberAxis x = (NumberAxis) plot.getDomainAxis();
    assertEquals("driveUnits.count", x.getLabel());

    XYPlot units = (XYPlot) plot.getSubplots().get(0);
    assertTrue(units.getRenderer() instanceof DeviationRenderer, "mean line with a shaded band");
    IntervalXYDataset d = (IntervalXYDataset) units.getDataset();
    assertEquals(1, d.getSeriesCount(), "one line: the sweep expands no ladder");
    assertEquals(3, d.getItemCount(0));
    assertEquals(List.of(5.0, 10.0, 40.0), List.of(d.getXValue(0, 0), d.getXValue(0, 1), d.getXValue(0, 2)));
    assertEquals(190, d.getYValue(0, 1));
    assertEquals(184, d.getStartYValue(0, 1));
    assertEquals(196, d.getEndYValue(0, 1));
    assertEquals(300, d.getStartYValue(0, 2), "one replication: a band of no width, not a false interval");
    assertEquals(1, units.getDatasetCount() - 1, "demand drawn as a second dataset");
  }

  @Test
  void theRunReportDrawsASweepAgainstItsValueAndALadderByLevel() {
    RunRecord r = Runs.run("demo", driveUnitSweep());
    RunRecord sweep = new RunRecord(r.scenarioName(), r.scenarioFile(), r.scenarioBytes(), r.resolvedScenarioYaml(),
        r.seed(), r.fcsimVersion(), r.commandLine(), r.threads(), r.start(), r.end(), r.summary(), r.levels(),
        r.verdicts(), r.baseline(), r.economics(), r.floorMap(), SweepAxis.of(points("", "driveUnits.count", "5", "10", "40")));
    Charts.Spec throughput = Charts.ALL.stream().filter(c -> c.name().equals("throughput")).findFirst().orElseThrow();
    assertTrue(throughput.build().apply(sweep).orElseThrow().getPlot() instanceof CombinedDomainXYPlot);
    assertFalse(throughput.build().apply(r).orElseThrow().getPlot() instanceof CombinedDomainXYPlot, "no sweep: bars by level");
  }

  @Test
  void aSweepOfALadderDrawsOneLinePerLevelOfTheLadder() {
    Map<String, SweepPoint> p = points("manual", "orders.rate", "300/h", "600/h");
    p.putAll(points("arms", "orders.rate", "300/h", "600/h"));
    SweepAxis axis = SweepAxis.of(p);
    assertEquals("orders.rate (/h)", axis.title());
    assertEquals(List.of("manual", "arms"), axis.series());
    List<MetricSummary> rows = List.of(
        new MetricSummary("manual/orders.rate=300/h", Runs.UPH, 280, 270, 290, 3),
        new MetricSummary("manual/orders.rate=600/h", Runs.UPH, 500, 490, 510, 3),
        new MetricSummary("arms/orders.rate=300/h", Runs.UPH, 299, 295, 303, 3),
        new MetricSummary("arms/orders.rate=600/h", Runs.UPH, 590, 580, 600, 3));
    JFreeChart chart = SweepCharts.throughput(rows, axis).orElseThrow();
    IntervalXYDataset d = (IntervalXYDataset) ((XYPlot) ((CombinedDomainXYPlot) chart.getPlot()).getSubplots().get(0))
        .getDataset();
    assertEquals(2, d.getSeriesCount());
    assertEquals("arms", d.getSeriesKey(1));
    assertEquals(600.0, d.getXValue(1, 1));
    assertEquals(590.0, d.getYValue(1, 1));
    assertTrue(chart.getLegend() != null, "two lines need a legend");
    assertEquals(2, chart.getPlot().getLegendItems().getItemCount(), "each line once, not once per panel");
  }

  @Test
  void utilizationOfASweepIsOneBandedLinePerGroupOnTheSameAxis() {
    SweepAxis axis = SweepAxis.of(points("", "pickStations.count", "2", "4"));
    List<MetricSummary> rows = List.of(
        new MetricSummary("pickStations.count=2", Runs.PICK_UTIL, 0.9, 0.85, 0.95, 3),
        new MetricSummary("pickStations.count=4", Runs.PICK_UTIL, 0.5, 0.45, 0.55, 3));
    JFreeChart chart = SweepCharts.utilization(rows, axis).orElseThrow();
    XYPlot plot = chart.getXYPlot();
    assertEquals("pickStations.count", plot.getDomainAxis().getLabel());
    IntervalXYDataset d = (IntervalXYDataset) plot.getDataset();
    assertEquals("pick stations", d.getSeriesKey(0));
    assertEquals(4.0, d.getXValue(0, 1));
    assertEquals(0.45, d.getStartYValue(0, 1));
  }

  @Test
  void durationsAreSecondsAndLevelsThatAreNoNumericSweepHaveNoAxis() {
    SweepAxis durations = SweepAxis.of(points("", "pickTime.mean", "10s", "2min"));
    assertEquals("pickTime.mean (s)", durations.title());
    assertEquals(120.0, durations.points().get("pickTime.mean=2min").x());

    Map<String, SweepPoint> ladder = new LinkedHashMap<>();
    ladder.put("manual", null);
    ladder.put("arms", null);
    assertNull(SweepAxis.of(ladder), "named levels stay categories");
    assertNull(SweepAxis.of(points("", "policy", "nearest", "random")), "values that are no numbers");
    assertNull(SweepAxis.of(points("", "driveUnits.count", "5")), "one value draws no line");
    Map<String, SweepPoint> mixed = points("", "pickTime.mean", "10s");
    mixed.putAll(points("", "pickTime.mean", "12"));
    assertNull(SweepAxis.of(mixed), "seconds and plain numbers on one axis");
    assertFalse(SweepAxis.of(points("", "k", "1", "2")).title().contains("("), "a plain number has no unit");
  }
}
