package org.fcsim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Writes a capacity study's folder, {@code <resultsRoot>/<scenario>/capacity-<run-id>/}, as a
 * run's folder is written (complete or absent, never overwriting): {@code capacity.csv} (and as
 * sheet {@code capacity} of {@code results.xlsx}),
 * {@code capacity.png}/{@code .svg} (capacity against demand per level), {@code report.html},
 * {@code scenario.yaml} and {@code manifest.json}.
 */
public final class CapacityFolder {
  static final String CSV = "capacity.csv";
  static final String[] HEADER = {"level", "basis", "capacity_units_per_hour", "low", "high", "bottleneck",
      "demand_units_per_hour", "loads_tried"};

  /**
   * One level's capacity on one basis (units/h); NaN where the search found no bound.
   *
   * @param loadsTried how many demand scales were simulated
   */
  public record Row(String level, String basis, double capacity, double low, double high, String bottleneck,
      double demand, int loadsTried) {}

  private CapacityFolder() {}

  /** What the study is, as the report and the manifest state it. */
  public record Study(String scenarioName, Path scenarioFile, String resolvedYaml, long seed, int replications,
      String fcsimVersion, List<String> commandLine, Instant start, Instant end, List<Row> rows) {}

  /**
   * Writes the folder and returns its path.
   *
   * @throws IOException if anything cannot be written; no folder is then left
   */
  public static Path write(Path resultsRoot, Study study) throws IOException {
    return PublishedFolder.write(resultsRoot, study.scenarioName(), "capacity-" + PublishedFolder.timeId(study.start()),
        dir -> {
          Files.writeString(dir.resolve(CSV), csv(study.rows()), StandardCharsets.UTF_8);
          List<String> files = new ArrayList<>(List.of(CSV));
          files.addAll(ResultsXlsx.writeTables(dir, List.of(CSV), study.fcsimVersion()));
          Files.writeString(dir.resolve("scenario.yaml"), study.resolvedYaml(), StandardCharsets.UTF_8);
          String svg = StudyFiles.chart(dir, "capacity", chart(study));
          Files.writeString(dir.resolve("report.html"), html(study, svg), StandardCharsets.UTF_8);
          files.addAll(List.of("scenario.yaml", "capacity.png", "capacity.svg", "report.html", "manifest.json"));
          StudyFiles.manifest(dir, "capacity", study.scenarioName(), study.scenarioFile(), study.seed(), study.fcsimVersion(),
              study.commandLine(), study.start(), study.end(), files);
        });
  }

  static String csv(List<Row> rows) throws IOException {
    StringWriter text = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.RFC4180.builder().setHeader(HEADER).setRecordSeparator('\n').build())) {
      for (Row r : rows) {
        csv.printRecord(r.level(), r.basis(), PlainNumbers.format(r.capacity()), PlainNumbers.format(r.low()),
            PlainNumbers.format(r.high()), r.bottleneck(), PlainNumbers.format(r.demand()), Integer.toString(r.loadsTried()));
      }
    }
    return text.toString();
  }

  /** Capacity per level, as staffed and equipment only, with the demand as a line. */
  static JFreeChart chart(Study study) {
    DefaultCategoryDataset bars = new DefaultCategoryDataset();
    DefaultCategoryDataset demand = new DefaultCategoryDataset();
    for (Row r : study.rows()) {
      // no load too much for it (the search stopped at its limit): no bar, the table says "more than"
      bars.addValue(Double.isNaN(r.capacity()) ? null : r.capacity(), r.basis(), r.level());
      demand.addValue(r.demand(), "demand", r.level());
    }
    CategoryAxis levels = new LevelAxis(study.rows().stream().map(Row::level).toList(), Charts.WIDTH);
    BarRenderer barRenderer = new BarRenderer();
    barRenderer.setBarPainter(new StandardBarPainter());
    barRenderer.setShadowVisible(false);
    barRenderer.setSeriesPaint(0, new Color(0x0072B2));
    barRenderer.setSeriesPaint(1, new Color(0x56B4E9));
    CategoryPlot plot = new CategoryPlot(bars, levels, ChartStyle.valueAxis("capacity (units/h)"), barRenderer);
    LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
    line.setSeriesPaint(0, new Color(0xD55E00));
    line.setSeriesStroke(0, new BasicStroke(3f));
    plot.setDataset(1, demand);
    plot.setRenderer(1, line);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    ChartStyle.style(plot);
    return ChartStyle.chart("Capacity by automation level",
        "what each level ships at saturation, whole demand profile scaled; line: the scenario's demand; "
            + "no bar: no load tried was too much", plot, true);
  }

  private static String html(Study study, String svg) {
    StringBuilder b = new StringBuilder();
    String title = "fcsim capacity: " + study.scenarioName();
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n<title>")
        .append(HtmlReport.escape(title)).append("</title>\n<style>body{font-family:sans-serif;max-width:75rem;margin:2rem auto;}"
            + "table{border-collapse:collapse}td,th{padding:.3rem .8rem;border-bottom:1px solid #ddd;text-align:right}"
            + "td:first-child,th:first-child,td:nth-child(2),td:nth-child(6){text-align:left}svg{max-width:100%;height:auto}"
            + "</style>\n</head>\n<body>\n<h1>").append(HtmlReport.escape(title)).append("</h1>\n");
    b.append("<p>Scenario file <code>").append(HtmlReport.escape(study.scenarioFile().toString())).append("</code> · seed ")
        .append(study.seed()).append(" · ").append(study.replications())
        .append(study.replications() == 1 ? " replication per load · fcsim " : " replications per load · fcsim ")
        .append(HtmlReport.escape(study.fcsimVersion())).append("</p>\n");
    b.append("<p>For every level, fcsim scaled the whole demand profile (its hourly shape kept) and simulated each load, ")
        .append("until the highest load the level keeps up with (<em>low</em>) and the lowest it does not (<em>high</em>) ")
        .append("were within 2% of each other; each verdict is the keeps-up verdict of a run (95% intervals over ")
        .append("replications, 3% tolerance). <em>Capacity</em> is what the level shipped at <em>high</em>, where its ")
        .append("bottleneck is saturated. <em>As staffed</em> keeps the scenario's people; <em>equipment only</em> gives ")
        .append("every role more people than it can use, so it shows what the stations, robots and drive units alone can do.</p>\n");
    b.append("<table>\n<tr><th>level</th><th>basis</th><th>capacity (units/h)</th><th>low</th><th>high</th>")
        .append("<th>bottleneck</th><th>demand (units/h)</th></tr>\n");
    for (Row r : study.rows()) {
      b.append("<tr><td>").append(HtmlReport.escape(r.level())).append("</td><td>").append(HtmlReport.escape(r.basis()))
          .append("</td><td>").append(number(r.capacity())).append("</td><td>").append(number(r.low())).append("</td><td>")
          .append(number(r.high())).append("</td><td>").append(HtmlReport.escape(r.bottleneck())).append("</td><td>")
          .append(number(r.demand())).append("</td></tr>\n");
    }
    b.append("</table>\n").append(StudyFiles.figure(svg));
    b.append("<h2>Scenario as it ran</h2>\n<pre>").append(HtmlReport.escape(study.resolvedYaml())).append("</pre>\n")
        .append("</body>\n</html>\n");
    return b.toString();
  }

  /** A capacity in whole units/h, or "-" when missing. */
  public static String number(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.0f", v);
  }

  /** Rows grouped by level, for printing: level → (basis → row). */
  public static Map<String, Map<String, Row>> byLevel(List<Row> rows) {
    Map<String, Map<String, Row>> out = new LinkedHashMap<>();
    rows.forEach(r -> out.computeIfAbsent(r.level(), k -> new LinkedHashMap<>()).put(r.basis(), r));
    return out;
  }
}
