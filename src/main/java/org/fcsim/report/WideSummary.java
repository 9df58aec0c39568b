package org.fcsim.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fcsim.stats.Metric;
import org.fcsim.stats.MetricSummary;

/**
 * The {@code summary} sheet of {@code results.xlsx}: {@code summary.csv} in wide form, for
 * charting a metric across levels directly. One row per metric (in order of first appearance),
 * columns {@code metric}, {@code unit}, then one column per level (in order of first appearance)
 * holding the mean, then one column per level headed {@code ± <level>} holding the half-width of
 * the 95% interval (what a spreadsheet's custom error bars take); empty where a level lacks the
 * metric or has one replication. A first row {@code replications} gives each level's count. A
 * metric's numbers share one format, from its unit and size ({@link CellFormats}).
 */
final class WideSummary {
  static final String SHEET = "summary";

  private WideSummary() {}

  static XlsxSheet of(List<MetricSummary> summary) {
    SummaryLookup s = new SummaryLookup(summary);
    List<String> levels = s.levels();
    List<String> header = new ArrayList<>(List.of("metric", "unit"));
    header.addAll(levels);
    levels.forEach(l -> header.add("± " + l));
    List<List<Object>> rows = new ArrayList<>();
    List<Object> replications = new ArrayList<>(List.of("replications", "replications"));
    levels.forEach(l -> replications.add(new XlsxSheet.Num(s.replications(l), CellFormats.WHOLE)));
    rows.add(replications);
    for (Metric m : metrics(summary)) {
      double[] means = new double[levels.size()];
      double[] halfWidths = new double[levels.size()];
      for (int i = 0; i < levels.size(); i++) {
        MetricSummary r = s.get(levels.get(i), m.name());
        means[i] = r == null ? Double.NaN : r.mean();
        halfWidths[i] = r == null ? Double.NaN : (r.ci95High() - r.ci95Low()) / 2;
      }
      String format = CellFormats.of(means, m.unit().equals("fraction"));
      List<Object> row = new ArrayList<>(List.of(m.name(), m.unit()));
      for (double x : means) {
        row.add(cell(x, format));
      }
      for (double x : halfWidths) {
        row.add(cell(x, format));
      }
      rows.add(row);
    }
    return new XlsxSheet(SHEET, header, rows);
  }

  /** Every metric, in order of first appearance; the unit is its first row's. */
  private static Collection<Metric> metrics(List<MetricSummary> summary) {
    Map<String, Metric> out = new LinkedHashMap<>();
    summary.forEach(r -> out.putIfAbsent(r.metric().name(), r.metric()));
    return out.values();
  }

  private static Object cell(double x, String format) {
    return Double.isNaN(x) || Double.isInfinite(x) ? null : new XlsxSheet.Num(x, format);
  }
}
