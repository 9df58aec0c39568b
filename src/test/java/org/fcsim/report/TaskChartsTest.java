package org.fcsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fcsim.stats.MetricSummary;
import org.fcsim.task.TaskType;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

class TaskChartsTest {
  private static final List<MetricSummary> SUMMARY = Runs.ladder().summary();

  @SuppressWarnings("unchecked")
  private static List<CategoryPlot> panels(JFreeChart chart) {
    return ((CombinedDomainCategoryPlot) chart.getPlot()).getSubplots();
  }

  @Test
  void humanHoursStacksTheCategoriesThatOccurPerLevelWithTheTotalAbove() {
    CategoryPlot plot = TaskCharts.humanHours(SUMMARY).orElseThrow().getCategoryPlot();
    CategoryDataset d = plot.getDataset();

    assertEquals(List.of("picking", "sorting", "exceptions", "robot care"), d.getRowKeys(),
        "transport is zero everywhere and left out; category order kept");
    assertEquals(Runs.LADDER_LEVELS, d.getColumnKeys());
    assertEquals(5.1, d.getValue("picking", "manual").doubleValue(), 1e-9);
    assertEquals(1.0, d.getValue("robot care", "high-automation").doubleValue(), 1e-9);
    assertEquals("associate work hours (h)", plot.getRangeAxis().getLabel());
    assertEquals(2, plot.getAnnotations().size());
    CategoryTextAnnotation manual = (CategoryTextAnnotation) plot.getAnnotations().get(0);
    assertTrue(manual.getText().startsWith("7 ± "), manual.getText());
  }

  @Test
  void humanShareHasOnePanelPerLevelAndLeavesOutTasksThatDoNotOccur() {
    JFreeChart chart = TaskCharts.humanShare(SUMMARY).orElseThrow();
    List<CategoryPlot> p = panels(chart);

    assertEquals(2, p.size());
    assertEquals("manual", p.get(0).getRangeAxis().getLabel());
    CategoryDataset manual = p.get(0).getDataset();
    CategoryDataset high = p.get(1).getDataset();
    assertEquals(List.of("pick", "sort", "grasp failure", "repair"), manual.getColumnKeys(), "task type order");
    assertEquals(List.of(TaskCharts.PEOPLE, TaskCharts.ROBOTS), manual.getRowKeys());
    assertEquals(1.0, manual.getValue(TaskCharts.PEOPLE, "pick").doubleValue());
    assertNull(manual.getValue(TaskCharts.PEOPLE, "grasp failure"), "no grasp failures without arms");
    assertNull(manual.getValue(TaskCharts.PEOPLE, "repair"), "no share metric at this level");
    assertEquals(0.2, high.getValue(TaskCharts.PEOPLE, "sort").doubleValue(), 1e-12);
    assertEquals(0.8, high.getValue(TaskCharts.ROBOTS, "sort").doubleValue(), 1e-12);
    assertEquals(0.0, high.getValue(TaskCharts.PEOPLE, "pick").doubleValue());
  }

  /**
   * A repair in 1 of 5 replications, by a technician: the per-replication share averages to 0.2,
   * but every repair there was by people, so the bar is all people. Sorting shared 30 to 90 between
   * people and arms over the replications reads 0.25, the ratio of the mean counts.
   */
  @Test
  void theShareIsOfTheTasksDoneNotAnAverageOverReplicationsWithoutAny() {
    List<MetricSummary> rows = List.of(
        row("humanShare.repair", 0.2), row("taskCount.repair.roboticsTech", 0.2),
        row("humanShare.sort", 0.4), row("taskCount.sort.sorter", 30), row("taskCount.sort.sortArm", 90));
    CategoryDataset d = panels(TaskCharts.humanShare(rows).orElseThrow()).get(0).getDataset();
    assertEquals(1.0, d.getValue(TaskCharts.PEOPLE, "repair").doubleValue(), 1e-12);
    assertEquals(0.0, d.getValue(TaskCharts.ROBOTS, "repair").doubleValue(), 1e-12);
    assertEquals(0.25, d.getValue(TaskCharts.PEOPLE, "sort").doubleValue(), 1e-12);
  }

  private static MetricSummary row(String metric, double mean) {
    return new MetricSummary("robotic-sort", new org.fcsim.stats.Metric(metric, metric.startsWith("taskCount") ? "tasks"
        : "fraction"), mean, mean, mean, 5);
  }

  @Test
  void aTaskCategoryHasOneColourInEveryChart() {
    CategoryPlot hours = TaskCharts.humanHours(SUMMARY).orElseThrow().getCategoryPlot();
    int exceptions = hours.getDataset().getRowIndex("exceptions");
    Color inHours = (Color) hours.getRenderer().getSeriesPaint(exceptions);

    CategoryPlot share = panels(TaskCharts.humanShare(SUMMARY).orElseThrow()).get(1);
    int graspFailure = share.getDataset().getColumnIndex("grasp failure");
    int sort = share.getDataset().getColumnIndex("sort");

    assertEquals(TaskPalette.of("exceptions"), inHours);
    assertEquals(inHours, share.getRenderer().getItemPaint(0, graspFailure), "people's part, in the category colour");
    assertEquals(TaskPalette.ROBOTS, share.getRenderer().getItemPaint(1, graspFailure), "robots' part, grey");
    assertEquals(hours.getRenderer().getSeriesPaint(hours.getDataset().getRowIndex("sorting")),
        share.getRenderer().getItemPaint(0, sort));
  }

  @Test
  void theLegendNamesOnlyCategoriesPeopleWorkIn() {
    List<String> labels = new ArrayList<>();
    LegendItemCollection items = TaskCharts.humanShare(SUMMARY).orElseThrow().getPlot().getLegendItems();
    for (int i = 0; i < items.getItemCount(); i++) {
      labels.add(items.get(i).getLabel());
    }
    assertEquals(List.of("people: picking", "people: sorting", "people: exceptions", "people: robot care", "robots"),
        labels);
  }

  @Test
  void paletteColoursEveryCategoryDistinctlyAndTaskTypesLikeTheirCategory() {
    Set<Color> colours = new HashSet<>();
    for (TaskType.Category c : TaskType.Category.values()) {
      colours.add(TaskPalette.of(c.key()));
    }
    assertEquals(TaskType.Category.values().length, colours.size());
    assertTrue(!colours.contains(TaskPalette.ROBOTS) && !colours.contains(TaskPalette.OTHER));
    for (TaskType t : TaskType.values()) {
      assertEquals(TaskPalette.of(t.category().key()), TaskPalette.of(t.key()), t.key());
    }
    assertEquals(TaskPalette.OTHER, TaskPalette.of("somethingNew"));
    assertNotEquals(LevelPalette.of(0, 5), LevelPalette.of(4, 5));
  }

  @Test
  void noTaskMetricsMeansNoTaskCharts() {
    assertTrue(TaskCharts.humanHours(Runs.summary()).isEmpty());
    assertTrue(TaskCharts.humanShare(Runs.summary()).isEmpty());
    assertTrue(TaskCharts.humanHours(List.of()).isEmpty());
  }
}
