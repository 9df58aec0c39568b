package org.fcsim.report;

/**
 * The report's "Roles gained and lost": people per shift by role at each level, each with its
 * change against the baseline level, which the text and its column name; then the roles chart,
 * when there is one. In the run's and the staffing study's {@code report.html} alike.
 */
final class RolesSection {
  private RolesSection() {}

  /**
   * The section's markup; empty for fewer than two levels.
   *
   * @param figure     the roles chart's markup, or "" for none
   * @param hoursInCsv whether {@code transition.csv} also holds people's hours by kind of work
   */
  static String html(AgainstBaseline crews, String figure, boolean hoursInCsv) {
    if (crews.levels().size() < 2) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    b.append("<section id=\"transition\">\n<h2>Roles gained and lost</h2>\n<p>People per shift by role at each level, ")
        .append("and in brackets the change against the baseline, <strong>").append(HtmlReport.escape(crews.baseline()))
        .append("</strong> (<code>--baseline</code>, else the scenario's <code>transitions.baseline</code>, else the ")
        .append("first level). In <a href=\"transition.csv\">transition.csv</a>")
        .append(hoursInCsv ? ", with people's hours by kind of work" : "").append(".</p>\n<table>\n<tr><th>role</th>");
    for (String level : crews.levels()) {
      b.append("<th>").append(HtmlReport.escape(level)).append(level.equals(crews.baseline()) ? " (baseline)" : "")
          .append("</th>");
    }
    b.append("</tr>\n");
    for (String role : crews.names()) {
      b.append("<tr><td>").append(HtmlReport.escape(role)).append("</td>");
      for (String level : crews.levels()) {
        long change = Math.round(crews.change(level, role));
        b.append("<td class=\"num\">").append(Math.round(crews.value(level, role)))
            .append(change == 0 ? "" : " (" + (change > 0 ? "+" : "") + change + ")").append("</td>");
      }
      b.append("</tr>\n");
    }
    return b.append("</table>\n").append(figure).append("</section>\n").toString();
  }
}
