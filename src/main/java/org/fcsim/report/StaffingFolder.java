package org.fcsim.report;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.fcsim.economics.LevelEconomics;
import org.fcsim.stats.MetricSummary;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Writes a staffing study's folder, {@code <resultsRoot>/<scenario>/staff-<run-id>/}, as a run's
 * folder is written (complete or absent, never overwriting): {@code staffing.csv}, the runnable
 * {@code staffed.yaml}, {@code transition.csv} (the solved crews against the baseline level),
 * {@code staffing.png}/{@code .svg} (headcount by role per level, stacked), {@code roles.png}/{@code .svg}
 * (roles gained and lost against the baseline, when at least two levels have people),
 * {@code equipment.csv} (solved equipment, when asked for), and from the check of every solved
 * level on fresh random numbers {@code reskilling.csv}, {@code payback.csv} and
 * {@code cost-per-unit.png}/{@code .svg} (when the scenario has costs), {@code results.xlsx} (each of
 * those CSV files as a sheet of the same name), {@code report.html} and {@code manifest.json}.
 */
public final class StaffingFolder {
  static final String CSV = "staffing.csv";
  static final String[] HEADER = {"level", "role", "headcount", "utilization_available", "binding_target"};
  static final String EQUIPMENT_CSV = "equipment.csv";
  static final String[] EQUIPMENT_HEADER = {"level", "equipment", "count", "utilization_available", "binding_target"};

  /** One role's solved headcount per shift at one level (or, in {@code equipment.csv}, one kind of equipment's count). */
  public record Row(String level, String role, int headcount, double utilizationAvailable, String bindingTarget) {}

  /**
   * What the study found.
   *
   * @param baseline the level whose solved crew every level's is compared with
   * @param lines    the verdicts, the check on fresh random numbers and the effort, one line each, as printed
   */
  public record Study(String scenarioName, Path scenarioFile, String staffedYaml, long seed, String fcsimVersion,
      List<String> commandLine, Instant start, Instant end, List<Row> rows, String baseline, List<String> lines,
      List<Row> equipment, List<MetricSummary> checked, LevelEconomics economics) {
    /** The solved crews, level → role → people per shift, in the rows' order, against the baseline. */
    AgainstBaseline crews() {
      Map<String, Map<String, Double>> crews = new LinkedHashMap<>();
      rows.forEach(r -> crews.computeIfAbsent(r.level(), k -> new LinkedHashMap<>()).put(r.role(), (double) r.headcount()));
      return new AgainstBaseline(crews, baseline);
    }
  }

  private StaffingFolder() {}

  /** @throws IOException if anything cannot be written; no folder is then left */
  public static Path write(Path resultsRoot, Study study) throws IOException {
    return PublishedFolder.write(resultsRoot, study.scenarioName(), "staff-" + PublishedFolder.timeId(study.start()), dir -> {
      Files.writeString(dir.resolve(CSV), csv(study.rows(), HEADER), StandardCharsets.UTF_8);
      Files.writeString(dir.resolve(TransitionCsv.FILE), TransitionCsv.text(study.crews().byLevel(), Map.of(), study.baseline()),
          StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("staffed.yaml"), study.staffedYaml(), StandardCharsets.UTF_8);
      List<String> files = new ArrayList<>(List.of(CSV, TransitionCsv.FILE, "staffed.yaml", "staffing.png", "staffing.svg"));
      String svg = StudyFiles.chart(dir, "staffing", chart(study.rows()));
      Optional<JFreeChart> roles = RolesChart.build(study.crews(), "solved crews: the fewest people per shift meeting every target");
      String rolesFigure = "";
      if (roles.isPresent()) {
        rolesFigure = StudyFiles.figure(StudyFiles.chart(dir, RolesChart.NAME, roles.get()));
        files.addAll(List.of(RolesChart.NAME + ".png", RolesChart.NAME + ".svg"));
      }
      if (!study.equipment().isEmpty()) {
        Files.writeString(dir.resolve(EQUIPMENT_CSV), csv(study.equipment(), EQUIPMENT_HEADER), StandardCharsets.UTF_8);
        files.add(EQUIPMENT_CSV);
      }
      LevelEconomics e = study.economics();
      if (e != null && e.plans().size() > 1) {
        Files.writeString(dir.resolve(ReskillingCsv.FILE), ReskillingCsv.text(e), StandardCharsets.UTF_8);
        files.add(ReskillingCsv.FILE);
      }
      if (e != null && !e.steps().isEmpty()) {
        Files.writeString(dir.resolve(PaybackCsv.FILE), PaybackCsv.text(e.steps()), StandardCharsets.UTF_8);
        files.add(PaybackCsv.FILE);
      }
      files.addAll(ResultsXlsx.writeTables(dir, List.of(CSV, EQUIPMENT_CSV, TransitionCsv.FILE, ReskillingCsv.FILE,
          PaybackCsv.FILE), study.fcsimVersion()));
      Optional<JFreeChart> cost = CostChart.build(study.checked());
      String costFigure = "";
      if (cost.isPresent()) {
        costFigure = StudyFiles.figure(StudyFiles.chart(dir, CostChart.NAME, cost.get()));
        files.addAll(List.of(CostChart.NAME + ".png", CostChart.NAME + ".svg"));
      }
      StringBuilder economics = new StringBuilder();
      EconomicsSection.reskilling(economics, e);
      EconomicsSection.costs(economics, e, new SummaryLookup(study.checked()), costFigure);
      Files.writeString(dir.resolve("report.html"), html(study, svg, rolesFigure + economics), StandardCharsets.UTF_8);
      files.addAll(List.of("report.html", "manifest.json"));
      StudyFiles.manifest(dir, "staff", study.scenarioName(), study.scenarioFile(), study.seed(), study.fcsimVersion(),
          study.commandLine(), study.start(), study.end(), files);
    });
  }

  static String csv(List<Row> rows, String[] header) throws IOException {
    StringWriter text = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.RFC4180.builder().setHeader(header).setRecordSeparator('\n').build())) {
      for (Row r : rows) {
        csv.printRecord(r.level(), r.role(), Integer.toString(r.headcount()), PlainNumbers.format(r.utilizationAvailable()),
            r.bindingTarget());
      }
    }
    return text.toString();
  }

  /** People per shift by role, stacked, per level. */
  static JFreeChart chart(List<Row> rows) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    rows.forEach(r -> data.addValue(r.headcount(), r.role(), r.level()));
    StackedBarRenderer bars = new StackedBarRenderer();
    bars.setBarPainter(new StandardBarPainter());
    bars.setShadowVisible(false);
    List<String> roles = rows.stream().map(Row::role).distinct().toList();
    for (int i = 0; i < roles.size(); i++) {
      bars.setSeriesPaint(i, RolePalette.of(roles.get(i)));
    }
    CategoryPlot plot = new CategoryPlot(data, new LevelAxis(rows.stream().map(Row::level).distinct().toList(), Charts.WIDTH),
        ChartStyle.valueAxis("people per shift"), bars);
    ChartStyle.style(plot);
    return ChartStyle.chart("Solved crew by automation level", "the fewest people per shift meeting every target, by role",
        plot, true);
  }

  private static String html(Study study, String svg, String rolesFigure) {
    String title = "fcsim staffing: " + study.scenarioName();
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n<title>").append(HtmlReport.escape(title))
        .append("</title>\n<style>body{font-family:sans-serif;max-width:75rem;margin:2rem auto;}table{border-collapse:collapse}"
            + "td,th{padding:.3rem .8rem;border-bottom:1px solid #ddd}svg{max-width:100%;height:auto}</style>\n</head>\n<body>\n<h1>")
        .append(HtmlReport.escape(title)).append("</h1>\n<p>Scenario file <code>")
        .append(HtmlReport.escape(study.scenarioFile().toString())).append("</code> · seed ").append(study.seed())
        .append(" · fcsim ").append(HtmlReport.escape(study.fcsimVersion())).append("</p>\n<p>For every level, the fewest ")
        .append("people per shift of each role that keep up with the demand and meet every target of the scenario, found ")
        .append("by simulation (a workload estimate, then role by role the least headcount that still meets every target, ")
        .append("until nothing changes; common random numbers across candidates). <em>Binding target</em>: what one person ")
        .append("fewer in that role misses. The answer is checked on fresh random numbers (another seed).</p>\n<ul>\n");
    study.lines().forEach(l -> b.append("<li>").append(HtmlReport.escape(l)).append("</li>\n"));
    b.append("</ul>\n<table>\n<tr><th>level</th><th>role</th><th>people per shift</th><th>utilization of available time</th>")
        .append("<th>binding target</th></tr>\n");
    for (Row r : study.rows()) {
      b.append("<tr><td>").append(HtmlReport.escape(r.level())).append("</td><td>").append(HtmlReport.escape(r.role()))
          .append("</td><td>").append(r.headcount()).append("</td><td>")
          .append(Double.isNaN(r.utilizationAvailable()) ? "-" : String.format(Locale.ROOT, "%.2f", r.utilizationAvailable()))
          .append("</td><td>").append(HtmlReport.escape(r.bindingTarget())).append("</td></tr>\n");
    }
    b.append("</table>\n").append(StudyFiles.figure(svg))
        .append(RolesSection.html(study.crews(), rolesFigure, false)).append("<h2>staffed.yaml</h2>\n<pre>")
        .append(HtmlReport.escape(study.staffedYaml())).append("</pre>\n</body>\n</html>\n");
    return b.toString();
  }
}
