package org.fcsim.report;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;

/**
 * Every chart a run folder holds, in the order the HTML report shows them. Each entry names
 * its files ({@code <name>.png}, {@code <name>.svg}), says in a sentence what it shows, and
 * builds the chart from the run, or returns empty when the run lacks its data.
 */
final class Charts {
  /**
   * One chart: file name stem, caption for the report, size in pixels, and its builder.
   */
  record Spec(String name, String caption, int width, int height, Function<RunRecord, Optional<JFreeChart>> build) {}

  static final int WIDTH = 1000;
  static final int HEIGHT = 600;

  static final List<Spec> ALL = List.of(
      new Spec(RolesChart.NAME, RolesChart.CAPTION, WIDTH, HEIGHT,
          run -> RolesChart.build(TransitionCsv.crews(run), "people per shift as the scenario staffs each level")),
      new Spec("throughput", "Throughput per level (units/h, and orders/h or pod visits/h), with 95% CIs; for a numeric sweep, "
          + "against the swept value with shaded 95% bands.",
          WIDTH, HEIGHT, run -> run.sweep() == null ? SummaryCharts.throughput(run.summary())
          : SweepCharts.throughput(run.summary(), run.sweep())),
      new Spec("human-hours-by-task", "Associate work hours by task category per level: which tasks shift to people.",
          WIDTH, HEIGHT, run -> TaskCharts.humanHours(run.summary())),
      new Spec("human-vs-robot-share", "Share of each task type done by people vs robots, per level.",
          WIDTH, 650, run -> TaskCharts.humanShare(run.summary())),
      new Spec("utilization", "Utilization by agent group per level, with 95% CIs; for a numeric sweep, against the swept value with "
          + "shaded 95% bands.",
          WIDTH, HEIGHT, run -> run.sweep() == null ? SummaryCharts.utilization(run.summary())
          : SweepCharts.utilization(run.summary(), run.sweep())),
      new Spec("over-time", "Throughput and queue lengths over simulated time, mean over replications per level.",
          WIDTH, 900, OverTimeChart::build),
      new Spec(CostChart.NAME, "Cost per unit shipped per level, by part (labour by role, capital, maintenance, energy, "
          + "reskilling), with the total's 95% CI.", WIDTH, HEIGHT, run -> CostChart.build(run.summary())),
      new Spec("order-cycle-time", "Order cycle time distribution per level: median, p90, p95, p99 and mean (minutes).",
          WIDTH, HEIGHT, run -> CycleTimeChart.build(run.summary())));

  private Charts() {}
}
