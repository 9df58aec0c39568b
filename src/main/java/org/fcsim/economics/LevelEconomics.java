package org.fcsim.economics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fcsim.scenario.Scenario;
import org.fcsim.stats.ReplicationResult;
import org.fcsim.task.Role;

/**
 * The economics of a set of levels run side by side: each level's reskilling plan from the
 * baseline level's crew, its replications with cost per unit added (when the scenario has
 * costs; the one-off training being that plan's), and the payback of each step up from one
 * level to the next in the order given.
 *
 * @param results per level, the replications (with cost per unit when costs are given)
 * @param plans   per level name, the plan from the baseline's crew to its own (the baseline's is empty)
 * @param steps   per level after the first, the payback of the step from the level before; empty without costs
 */
public record LevelEconomics(String baseline, List<List<ReplicationResult>> results, Map<String, Reskilling.Plan> plans,
    List<Payback.Step> steps) {

  /**
   * @param baseline one of {@code names}: the level whose crew the others are reached from
   */
  public static LevelEconomics of(List<String> names, List<Scenario> scenarios, List<List<ReplicationResult>> results,
      String baseline) {
    int b = names.indexOf(baseline);
    if (b < 0) {
      throw new IllegalArgumentException("no level " + baseline + " among " + names);
    }
    Map<Role, Integer> baseCrew = scenarios.get(b).associates().payroll();
    Map<String, Reskilling.Plan> plans = new LinkedHashMap<>();
    List<List<ReplicationResult>> costed = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      Scenario s = scenarios.get(i);
      Reskilling.Plan plan = Reskilling.plan(baseCrew, s.associates().payroll(), s.transitions());
      plans.put(names.get(i), plan);
      costed.add(UnitCost.added(s, results.get(i), plan.cost()));
    }
    List<Payback.Step> steps = new ArrayList<>();
    for (int i = 1; i < names.size(); i++) {
      Scenario a = scenarios.get(i - 1);
      Scenario s = scenarios.get(i);
      if (a.costs().given() && s.costs().given()) {
        double training = Reskilling.plan(a.associates().payroll(), s.associates().payroll(), s.transitions())
            .cost();
        steps.add(Payback.of(names.get(i - 1), a, costed.get(i - 1), names.get(i), s, costed.get(i), training));
      }
    }
    return new LevelEconomics(baseline, List.copyOf(costed), java.util.Collections.unmodifiableMap(plans), List.copyOf(steps));
  }
}
