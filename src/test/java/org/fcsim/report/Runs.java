package org.fcsim.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fcsim.stats.LevelResults;
import org.fcsim.stats.Metric;
import org.fcsim.stats.MetricSummary;
import org.fcsim.stats.ReplicationResult;
import org.fcsim.stats.Summaries;

/** Test fixtures: small finished runs. */
final class Runs {
  static final Instant START = Instant.parse("2024-03-05T06:07:08.900Z");
  static final Instant END = Instant.parse("2024-03-05T06:09:10.150Z");
  static final String RUN_ID = "20240305-060708";
  static final Metric UPH = new Metric("unitsPerHour", "units/h");
  static final Metric PICK_UTIL = new Metric("utilization.pickStations", "fraction");
  static final Metric ARM_UTIL = new Metric("utilization.arms", "fraction");
  static final Metric CYCLE = new Metric("cycleTimeSec", "s");

  private Runs() {}

  static List<MetricSummary> summary() {
    return List.of(
        new MetricSummary("manual", UPH, 812.3456789012345, 790.1, 834.6, 10),
        new MetricSummary("goodsToPerson", UPH, 1450.25, 1401.5, 1499.0, 10),
        new MetricSummary("arms", UPH, 1700.0, Double.NaN, Double.NaN, 1),
        new MetricSummary("manual", PICK_UTIL, 0.8125, 0.8, 0.825, 10),
        new MetricSummary("goodsToPerson", PICK_UTIL, 0.91, 0.88, 0.94, 10),
        new MetricSummary("arms", ARM_UTIL, 0.6, Double.NaN, Double.NaN, 1),
        new MetricSummary("manual", CYCLE, 1.0E-7, -2.5E-8, 2.25E-7, 10));
  }

  static RunRecord run(String name, List<MetricSummary> summary) {
    return new RunRecord(name, Path.of("scenarios", "demo.yaml"),
        "name: demo\nseed: 42\n".getBytes(StandardCharsets.UTF_8),
        "name: demo\nseed: 42\nlevels: []\n", 42L, "0.1.0",
        List.of("fcsim", "run", "scenarios/demo.yaml", "--threads", "2"), 2, START, END, summary);
  }

  static RunRecord run() {
    return run("demo", summary());
  }

  /** The resolved scenario of {@link #ladder}: 1 h horizon, 20 min warm-up, two levels. */
  static final String LADDER_YAML = "name: ladder\nhorizon: 1h\nwarmup: 20min\nreplications: 3\nseed: 7\n"
      + "levels:\n  manual: {}\n  high-automation:\n    pickStations.armShare: 1\n";
  static final List<String> LADDER_LEVELS = List.of("manual", "high-automation");
  static final double SERIES_INTERVAL_SEC = 600;
  static final int REPLICATIONS = 3;

  /**
   * A two-level order-floor run with everything a report shows: throughput, task ledger,
   * human hours and shares, utilization, order cycle quantiles, people per shift by role, and
   * three series per replication (6 points of 10 min). Replication r adds r to a few values so
   * intervals are not empty.
   */
  static RunRecord ladder(String scenarioYaml) {
    List<LevelResults> levels = new ArrayList<>();
    List<MetricSummary> summary = new ArrayList<>();
    for (String level : LADDER_LEVELS) {
      List<ReplicationResult> reps = new ArrayList<>();
      for (int r = 0; r < REPLICATIONS; r++) {
        Map<Metric, Double> v = level.equals("manual") ? manualValues(r) : highAutomationValues(r);
        Map<Metric, double[]> series = new LinkedHashMap<>();
        double scale = level.equals("manual") ? 1 : 2;
        series.put(UPH, new double[] {0, 60 * scale + r, 100 * scale, 100 * scale, 100 * scale, 100 * scale});
        series.put(new Metric("unitsInProgress", "units"), new double[] {5, 10 + r, 12, 12, 11, 10});
        series.put(new Metric("podsQueued.pickStations", "pods"), new double[] {0, 1, 2 + r, 2, 2, 1});
        reps.add(new ReplicationResult(r, v, series, SERIES_INTERVAL_SEC));
      }
      levels.add(new LevelResults(level, reps));
      summary.addAll(Summaries.of(level, reps));
    }
    return new RunRecord("ladder", Path.of("scenarios", "ladder.yaml"), scenarioYaml.getBytes(StandardCharsets.UTF_8),
        scenarioYaml, 7L, "0.1.0", List.of("fcsim", "run", "scenarios/ladder.yaml"), 2, START, END, summary, levels);
  }

  static RunRecord ladder() {
    return ladder(LADDER_YAML);
  }

  private static Map<Metric, Double> manualValues(int r) {
    Map<Metric, Double> v = new LinkedHashMap<>();
    put(v, "unitsPerHour", "units/h", 100 + r);
    put(v, "ordersPerHour", "orders/h", 50 + r);
    cycle(v, 1, r);
    put(v, "taskCount.pick.picker", "tasks", 100 + r);
    put(v, "taskHours.pick.picker", "h", 5 + 0.1 * r);
    put(v, "taskCount.sort.sorter", "tasks", 50);
    put(v, "taskHours.sort.sorter", "h", 2);
    put(v, "taskCount.graspFailure.picker", "tasks", 0);
    put(v, "taskHours.graspFailure.picker", "h", 0);
    put(v, "humanShare.pick", "fraction", 1);
    put(v, "humanShare.sort", "fraction", 1);
    put(v, "humanShare.graspFailure", "fraction", 0);
    put(v, "humanTaskHours.total", "h", 7 + 0.1 * r);
    put(v, "humanTaskHours.picking", "h", 5 + 0.1 * r);
    put(v, "humanTaskHours.transport", "h", 0);
    put(v, "humanTaskHours.sorting", "h", 2);
    put(v, "humanTaskHours.exceptions", "h", 0);
    put(v, "humanTaskHours.robotCare", "h", 0);
    put(v, "onShiftHours.picker", "h", 8);
    put(v, "utilization.picker", "fraction", 0.8 + 0.01 * r);
    put(v, "onShiftHours.roboticsTech", "h", 0);
    put(v, "utilization.roboticsTech", "fraction", 0);
    costs(v, 0.30 + 0.01 * r, 0.02, 0);
    put(v, "headcount.picker", "people per shift", 8);
    put(v, "headcount.sorter", "people per shift", 4);
    return v;
  }

  /** Cost per unit with its parts (USD/unit): picker labour, capital and training. */
  private static void costs(Map<Metric, Double> v, double labour, double capital, double training) {
    put(v, "costPerUnit", "USD/unit", labour + capital + training);
    put(v, "costPerUnit.labour.picker", "USD/unit", labour);
    put(v, "costPerUnit.capital", "USD/unit", capital);
    put(v, "costPerUnit.maintenance", "USD/unit", 0);
    put(v, "costPerUnit.energy", "USD/unit", 0);
    put(v, "costPerUnit.training", "USD/unit", training);
  }

  private static Map<Metric, Double> highAutomationValues(int r) {
    Map<Metric, Double> v = new LinkedHashMap<>();
    put(v, "unitsPerHour", "units/h", 150 + r);
    put(v, "ordersPerHour", "orders/h", 75 + r);
    cycle(v, 2, r);
    put(v, "taskCount.pick.picker", "tasks", 0);
    put(v, "taskHours.pick.picker", "h", 0);
    put(v, "taskCount.pick.pickArm", "tasks", 150 + r);
    put(v, "taskHours.pick.pickArm", "h", 3);
    put(v, "taskCount.sort.sorter", "tasks", 10);
    put(v, "taskHours.sort.sorter", "h", 0.5);
    put(v, "taskCount.sort.sortArm", "tasks", 40);
    put(v, "taskHours.sort.sortArm", "h", 1);
    put(v, "taskCount.graspFailure.picker", "tasks", 5);
    put(v, "taskHours.graspFailure.picker", "h", 0.5);
    put(v, "taskCount.repair.roboticsTech", "tasks", 2);
    put(v, "taskHours.repair.roboticsTech", "h", 1);
    put(v, "humanShare.pick", "fraction", 0);
    put(v, "humanShare.sort", "fraction", 0.2);
    put(v, "humanShare.graspFailure", "fraction", 1);
    put(v, "humanShare.repair", "fraction", 1);
    put(v, "humanTaskHours.total", "h", 2 + 0.1 * r);
    put(v, "humanTaskHours.picking", "h", 0);
    put(v, "humanTaskHours.transport", "h", 0);
    put(v, "humanTaskHours.sorting", "h", 0.5);
    put(v, "humanTaskHours.exceptions", "h", 0.5 + 0.1 * r);
    put(v, "humanTaskHours.robotCare", "h", 1);
    put(v, "onShiftHours.picker", "h", 2);
    put(v, "utilization.picker", "fraction", 0.3);
    put(v, "onShiftHours.roboticsTech", "h", 2);
    put(v, "utilization.roboticsTech", "fraction", 0.5 + 0.01 * r);
    put(v, "utilization.pickArms", "fraction", 0.6);
    put(v, "headcount.picker", "people per shift", 2);
    put(v, "headcount.sorter", "people per shift", 4);
    put(v, "headcount.roboticsTech", "people per shift", 1);
    put(v, "availability.pickArms", "fraction", 0.95);
    costs(v, 0.10 + 0.01 * r, 0.25, 0.01);
    return v;
  }

  /** Order cycle statistics in seconds: mean 10 min × factor, p50 8, p90 15, p95 20, p99 30 min × factor. */
  private static void cycle(Map<Metric, Double> v, double factor, int r) {
    put(v, "orderCycleSec.mean", "s", 600 * factor + r);
    put(v, "orderCycleSec.p50", "s", 480 * factor + r);
    put(v, "orderCycleSec.p90", "s", 900 * factor + r);
    put(v, "orderCycleSec.p95", "s", 1200 * factor + r);
    put(v, "orderCycleSec.p99", "s", 1800 * factor + r);
  }

  private static void put(Map<Metric, Double> v, String name, String unit, double value) {
    v.put(new Metric(name, unit), value);
  }
}
