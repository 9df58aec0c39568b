package org.fcsim.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.fcsim.stats.Metric;
import org.fcsim.stats.MetricSummary;

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
}
