package org.fcsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fcsim.task.Role;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The diverging chart of roles gained and lost: its numbers, its look, and the files of a run and a staffing study. */
class RolesChartTest {
  @TempDir
  Path dir;

  /** manual 40 pickers and 20 packers; stations 10 pickers, 20 packers; robots 4 pickers, 20 packers, 5 technicians. */
  private static AgainstBaseline crews(String baseline) {
    Map<String, Map<String, Double>> crews = new LinkedHashMap<>();
    crews.put("manual", new LinkedHashMap<>(Map.of("picker", 40.0)));
    crews.get("manual").put("packer", 20.0);
    crews.put("stations", new LinkedHashMap<>(Map.of("picker", 10.0)));
    crews.get("stations").put("packer", 20.0);
    crews.put("robots", new LinkedHashMap<>(Map.of("picker", 4.0)));
    crews.get("robots").put("packer", 20.0);
    crews.get("robots").put("roboticsTech", 5.0);
    return new AgainstBaseline(crews, baseline);
  }

  @Test
  void oneBarPerChangedRoleAndLevelButTheBaselineGainedPositiveLostNegative() {
    CategoryDataset data = RolesChart.changes(crews("stations"));
    assertEquals(List.of("manual", "robots"), data.getColumnKeys(), "the baseline has no row; levels in order");
    assertEquals(List.of("picker", "roboticsTech"), data.getRowKeys(), "packers never change");
    assertEquals(30.0, data.getValue("picker", "manual").doubleValue());
    assertEquals(-6.0, data.getValue("picker", "robots").doubleValue());
    assertEquals(0.0, data.getValue("roboticsTech", "manual").doubleValue());
    assertEquals(5.0, data.getValue("roboticsTech", "robots").doubleValue());

    CategoryDataset fromManual = RolesChart.changes(crews("manual"));
    assertEquals(List.of("stations", "robots"), fromManual.getColumnKeys());
    assertEquals(-36.0, fromManual.getValue("picker", "robots").doubleValue());
  }

  @Test
  void horizontalWithTheZeroLineAndEachRoleInItsOwnColour() {
    JFreeChart chart = RolesChart.build(crews("stations"), null).orElseThrow();
    CategoryPlot plot = chart.getCategoryPlot();
    assertEquals(PlotOrientation.HORIZONTAL, plot.getOrientation());
    assertTrue(plot.isRangeZeroBaselineVisible());
    assertTrue(plot.getRangeAxis().getRange().contains(-6) && plot.getRangeAxis().getRange().contains(30),
        plot.getRangeAxis().getRange().toString());
    assertEquals(RolePalette.of("picker"), plot.getRenderer().getSeriesPaint(0));
    assertEquals(RolePalette.of("roboticsTech"), plot.getRenderer().getSeriesPaint(1));
    assertNotEquals(RolePalette.of("picker"), RolePalette.of("roboticsTech"));
    assertEquals(TaskPalette.of("picking"), RolePalette.of(Role.PICKER.key()), "a picker is the blue of picking");
  }

  @Test
  void onlyWithAtLeastTwoLevelsWithPeople() {
    Map<String, Map<String, Double>> one = new LinkedHashMap<>();
    one.put("closed", new LinkedHashMap<>());
    one.put("staffed", new LinkedHashMap<>(Map.of("picker", 3.0)));
    assertTrue(RolesChart.build(new AgainstBaseline(one, "closed"), null).isEmpty());
    one.put("more", new LinkedHashMap<>(Map.of("picker", 5.0)));
    assertTrue(RolesChart.build(new AgainstBaseline(one, "closed"), null).isPresent());
  }

  @Test
  void aRunFolderHoldsTheChartAndItsReportShowsItInTheRolesSection() throws Exception {
    Path folder = ResultsFolder.write(dir, TransitionCsvTest.run("middle"));
    assertTrue(Files.size(folder.resolve("roles.png")) > 0);
    assertTrue(Files.readString(folder.resolve("roles.svg")).contains("against middle"));
    String html = Files.readString(folder.resolve("report.html"));
    String section = html.substring(html.indexOf("<section id=\"transition\">"), html.indexOf("</section>",
        html.indexOf("<section id=\"transition\">")));
    assertTrue(section.contains("<figure id=\"chart-roles\">"), section);
  }

  @Test
  void aStaffingFolderHoldsTheChartAndShowsItNextToTheRolesTable() throws Exception {
    List<StaffingFolder.Row> rows = List.of(new StaffingFolder.Row("slow", "picker", 3, 0.8, "utilization"),
        new StaffingFolder.Row("slow", "packer", 9, 0.8, ""), new StaffingFolder.Row("fast", "picker", 2, 0.7, ""),
        new StaffingFolder.Row("fast", "packer", 9, 0.8, ""));
    Instant start = Instant.parse("2024-03-05T06:07:08Z");
    Path folder = StaffingFolder.write(dir, new StaffingFolder.Study("crew", Path.of("crew.yaml"), "name: crew\n", 1, "0.1.0",
        List.of("fcsim", "staff", "crew.yaml"), start, start.plusSeconds(1), rows, "fast", List.of("solved"), List.of(), List.of(), null));
    assertTrue(Files.size(folder.resolve("roles.png")) > 0);
    assertTrue(Files.readString(folder.resolve("manifest.json")).contains("\"roles.svg\""));
    String html = Files.readString(folder.resolve("report.html"));
    assertTrue(html.contains("<th>fast (baseline)</th>"), html);
    int table = html.indexOf("<section id=\"transition\">");
    assertTrue(table > 0 && html.indexOf("Roles gained and lost against fast", table) > table, "the chart follows the table");
    assertEquals(List.of("level,what,name,value,baseline,change,status", "slow,people per shift,picker,3,2,1,grows"),
        Files.readAllLines(folder.resolve("transition.csv")).subList(0, 2));
  }
}
