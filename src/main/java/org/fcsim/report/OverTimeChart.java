package org.fcsim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import org.fcsim.stats.LevelResults;
import org.fcsim.stats.Metric;
import org.fcsim.stats.ReplicationResult;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Throughput and queues over simulated time within a run: one panel per time series the
 * replications recorded, stacked on one time axis in hours, throughput (rates, unit ending in
 * "/h") first. In each panel one line per level, the mean over that level's replications of
 * the series, plotted at the end of each sampling interval. Each panel has its own unit on its
 * axis, because queues of units, tasks and pods differ by orders of magnitude. The warm-up is
 * shaded and its end marked. Empty when no replication has a series.
 */
final class OverTimeChart {
  /** Panel titles for the series the floor models record; others get their name in words. */
  private static final Map<String, String> TITLES = Map.of(
      "unitsPerHour", "throughput: units shipped",
      "ordersPerHour", "throughput: orders shipped",
      "podVisitsPerHour", "throughput: pod visits at pick stations",
      "unitsInProgress", "units in progress (ordered, not yet shipped)",
      "tasksWaitingForPeople", "tasks waiting for a free associate",
      "podsWithOpenLines.inStorage", "pods with open lines waiting in storage",
      "podsQueued.pickStations", "pods queued at pick stations");
  private static final Color WARMUP = new Color(0xEEEEEE);

  private OverTimeChart() {}

  static Optional<JFreeChart> build(RunRecord run) {
    List<LevelResults> levels = run.levels().stream()
        .filter(l -> l.replications().stream().anyMatch(r -> !r.series().isEmpty() && r.seriesIntervalSec() > 0))
        .toList();
    Map<String, Metric> metrics = new LinkedHashMap<>();
    for (LevelResults l : levels) {
      for (ReplicationResult r : l.replications()) {
        r.series().keySet().forEach(m -> metrics.putIfAbsent(m.name(), m));
      }
    }
    if (metrics.isEmpty()) {
      return Optional.empty();
    }
    List<Metric> ordered = new ArrayList<>();
    metrics.values().stream().filter(OverTimeChart::isRate).forEach(ordered::add);
    metrics.values().stream().filter(m -> !isRate(m)).forEach(ordered::add);

    ScenarioYaml scenario = new ScenarioYaml(run.resolvedScenarioYaml());
    Set<Double> warmups = new TreeSet<>();
    for (LevelResults l : levels) {
      OptionalDouble w = scenario.warmupSec(l.level());
      if (w.isPresent() && w.getAsDouble() > 0) {
        warmups.add(w.getAsDouble() / 3600);
      }
    }
    NumberAxis time = ChartStyle.axis(new NumberAxis("simulated time (h)"));
    time.setAutoRangeIncludesZero(true);
    CombinedDomainXYPlot plot = new CombinedDomainXYPlot(time);
    plot.setGap(12);
    double intervalSec = 0;
    boolean first = true;
    for (Metric metric : ordered) {
      XYSeriesCollection data = new XYSeriesCollection();
      XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
      lines.setDrawSeriesLineAsPath(true);
      for (int i = 0; i < levels.size(); i++) {
        LevelResults level = levels.get(i);
        double[] mean = meanSeries(level, metric);
        if (mean.length == 0) {
          continue;
        }
        double dt = level.replications().get(0).seriesIntervalSec();
        intervalSec = Math.max(intervalSec, dt);
        XYSeries s = new XYSeries(level.level(), false, false);
        for (int k = 0; k < mean.length; k++) {
          s.add((k + 1) * dt / 3600, mean[k]);
        }
        lines.setSeriesPaint(data.getSeriesCount(), LevelPalette.of(i, levels.size()));
        lines.setSeriesStroke(data.getSeriesCount(), ChartStyle.LINE);
        data.addSeries(s);
      }
      if (data.getSeriesCount() == 0) {
        continue;
      }
      NumberAxis values = ChartStyle.valueAxis(metric.unit());
      values.setLabelFont(ChartStyle.SMALL);
      values.setTickLabelFont(ChartStyle.SMALL);
      values.setUpperMargin(0.25);
      XYPlot panel = new XYPlot(data, null, values, lines);
      ChartStyle.style(panel);
      TextTitle title = new TextTitle(TITLES.getOrDefault(metric.name(), ChartStyle.words(metric.name()))
          + " (" + metric.unit() + ")", ChartStyle.SMALL);
      title.setPaint(ChartStyle.TEXT);
      title.setBackgroundPaint(new Color(255, 255, 255, 210));
      title.setPadding(new RectangleInsets(1, 4, 1, 4));
      panel.addAnnotation(new XYTitleAnnotation(0.005, 0.995, title, RectangleAnchor.TOP_LEFT));
      for (double w : warmups) {
        panel.addDomainMarker(new IntervalMarker(0, w, WARMUP), Layer.BACKGROUND);
        ValueMarker end = new ValueMarker(w, Color.DARK_GRAY,
            new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {5f, 4f}, 0f));
        if (first) {
          end.setLabel("warm-up ends");
          end.setLabelFont(ChartStyle.SMALL);
          end.setLabelPaint(ChartStyle.TEXT);
          end.setLabelBackgroundColor(new Color(255, 255, 255, 0));
          end.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
          end.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
          end.setLabelOffset(new RectangleInsets(2, 4, 4, 4));
        }
        panel.addDomainMarker(end, Layer.FOREGROUND);
      }
      plot.add(panel, isRate(metric) ? 3 : 2);
      first = false;
    }
    if (plot.getSubplots().isEmpty()) {
      return Optional.empty();
    }
    LegendItemCollection key = new LegendItemCollection();
    for (int i = 0; i < levels.size(); i++) {
      LegendItem item = new LegendItem(levels.get(i).level(), LevelPalette.of(i, levels.size()));
      item.setLabelFont(ChartStyle.TICK);
      key.add(item);
    }
    plot.setFixedLegendItems(key);
    String note = "mean over each level's replications; each point covers the preceding "
        + minutes(intervalSec) + " (rates per hour over it, queues at its end)"
        + (warmups.isEmpty() ? "" : "; shaded: warm-up, excluded from the statistics");
    return Optional.of(ChartStyle.chart("Throughput and queues over time", note, plot, true));
  }

  /**
   * The element-wise mean over the level's replications of {@code metric}'s series, as long as
   * the shortest series; empty when no replication recorded it.
   */
  static double[] meanSeries(LevelResults level, Metric metric) {
    List<double[]> all = new ArrayList<>();
    for (ReplicationResult r : level.replications()) {
      double[] s = r.series().get(metric);
      if (s != null) {
        all.add(s);
      }
    }
    if (all.isEmpty()) {
      return new double[0];
    }
    int n = all.stream().mapToInt(a -> a.length).min().orElse(0);
    double[] mean = new double[n];
    for (double[] s : all) {
      for (int k = 0; k < n; k++) {
        mean[k] += s[k] / all.size();
      }
    }
    return mean;
  }

  private static boolean isRate(Metric m) {
    return m.unit().endsWith("/h");
  }

  private static String minutes(double sec) {
    double min = sec / 60;
    return (min == Math.rint(min) ? Long.toString(Math.round(min)) : String.format(java.util.Locale.ROOT, "%.1f", min))
        + " min";
  }
}
