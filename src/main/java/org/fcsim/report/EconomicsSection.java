package org.fcsim.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fcsim.economics.LevelEconomics;
import org.fcsim.economics.Payback;
import org.fcsim.economics.Reskilling;
import org.fcsim.economics.UnitCost;

/**
 * The report's sections on what levels cost (cost per unit by part, the breakdown chart, the
 * payback of each step up) and who is retrained into what (the reskilling plan of each level
 * from the baseline's crew). Nothing when the run has no economics.
 */
final class EconomicsSection {
  private EconomicsSection() {}

  /** @param figure the cost chart's figure, or "" */
  static void costs(StringBuilder b, LevelEconomics e, SummaryLookup s, String figure) {
    List<String> levels = s.levels().stream().filter(l -> s.get(l, UnitCost.TOTAL) != null).toList();
    if (levels.isEmpty()) {
      return;
    }
    String unit = s.get(levels.get(0), UnitCost.TOTAL).metric().unit();
    b.append("<section id=\"costs\">\n<h2>What a unit shipped costs</h2>\n<p>Cost per unit shipped (").append(escape(unit))
        .append("), mean and 95% CI over replications: labour is people's paid hours (on shift, breaks included) times ")
        .append("their wage; capital is the price of every drive unit, arm cell, station, charger and sorting arm spread ")
        .append("over its service life and the site's operating hours a year; maintenance and energy per operating hour; ")
        .append("reskilling from the baseline spread over years. Every figure comes from the scenario's ")
        .append("<code>costs:</code> section (defaults are assumptions).</p>\n<table>\n<tr><th>level</th><th>cost per unit</th>")
        .append("<th>labour</th>");
    UnitCost.OTHER_PARTS.forEach(p -> b.append("<th>").append(p).append("</th>"));
    b.append("</tr>\n");
    for (String level : levels) {
      var total = s.get(level, UnitCost.TOTAL);
      double labour = s.metricNames().stream().filter(n -> n.startsWith(UnitCost.LABOUR))
          .mapToDouble(n -> Math.max(0, nanToZero(s.mean(level, n)))).sum();
      b.append("<tr><td>").append(escape(level)).append("</td><td class=\"num\">").append(money(total.mean()));
      if (!Double.isNaN(total.ci95Low())) {
        b.append(" [").append(money(total.ci95Low())).append(", ").append(money(total.ci95High())).append(']');
      }
      b.append("</td><td class=\"num\">").append(money(labour)).append("</td>");
      UnitCost.OTHER_PARTS.forEach(p -> b.append("<td class=\"num\">")
          .append(money(nanToZero(s.mean(level, UnitCost.TOTAL + "." + p)))).append("</td>"));
      b.append("</tr>\n");
    }
    b.append("</table>\n");
    b.append(figure);
    if (e != null && !e.steps().isEmpty()) {
      b.append("<h3>Payback of each step up</h3>\n<p>The extra investment (equipment bought less equipment no longer ")
          .append("needed, plus retraining the crew) over the yearly saving in running cost (labour, maintenance, ")
          .append("energy) at the new level's volume. The saving is paired by replication (the same random numbers at ")
          .append("both levels); the range is the investment over the ends of its 95% interval, and reads ")
          .append("<em>never</em> when that interval reaches zero (in <a href=\"payback.csv\">payback.csv</a>).</p>\n")
          .append("<table>\n<tr><th>step</th><th>investment</th><th>saving a year [95% CI]</th><th>payback</th></tr>\n");
      for (Payback.Step st : e.steps()) {
        b.append("<tr><td>").append(escape(st.from() + " → " + st.to())).append("</td><td class=\"num\">")
            .append(whole(st.investment())).append("</td><td class=\"num\">").append(whole(st.savingPerYear()));
        if (!Double.isNaN(st.savingLow())) {
          b.append(" [").append(whole(st.savingLow())).append(", ").append(whole(st.savingHigh())).append(']');
        }
        b.append("</td><td>").append(escape(st.text())).append("</td></tr>\n");
      }
      b.append("</table>\n");
    }
    b.append("</section>\n");
  }

  static void reskilling(StringBuilder b, LevelEconomics e) {
    if (e == null || e.plans().size() < 2) {
      return;
    }
    b.append("<section id=\"reskilling\">\n<h2>Who is retrained into what</h2>\n<p>From the crew of <strong>")
        .append(escape(e.baseline())).append("</strong>, people per shift of the roles that shrink move along the ")
        .append("scenario's pathways into the roles that grow: as many as can, at the least training cost. The rest of ")
        .append("a shrinking role is not retrained (no growing role, or no pathway to one); places no one moves into ")
        .append("are hired. Weeks are until everyone has trained, at the training capacity (in ")
        .append("<a href=\"reskilling.csv\">reskilling.csv</a>).</p>\n<table>\n<tr><th>level</th><th>moves</th>")
        .append("<th>not retrained</th><th>hired</th><th>training hours</th><th>cost</th><th>weeks</th></tr>\n");
    e.plans().forEach((level, plan) -> {
      if (level.equals(e.baseline())) {
        return;
      }
      StringBuilder moves = new StringBuilder();
      for (Reskilling.Move m : plan.moves()) {
        moves.append(moves.length() == 0 ? "" : ", ").append(m.pathway().from().key()).append(" → ")
            .append(m.pathway().to().key()).append(' ').append(m.people());
      }
      b.append("<tr><td>").append(escape(level)).append("</td><td>").append(escape(moves.length() == 0 ? "none" : moves.toString()))
          .append("</td><td>").append(escape(counts(plan.leaving()))).append("</td><td>").append(escape(counts(plan.hired())))
          .append("</td><td class=\"num\">").append(whole(plan.trainingHours())).append("</td><td class=\"num\">")
          .append(whole(plan.cost())).append("</td><td class=\"num\">").append(whole(Math.ceil(plan.weeks())))
          .append("</td></tr>\n");
    });
    b.append("</table>\n</section>\n");
  }

  private static String counts(Map<org.fcsim.task.Role, Integer> byRole) {
    StringBuilder sb = new StringBuilder();
    byRole.forEach((role, n) -> sb.append(sb.length() == 0 ? "" : ", ").append(role.key()).append(' ').append(n));
    return sb.length() == 0 ? "none" : sb.toString();
  }

  private static double nanToZero(double v) {
    return Double.isNaN(v) ? 0 : v;
  }

  private static String money(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }

  private static String whole(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%,.0f", v);
  }

  private static String escape(String text) {
    return HtmlReport.escape(text);
  }
}
