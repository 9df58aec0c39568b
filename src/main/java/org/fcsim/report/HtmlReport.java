package org.fcsim.report;

import org.apache.commons.text.StringEscapeUtils;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.fcsim.stats.Verdict;
import org.jfree.chart.JFreeChart;

/**
 * {@code report.html}: the whole run in one self-contained page that opens offline from the
 * results folder. No external CSS, scripts, fonts or images: charts are embedded as SVG data
 * URIs (each an {@code <img class="chart">}, so their ids cannot clash), styles and the one
 * script are inline. Sections: whether each level keeps up, roles gained and lost against the
 * run's baseline level ({@link RolesSection}, with {@link RolesChart}), throughput, the shift of
 * tasks to people (hours by category, share by task type), the task ledger per level,
 * utilization, over time, order cycle time, the resolved scenario and the manifest. Every text from the run is escaped, and the markup is
 * polyglot (void elements closed, no named entities, the script in a commented-out CDATA section),
 * so the page parses as XML as well as HTML.
 *
 * <p>The body carries {@code data-charts-expected} (charts embedded); once the page has
 * loaded, the script sets {@code data-charts-rendered} to the number of those images that
 * decoded and laid out at a non-zero size, so a headless browser can check the page.
 *
 * <p>Written after the other files: its file list is what the folder holds at that point, plus
 * itself and {@code manifest.json}.
 */
final class HtmlReport implements ResultFile {
  static final String FILE = "report.html";

  @Override
  public List<String> writeInto(Path dir, RunRecord run) throws IOException {
    List<String> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().forEach(files::add);
    }
    files.add(FILE);
    files.add(ManifestJson.FILE);
    Files.writeString(dir.resolve(FILE), render(run, files, dir), StandardCharsets.UTF_8);
    return List.of(FILE);
  }

  /**
   * Text as HTML content or attribute value: {@code & < > " '} escaped, as XML 1.0 requires too
   * (characters XML cannot hold are dropped), so the page also parses as XML; everything else
   * stays as UTF-8 characters.
   */
  static String escape(String text) {
    return StringEscapeUtils.escapeXml10(text);
  }

  /** The page for {@code run}; {@code files} are listed (and linked) in the manifest section. */
  static String render(RunRecord run, List<String> files) throws IOException {
    return render(run, files, null);
  }

  /**
   * As above; pictures already written in {@code dir} (charts' SVG, the floor's PNG) are embedded
   * as they are instead of being drawn again. {@code dir} may be null: everything is drawn.
   */
  static String render(RunRecord run, List<String> files, Path dir) throws IOException {
    SummaryLookup s = new SummaryLookup(run.summary());
    Map<String, String> charts = new LinkedHashMap<>();
    for (Charts.Spec spec : Charts.ALL) {
      Path written = dir == null ? null : dir.resolve(spec.name() + ".svg");
      if (written != null && Files.exists(written)) {
        charts.put(spec.name(), figure(spec.name(), spec.caption(), spec.width(), spec.height(),
            Files.readString(written, StandardCharsets.UTF_8)));
        continue;
      }
      Optional<JFreeChart> c = spec.build().apply(run);
      c.ifPresent(chart -> charts.put(spec.name(), figure(spec, chart)));
    }
    Map<String, String> floorFigures = FloorFiles.figures(run, dir);
    charts.putAll(floorFigures);
    StringBuilder b = new StringBuilder(64 * 1024);
    String title = "fcsim report: " + run.scenarioName();
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
        .append("<title>").append(escape(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n")
        .append("<body data-charts-expected=\"").append(charts.size()).append("\">\n<main>\n")
        .append("<h1>").append(escape(title)).append("</h1>\n");
    header(b, run, s, files);
    verdicts(b, run);
    b.append(RolesSection.html(TransitionCsv.crews(run), charts.getOrDefault(RolesChart.NAME, ""), true));
    EconomicsSection.reskilling(b, run.economics());
    EconomicsSection.costs(b, run.economics(), s, charts.getOrDefault(CostChart.NAME, ""));
    b.append("<nav><a href=\"#throughput\">Throughput</a> · <a href=\"#tasks\">Tasks and people</a> · ")
        .append("<a href=\"#ledger\">Task ledger</a> · <a href=\"#utilization\">Utilization</a> · ")
        .append("<a href=\"#over-time\">Over time</a> · <a href=\"#cycle-time\">Order cycle time</a> · ")
        .append("<a href=\"#scenario\">Scenario</a> · <a href=\"#manifest\">Manifest</a></nav>\n");

    section(b, "throughput", "Throughput", ReportTables.throughput(s), charts, "throughput");
    if (!floorFigures.isEmpty()) {
      section(b, "floor", floorFigures.size() > 1 ? "The floor: layout and heat maps" : "Floor layout", "",
          charts, floorFigures.keySet().toArray(String[]::new));
    }
    b.append(ReplaySection.html(run.replay(), run.floorMap()));
    section(b, "tasks", "Which tasks shift to people", ReportTables.humanHours(s), charts,
        "human-hours-by-task", "human-vs-robot-share");
    ledger(b, run, s);
    section(b, "utilization", "Utilization by agent group", ReportTables.utilization(s), charts, "utilization");
    section(b, "over-time", "Throughput and queues over time", "", charts, "over-time");
    section(b, "cycle-time", "Order cycle time", ReportTables.cycleTime(s), charts, "order-cycle-time");

    b.append("<section id=\"scenario\">\n<h2>Scenario as it ran</h2>\n")
        .append("<p>Every default written out; <code>fcsim run</code> accepts it as is (also in ")
        .append("<a href=\"scenario.yaml\">scenario.yaml</a>).</p>\n<pre>")
        .append(escape(run.resolvedScenarioYaml())).append("</pre>\n</section>\n");
    manifest(b, run, files);
    b.append("</main>\n<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    return b.toString();
  }

  /** Whether each level keeps up and what binds it, one line each, with its warnings: the first thing a planner reads. */
  private static void verdicts(StringBuilder b, RunRecord run) {
    if (run.verdicts().isEmpty()) {
      return;
    }
    b.append("<section id=\"verdicts\">\n<h2>Does each level keep up?</h2>\n<ul class=\"verdicts\">\n");
    for (Verdict v : run.verdicts()) {
      b.append("<li class=\"keeps-up-").append(escape(v.keepsUp().replace('/', '-'))).append("\">")
          .append(escape(v.line())).append("</li>\n");
      if (!v.targetsLine().isEmpty()) {
        b.append("<li class=\"targets\">").append(escape(v.targetsLine())).append("</li>\n");
      }
      for (String w : v.warnings()) {
        b.append("<li class=\"warning\">warning: ").append(escape(v.level() + ": " + w)).append("</li>\n");
      }
    }
    b.append("</ul>\n<p>A level keeps up when the upper 95% bound of its shortfall (units arrived minus shipped per ")
        .append("hour, paired by replication; the same as the growth of work in progress) is below ")
        .append(Math.round(100 * Verdict.TOLERANCE)).append("% of its demand, and does not when the lower bound is above ")
        .append("it. The bottleneck is the resource with the highest utilization of its available time (see ")
        .append("<a href=\"verdicts.csv\">verdicts.csv</a>).</p>\n</section>\n");
  }

  private static void header(StringBuilder b, RunRecord run, SummaryLookup s, List<String> files) {
    b.append("<p class=\"meta\">Scenario file <code>").append(escape(run.scenarioFile().toString()))
        .append("</code> · seed ").append(run.seed()).append(" · fcsim ").append(escape(run.fcsimVersion()))
        .append(" · started ").append(escape(run.start().toString())).append("</p>\n");
    if (s.levels().isEmpty()) {
      b.append("<p>This run has no results.</p>\n");
      return;
    }
    b.append("<p>Levels, in order: ");
    for (int i = 0; i < s.levels().size(); i++) {
      String level = s.levels().get(i);
      b.append(i == 0 ? "" : ", ").append("<strong>").append(escape(level)).append("</strong> (")
          .append(s.replications(level)).append(s.replications(level) == 1 ? " replication)" : " replications)");
    }
    b.append(". Means are over replications, measured after warm-up; intervals are Student-t 95% confidence intervals.")
        .append(" The numbers behind every table are in <a href=\"summary.csv\">summary.csv</a>");
    if (files.contains(ReplicationsCsv.FILE)) {
      b.append(", one row per replication in <a href=\"replications.csv\">replications.csv</a>");
    }
    if (files.contains(SeriesCsv.FILE)) {
      b.append(", the time series in <a href=\"series.csv\">series.csv</a>");
    }
    b.append(".</p>\n");
  }

  private static void section(StringBuilder b, String id, String heading, String table, Map<String, String> charts,
      String... chartNames) {
    StringBuilder body = new StringBuilder(table);
    for (String name : chartNames) {
      String fig = charts.get(name);
      if (fig != null) {
        body.append(fig);
      }
    }
    b.append("<section id=\"").append(id).append("\">\n<h2>").append(escape(heading)).append("</h2>\n");
    b.append(body.length() == 0 ? "<p class=\"none\">Not measured in this run.</p>\n" : body);
    b.append("</section>\n");
  }

  private static void ledger(StringBuilder b, RunRecord run, SummaryLookup s) {
    List<LedgerCsv.Row> pivot = LedgerCsv.pivot(run.summary());
    b.append("<section id=\"ledger\">\n<h2>Task ledger</h2>\n");
    if (pivot.isEmpty()) {
      b.append("<p class=\"none\">Not measured in this run (no task ledger).</p>\n</section>\n");
      return;
    }
    b.append("<p>Per level: every task type and who did it, mean per replication after warm-up; task types with no ")
        .append("tasks at a level are left out. All levels in one table: <a href=\"ledger.csv\">ledger.csv</a>.</p>\n");
    boolean first = true;
    for (String level : s.levels()) {
      String table = ReportTables.ledger(s, pivot, level);
      if (table.isEmpty()) {
        continue;
      }
      b.append(first ? "<details open=\"open\">" : "<details>").append("<summary>").append(escape(level))
          .append("</summary>\n").append(table).append("</details>\n");
      first = false;
    }
    b.append("</section>\n");
  }

  private static void manifest(StringBuilder b, RunRecord run, List<String> files) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("scenarioName", run.scenarioName());
    m.put("scenarioFile", run.scenarioFile().toString());
    m.put("scenarioHash", run.scenarioHash());
    m.put("seed", Long.toString(run.seed()));
    m.put("fcsimVersion", run.fcsimVersion());
    m.put("commandLine", commandLine(run.commandLine()));
    m.put("threads", Integer.toString(run.threads()));
    m.put("start", run.start().toString());
    m.put("end", run.end().toString());
    m.put("wallTimeSec", Double.toString(run.wallTimeSec()));
    m.put("javaVersion", System.getProperty("java.version"));
    b.append("<section id=\"manifest\">\n<h2>Manifest</h2>\n<table class=\"manifest\"><tbody>\n");
    m.forEach((k, v) -> b.append("<tr><th>").append(escape(k)).append("</th><td><code>").append(escape(v))
        .append("</code></td></tr>\n"));
    b.append("<tr><th>files</th><td>");
    for (int i = 0; i < files.size(); i++) {
      String f = escape(files.get(i));
      b.append(i == 0 ? "" : " · ").append("<a href=\"").append(f).append("\">").append(f).append("</a>");
    }
    b.append("</td></tr>\n</tbody></table>\n</section>\n");
  }

  private static String figure(Charts.Spec spec, JFreeChart chart) {
    return figure(spec.name(), spec.caption(), spec.width(), spec.height(), ChartFiles.svg(chart, spec.width(), spec.height()));
  }

  /** A figure embedding {@code svg}, captioned, linking {@code <name>.png} and {@code <name>.svg}. */
  static String figure(String chartName, String chartCaption, int width, int height, String svg) {
    return figure(chartName, chartCaption, width, height, "image/svg+xml",
        Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)));
  }

  /** A figure embedding an image of type {@code mime} given as base64 {@code data}; otherwise as above. */
  static String figure(String chartName, String chartCaption, int width, int height, String mime, String data) {
    String caption = escape(chartCaption);
    String name = escape(chartName);
    return "<figure id=\"chart-" + name + "\">\n<img class=\"chart\" width=\"" + width + "\" height=\""
        + height + "\" alt=\"" + caption + "\" src=\"data:" + mime + ";base64," + data + "\" />\n<figcaption>"
        + caption + " Files: <a href=\"" + name + ".png\">" + name + ".png</a>, <a href=\"" + name + ".svg\">" + name
        + ".svg</a>.</figcaption>\n</figure>\n";
  }

  /** Arguments joined by spaces; an argument with a space or quote is single-quoted, as a shell would need. */
  static String commandLine(List<String> args) {
    List<String> out = new ArrayList<>();
    for (String a : args) {
      out.add(a.isEmpty() || a.matches(".*[\\s'\"\\\\$`].*") ? "'" + a.replace("'", "'\\''") + "'" : a);
    }
    return String.join(" ", out);
  }

  static final String CSS = """
      body{margin:0;background:#fff;color:#222;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif}
      main{max-width:1060px;margin:0 auto;padding:16px 24px 48px}
      h1{font-size:1.7em;margin:.4em 0 .2em}
      h2{font-size:1.3em;margin:1.8em 0 .5em;padding-top:.4em;border-top:1px solid #ddd}
      .meta{color:#555;margin:0 0 .6em}
      nav{margin:1em 0;padding:.5em .8em;background:#f4f4f4;border-radius:4px}
      a{color:#0b5cad}
      .scroll{overflow-x:auto}
      table{border-collapse:collapse;margin:.6em 0 1em;font-size:.92em}
      th,td{padding:.25em .6em;border-bottom:1px solid #e2e2e2;text-align:left;vertical-align:top}
      thead th{border-bottom:2px solid #999;white-space:nowrap}
      td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
      tbody tr:nth-child(even){background:#fafafa}
      .sw{display:inline-block;width:.8em;height:.8em;margin-right:.4em;border-radius:2px;vertical-align:-.05em}
      figure{margin:1em 0 1.6em}
      img.chart{display:block;max-width:100%;height:auto;border:1px solid #eee}
      figcaption{color:#555;font-size:.9em;margin-top:.3em}
      details{margin:.4em 0}
      summary{cursor:pointer;font-weight:600}
      pre{background:#f6f6f6;padding:.8em;overflow-x:auto;font-size:.85em;line-height:1.35;border-radius:4px}
      .manifest th{white-space:nowrap;color:#555;font-weight:600}
      .manifest code{word-break:break-all}
      .none{color:#777;font-style:italic}
      """;

  /** Counts the charts that decoded and have a size, once everything (images included) has loaded. */
  private static final String SCRIPT = """
      //<![CDATA[
      window.addEventListener('load', function () {
        var shown = 0;
        document.querySelectorAll('img.chart').forEach(function (img) {
          var box = img.getBoundingClientRect();
          if (img.complete && img.naturalWidth > 0 && box.width > 0 && box.height > 0) {
            shown++;
          }
        });
        document.body.dataset.chartsRendered = String(shown);
      });
      //]]>
      """;
}
