package org.fcsim.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.fcsim.economics.UnitCost;
import org.fcsim.stats.MetricSummary;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Cost per unit shipped, broken down, one stacked bar per level: labour by role (blues, bottom),
 * then capital, maintenance, energy and training; above each bar the total ± its 95% CI
 * half-width. From the summary's {@code costPerUnit.*} rows; empty without them. Pure.
 */
final class CostChart {
  static final String NAME = "cost-per-unit";
  private static final Color[] LABOUR = {new Color(0x08306B), new Color(0x08519C), new Color(0x2171B5),
      new Color(0x4292C6), new Color(0x6BAED6), new Color(0x9ECAE1), new Color(0xC6DBEF), new Color(0x5E7FA3)};
  private static final Color[] OTHER = {new Color(0x525252), new Color(0xE6550D), new Color(0xFDAE6B),
      new Color(0x756BB1)};

  private CostChart() {}

  static Optional<JFreeChart> build(List<MetricSummary> rows) {
    SummaryLookup s = new SummaryLookup(rows);
    List<String> levels = s.levels().stream().filter(l -> s.get(l, UnitCost.TOTAL) != null).toList();
    if (levels.isEmpty()) {
      return Optional.empty();
    }
    List<String> parts = new ArrayList<>();
    List<Color> colours = new ArrayList<>();
    List<String> labour = labourRoles(rows);
    for (int i = 0; i < labour.size(); i++) {
      parts.add(UnitCost.LABOUR + labour.get(i));
      colours.add(LABOUR[i % LABOUR.length]);
    }
    for (int i = 0; i < UnitCost.OTHER_PARTS.size(); i++) {
      parts.add(UnitCost.TOTAL + "." + UnitCost.OTHER_PARTS.get(i));
      colours.add(OTHER[i]);
    }
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    StackedBarRenderer bars = TaskCharts.stacked();
    int series = 0;
    for (int i = 0; i < parts.size(); i++) {
      String part = parts.get(i);
      if (levels.stream().noneMatch(l -> s.mean(l, part) > 0)) {
        continue;
      }
      bars.setSeriesPaint(series++, colours.get(i));
      String name = part.startsWith(UnitCost.LABOUR) ? "labour: " + part.substring(UnitCost.LABOUR.length())
          : part.substring(UnitCost.TOTAL.length() + 1);
      for (String level : levels) {
        double v = s.mean(level, part);
        data.addValue(Double.isNaN(v) ? 0.0 : v, name, level);
      }
    }
    String unit = s.get(levels.get(0), UnitCost.TOTAL).metric().unit();
    NumberAxis axis = ChartStyle.valueAxis("cost per unit shipped (" + unit + ")");
    axis.setUpperMargin(0.12);
    CategoryPlot plot = new CategoryPlot(data, new LevelAxis(levels, Charts.WIDTH), axis, bars);
    ChartStyle.style(plot);
    for (String level : levels) {
      MetricSummary t = s.get(level, UnitCost.TOTAL);
      double half = SummaryCharts.halfWidth(t);
      TaskCharts.totalLabel(plot, String.format(Locale.ROOT, Double.isNaN(half) ? "%.3f" : "%.3f ± %.3f", t.mean(), half),
          level, t.mean());
    }
    String note = "labour (paid hours × wage), capital over service life, maintenance and energy per operating hour, "
        + "reskilling spread over years; " + ChartStyle.replicationsNote(s, levels) + "; label: total ± 95% CI";
    return Optional.of(ChartStyle.chart("What a unit shipped costs, by part", note, plot, true));
  }

  /** Roles with a labour part, in order of first appearance. */
  private static List<String> labourRoles(List<MetricSummary> rows) {
    List<String> out = new ArrayList<>();
    for (MetricSummary r : rows) {
      String n = r.metric().name();
      if (n.startsWith(UnitCost.LABOUR) && !out.contains(n.substring(UnitCost.LABOUR.length()))) {
        out.add(n.substring(UnitCost.LABOUR.length()));
      }
    }
    return out;
  }
}
