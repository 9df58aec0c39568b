package org.fcsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.fcsim.stats.LevelResults;
import org.fcsim.stats.ReplicationResult;
import org.fcsim.stats.Metric;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

class OverTimeChartTest {
  @SuppressWarnings("unchecked")
  private static List<XYPlot> panels(JFreeChart chart) {
    return ((CombinedDomainXYPlot) chart.getPlot()).getSubplots();
  }

  @Test
  void onePanelPerSeriesWithThroughputFirstAndOneLinePerLevel() {
    JFreeChart chart = OverTimeChart.build(Runs.ladder()).orElseThrow();
    List<XYPlot> p = panels(chart);

    assertEquals(3, p.size());
    assertEquals(List.of("units/h", "units", "pods"), p.stream().map(x -> x.getRangeAxis().getLabel()).toList());
    assertEquals("simulated time (h)", ((CombinedDomainXYPlot) chart.getPlot()).getDomainAxis().getLabel());
    XYDataset throughput = p.get(0).getDataset();
    assertEquals(2, throughput.getSeriesCount());
    assertEquals("manual", throughput.getSeriesKey(0));
    assertEquals(LevelPalette.of(1, 2), p.get(0).getRenderer().getSeriesPaint(1));
  }

  @Test
  void linesAreTheMeanOverReplicationsAtEachIntervalEnd() {
    XYDataset throughput = panels(OverTimeChart.build(Runs.ladder()).orElseThrow()).get(0).getDataset();

    assertEquals(6, throughput.getItemCount(0));
    assertEquals(1.0 / 6, throughput.getXValue(0, 0), 1e-12, "first point at the end of the first 10 min");
    assertEquals(1.0, throughput.getXValue(0, 5), 1e-12);
    assertEquals(61.0, throughput.getYValue(0, 1), 1e-12, "mean of 60, 61, 62");
    assertEquals(200.0, throughput.getYValue(1, 2), 1e-12);
  }

  @Test
  void theWarmUpEndIsMarkedInEveryPanel() {
    for (XYPlot panel : panels(OverTimeChart.build(Runs.ladder()).orElseThrow())) {
      List<Object> markers = new ArrayList<>();
      for (Object m : panel.getDomainMarkers(Layer.FOREGROUND)) {
        markers.add(m);
      }
      assertEquals(1, markers.size());
      assertEquals(20.0 / 60, ((ValueMarker) markers.get(0)).getValue(), 1e-12);
    }
    JFreeChart noWarmup = OverTimeChart.build(Runs.ladder("name: ladder\nwarmup: 0s\n")).orElseThrow();
    assertTrue(panels(noWarmup).get(0).getDomainMarkers(Layer.FOREGROUND) == null
        || panels(noWarmup).get(0).getDomainMarkers(Layer.FOREGROUND).isEmpty());
  }

  @Test
  void aLevelOverridingTheWarmUpGetsItsOwnMarker() {
    String yaml = Runs.LADDER_YAML.replace("pickStations.armShare: 1", "warmup: 30min");
    List<Double> at = new ArrayList<>();
    for (Object m : panels(OverTimeChart.build(Runs.ladder(yaml)).orElseThrow()).get(0).getDomainMarkers(Layer.FOREGROUND)) {
      at.add(((ValueMarker) m).getValue());
    }
    at.sort(null);
    assertEquals(List.of(20.0 / 60, 0.5), at);
  }

  @Test
  void noSeriesMeansNoChart() {
    assertTrue(OverTimeChart.build(Runs.run()).isEmpty(), "a record without per-replication results");
  }

  @Test
  void meanSeriesStopsAtTheShortestReplication() {
    Metric m = new Metric("x", "pods");
    LevelResults level = new LevelResults("l", List.of(
        new ReplicationResult(0, Map.of(), Map.of(m, new double[] {1, 2, 3}), 60),
        new ReplicationResult(1, Map.of(), Map.of(m, new double[] {3, 4}), 60)));
    assertEquals(List.of(2.0, 3.0), Arrays.stream(OverTimeChart.meanSeries(level, m)).boxed().toList());
  }
}
