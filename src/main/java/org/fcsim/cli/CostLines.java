package org.fcsim.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fcsim.economics.LevelEconomics;
import org.fcsim.economics.Payback;
import org.fcsim.economics.Reskilling;
import org.fcsim.economics.UnitCost;
import org.fcsim.scenario.Scenario;
import org.fcsim.stats.MetricSummary;
import org.fcsim.task.Role;

/** The economics of a run in a few terminal lines: cost per unit, payback of each step, who retrains. */
final class CostLines {
  private CostLines() {}

  static List<String> of(Scenario.Costs costs, List<MetricSummary> summary, LevelEconomics economics) {
    List<String> lines = new ArrayList<>();
    if (costs.given()) {
      StringBuilder sb = new StringBuilder("Cost per unit shipped (" + costs.currency() + ", 95% CI):");
      String sep = " ";
      for (MetricSummary r : summary) {
        if (r.metric().name().equals(UnitCost.TOTAL)) {
          sb.append(sep).append(r.level()).append(' ').append(money(r.mean()));
          if (!Double.isNaN(r.ci95Low())) {
            sb.append(" [").append(money(r.ci95Low())).append(", ").append(money(r.ci95High())).append(']');
          }
          sep = ", ";
        }
      }
      lines.add(sb.toString());
      if (!economics.steps().isEmpty()) {
        StringBuilder p = new StringBuilder("Payback of each step up:");
        sep = " ";
        for (Payback.Step s : economics.steps()) {
          p.append(sep).append(s.to()).append(" (from ").append(s.from()).append(") ").append(s.text());
          sep = "; ";
        }
        lines.add(p.toString());
      }
    }
    economics.plans().forEach((level, plan) -> {
      if (!level.equals(economics.baseline()) && (plan.moving() > 0 || !plan.leaving().isEmpty())) {
        lines.add("Reskilling " + economics.baseline() + " -> " + level + ": " + text(plan));
      }
    });
    return lines;
  }

  /** "picker->roboticsTech 3, sorter->problemSolver 2; 20 leave (picker 20); 4 hired (roboticsTech 4); 26 weeks". */
  static String text(Reskilling.Plan plan) {
    StringBuilder sb = new StringBuilder();
    for (Reskilling.Move m : plan.moves()) {
      sb.append(sb.length() == 0 ? "" : ", ").append(m.pathway().from().key()).append("->").append(m.pathway().to().key())
          .append(' ').append(m.people());
    }
    if (sb.length() == 0) {
      sb.append("nobody retrains");
    } else {
      sb.append(String.format(Locale.ROOT, " (%s weeks)", plain(plan.weeks())));
    }
    appendCounts(sb, "; not retrained (no place or no pathway): ", plan.leaving());
    appendCounts(sb, "; hired: ", plan.hired());
    return sb.toString();
  }

  private static void appendCounts(StringBuilder sb, String label, Map<Role, Integer> counts) {
    if (!counts.isEmpty()) {
      sb.append(label);
      String sep = "";
      for (Map.Entry<Role, Integer> e : counts.entrySet()) {
        sb.append(sep).append(e.getKey().key()).append(' ').append(e.getValue());
        sep = ", ";
      }
    }
  }

  private static String money(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }

  private static String plain(double v) {
    return String.format(Locale.ROOT, "%.0f", Math.ceil(v));
  }
}
