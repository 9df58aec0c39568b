package org.fcsim.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fcsim.stats.MetricDifference;
import org.fcsim.stats.Verdict;
import org.jfree.chart.JFreeChart;

/**
 * The files a comparison adds to its folder beside {@code compare.csv}: the chart of the
 * headline differences ({@link DifferenceChart}, as PNG and SVG) and {@code report.html}, one
 * self-contained page in the run report's style (the chart embedded as SVG, no external
 * files): both verdicts, the chart, and every metric that differs in some replication with
 * both intervals and whether the paired one excludes 0. That judgement is per metric, at 95%,
 * unadjusted for multiple comparisons, and the page says so.
 */
public final class CompareReport {
  public static final String FILE = "report.html";

  /**
   * What the comparison compared.
   *
   * @param title     the page's title, e.g. "fcsim compare: automation-ladder"
   * @param meta      one line under the title: levels, replications, seeds
   * @param levelA    A's name
   * @param levelB    B's name
   * @param verdicts  whether each level keeps up, A then B
   * @param rows      every metric's difference, in the order of {@code compare.csv}
   */
  public record Comparison(String title, String meta, String levelA, String levelB, List<Verdict> verdicts,
      List<MetricDifference> rows) {}

  private CompareReport() {}

  /**
   * The chart's files and {@code report.html}, name → bytes, in that order; the page links
   * {@code folderFiles} (what else the folder holds) and these.
   */
  public static Map<String, byte[]> files(Comparison c, List<String> folderFiles) throws IOException {
    Map<String, byte[]> out = new LinkedHashMap<>();
    Optional<JFreeChart> chart = DifferenceChart.build(c.levelA(), c.levelB(), c.rows());
    String figure = "";
    if (chart.isPresent()) {
      int height = DifferenceChart.height(DifferenceChart.headline(c.rows()).size());
      String svg = ChartFiles.svg(chart.get(), DifferenceChart.WIDTH, height);
      out.put(DifferenceChart.NAME + ".png", ChartFiles.png(chart.get(), DifferenceChart.WIDTH, height));
      out.put(DifferenceChart.NAME + ".svg", svg.getBytes(StandardCharsets.UTF_8));
      figure = HtmlReport.figure(DifferenceChart.NAME, "The headline metrics: B \u2212 A as a percentage of A's mean, "
          + "with the paired 95% confidence interval.", DifferenceChart.WIDTH, height, svg);
    }
    List<String> files = new ArrayList<>(folderFiles);
    files.addAll(out.keySet());
    files.add(FILE);
    out.put(FILE, html(c, figure, files).getBytes(StandardCharsets.UTF_8));
    return out;
  }

  static String html(Comparison c, String figure, List<String> files) {
    StringBuilder b = new StringBuilder(32 * 1024);
    String e = HtmlReport.escape(c.title());
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
        .append("<title>").append(e).append("</title>\n<style>\n").append(HtmlReport.CSS)
        .append("td.yes{font-weight:600}\n</style>\n</head>\n")
        .append("<body data-charts-expected=\"").append(figure.isEmpty() ? 0 : 1).append("\">\n<main>\n")
        .append("<h1>").append(e).append("</h1>\n<p class=\"meta\">").append(HtmlReport.escape(c.meta())).append("</p>\n");
    b.append("<ul class=\"verdicts\">\n");
    for (Verdict v : c.verdicts()) {
      b.append("<li>").append(HtmlReport.escape(v.line())).append("</li>\n");
    }
    b.append("</ul>\n<p>A = <strong>").append(HtmlReport.escape(c.levelA())).append("</strong>, B = <strong>")
        .append(HtmlReport.escape(c.levelB())).append("</strong>. For every metric, B \u2212 A with a <em>paired</em> ")
        .append("95% confidence interval (Student t on the per-replication differences: replication r of B minus ")
        .append("replication r of A, which share their random numbers) and the <em>unpaired</em> (Welch) one. ")
        .append("<strong>Significant</strong> means the paired interval excludes 0: each metric is judged on its own at ")
        .append("95%, <strong>unadjusted for multiple comparisons</strong>, so among many metrics about one in twenty ")
        .append("that do not really differ will read as significant by chance.</p>\n");
    b.append("<section id=\"differences\">\n<h2>Headline differences</h2>\n")
        .append(figure.isEmpty() ? "<p class=\"none\">No headline metric with an interval to draw.</p>\n" : figure)
        .append("</section>\n");
    table(b, c.rows());
    b.append("<section id=\"manifest\">\n<h2>Files</h2>\n<p>");
    for (int i = 0; i < files.size(); i++) {
      String f = HtmlReport.escape(files.get(i));
      b.append(i == 0 ? "" : " \u00b7 ").append("<a href=\"").append(f).append("\">").append(f).append("</a>");
    }
    b.append("</p>\n</section>\n</main>\n</body>\n</html>\n");
    return b.toString();
  }

  /** Every metric that differs in some replication of either level; the rest are only in compare.csv. */
  private static void table(StringBuilder b, List<MetricDifference> rows) {
    List<MetricDifference> shown = rows.stream().filter(d -> !DifferenceNumbers.constant(d)).toList();
    b.append("<section id=\"all\">\n<h2>Every metric</h2>\n<p>").append(shown.size()).append(" metrics; ")
        .append(rows.size() - shown.size()).append(" equal in every replication of both levels are left to ")
        .append("<a href=\"compare.csv\">compare.csv</a>.</p>\n<div class=\"scroll\"><table>\n<thead><tr>")
        .append("<th>metric</th><th>unit</th><th>mean A</th><th>mean B</th><th>B \u2212 A</th>")
        .append("<th>paired 95% CI</th><th>unpaired 95% CI</th><th>significant</th></tr></thead>\n<tbody>\n");
    for (MetricDifference d : shown) {
      int digits = DifferenceNumbers.digits(d);
      String sig = significant(d);
      b.append("<tr><td>").append(HtmlReport.escape(d.metric().name())).append("</td><td>")
          .append(HtmlReport.escape(d.metric().unit())).append("</td>")
          .append(num(DifferenceNumbers.number(d.meanA(), digits))).append(num(DifferenceNumbers.number(d.meanB(), digits)))
          .append(num(DifferenceNumbers.signed(d.diff(), digits)))
          .append(num(DifferenceNumbers.interval(d.pairedLow(), d.pairedHigh(), digits, "\u2013")))
          .append(num(DifferenceNumbers.interval(d.unpairedLow(), d.unpairedHigh(), digits, "\u2013")))
          .append("<td class=\"").append(sig.isEmpty() ? "none" : sig).append("\">").append(sig.isEmpty() ? "\u2013" : sig)
          .append("</td></tr>\n");
    }
    b.append("</tbody></table></div>\n</section>\n");
  }

  /**
   * {@code yes} when the paired 95% interval excludes 0, {@code no} when it holds 0, "" when it
   * is undefined (fewer than two replications): the {@code significant} column.
   */
  public static String significant(MetricDifference d) {
    return Double.isNaN(d.pairedLow()) ? "" : d.significant() ? "yes" : "no";
  }

  private static String num(String text) {
    return "<td class=\"num\">" + HtmlReport.escape(text) + "</td>";
  }
}
