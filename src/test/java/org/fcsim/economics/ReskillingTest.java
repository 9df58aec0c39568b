package org.fcsim.economics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.fcsim.scenario.Scenario;
import org.fcsim.task.Role;
import org.junit.jupiter.api.Test;

/** The transport problem of moving people between roles: exact small cases and brute force. */
class ReskillingTest {
  private static final Role PICKER = Role.PICKER;
  private static final Role PACKER = Role.PACKER;
  private static final Role SORTER = Role.SORTER;
  private static final Role TECH = Role.ROBOTICS_TECHNICIAN;
  private static final Role SOLVER = Role.PROBLEM_SOLVER;
  private static final Role OPERATOR = Role.AUTOMATION_OPERATOR;

  @Test
  void peopleMoveAlongPathwaysAndTheRestAreNotRetrainedOrHired() {
    Scenario.Transitions t = transitions(10, pathway(PICKER, TECH, 12, 2000, 15000), pathway(PICKER, SOLVER, 1, 160, 1500));
    Reskilling.Plan plan = Reskilling.plan(crew(PICKER, 10, SORTER, 4), crew(PICKER, 4, SORTER, 4, TECH, 2, SOLVER, 3,
        OPERATOR, 1), t);
    assertEquals("picker>roboticsTech 2, picker>problemSolver 3", moves(plan));
    assertEquals(Map.of(PICKER, 1), plan.leaving());
    assertEquals(Map.of(OPERATOR, 1), plan.hired(), "no pathway leads to automationOperator");
    assertEquals(2 * (12 * 40 + 2000) + 3 * (40 + 160), plan.trainingHours(), 1e-9);
    assertEquals(2 * 15000 + 3 * 1500, plan.cost(), 1e-9);
    assertEquals(12 + 50, plan.weeks(), 1e-9, "ten places: everyone trains at once; the apprenticeship is the longest");
    Reskilling.Plan oneAtATime = Reskilling.plan(crew(PICKER, 10, SORTER, 4), crew(PICKER, 4, SORTER, 4, TECH, 2, SOLVER, 3), 
        transitions(1, t.pathways().toArray(Scenario.Pathway[]::new)));
    assertEquals(2 * 62 + 3 * 5, oneAtATime.weeks(), 1e-9, "one place: one after another");
  }

  @Test
  void theCheaperSourceMovesWhenPlacesAreScarce() {
    Scenario.Transitions t = transitions(10, pathway(PICKER, TECH, 12, 2000, 100), pathway(PACKER, TECH, 12, 2000, 50));
    Reskilling.Plan plan = Reskilling.plan(crew(PICKER, 3, PACKER, 3), crew(PICKER, 2, PACKER, 2, TECH, 1), t);
    assertEquals("packer>roboticsTech 1", moves(plan));
    assertEquals(Map.of(PICKER, 1), plan.leaving());
  }

  @Test
  void movingMorePeopleComesBeforeCheaperTraining() {
    Scenario.Transitions t = transitions(10, pathway(PICKER, TECH, 12, 2000, 1000), pathway(PICKER, SOLVER, 1, 0, 10),
        pathway(PACKER, SOLVER, 1, 0, 10));
    Reskilling.Plan plan = Reskilling.plan(crew(PICKER, 1, PACKER, 1), crew(TECH, 1, SOLVER, 1), t);
    assertEquals(2, plan.moving(), moves(plan));
    assertEquals(1010, plan.cost(), 1e-9);
  }

  @Test
  void equalCostsChooseTheShorterTraining() {
    Scenario.Transitions t = transitions(10, pathway(PICKER, SOLVER, 4, 0, 100), pathway(PACKER, SOLVER, 1, 0, 100));
    assertEquals("packer>problemSolver 1", moves(Reskilling.plan(crew(PICKER, 1, PACKER, 1), crew(SOLVER, 1), t)));
  }

  /** 300 random small instances: the simplex plan moves as many and costs as little as the best of every whole-number plan. */
  @Test
  void matchesBruteForceEnumeration() {
    Random random = new Random(20261205);
    Role[] from = {PICKER, PACKER, SORTER};
    Role[] to = {TECH, SOLVER, OPERATOR};
    for (int instance = 0; instance < 300; instance++) {
      Map<Role, Integer> before = new TreeMap<>();
      Map<Role, Integer> after = new TreeMap<>();
      for (Role r : from) {
        before.put(r, 3);
        after.put(r, 3 - random.nextInt(4));
      }
      for (Role r : to) {
        after.put(r, random.nextInt(4));
      }
      List<Scenario.Pathway> pathways = new ArrayList<>();
      for (Role f : from) {
        for (Role g : to) {
          if (random.nextDouble() < 0.6) {
            pathways.add(pathway(f, g, random.nextInt(3), 0, 1 + random.nextInt(20)));
          }
        }
      }
      Reskilling.Plan plan = Reskilling.plan(before, after, transitions(10, pathways.toArray(Scenario.Pathway[]::new)));
      double[] best = bruteForce(before, after, pathways);
      assertEquals(best[0], plan.moving(), "instance " + instance + ": people moved");
      assertEquals(best[1], plan.cost(), 1e-6, "instance " + instance + ": cost");
      int supplied = plan.moving() + plan.leaving().values().stream().mapToInt(Integer::intValue).sum();
      int shrink = before.entrySet().stream().mapToInt(e -> Math.max(0, e.getValue() - after.getOrDefault(e.getKey(), 0))).sum();
      assertEquals(shrink, supplied, "instance " + instance + ": every person of a shrinking role moves or is not retrained");
    }
  }

  /** {most moved, least cost among those} over every whole-number assignment. */
  private static double[] bruteForce(Map<Role, Integer> before, Map<Role, Integer> after, List<Scenario.Pathway> pathways) {
    double[] best = {-1, 0};
    enumerate(0, new int[pathways.size()], before, after, pathways, best);
    return best;
  }

  private static void enumerate(int i, int[] x, Map<Role, Integer> before, Map<Role, Integer> after,
      List<Scenario.Pathway> pathways, double[] best) {
    if (i == x.length) {
      Map<Role, Integer> out = new TreeMap<>();
      Map<Role, Integer> in = new TreeMap<>();
      int moved = 0;
      double cost = 0;
      for (int k = 0; k < x.length; k++) {
        out.merge(pathways.get(k).from(), x[k], Integer::sum);
        in.merge(pathways.get(k).to(), x[k], Integer::sum);
        moved += x[k];
        cost += x[k] * pathways.get(k).cost();
      }
      for (Map.Entry<Role, Integer> e : out.entrySet()) {
        if (e.getValue() > Math.max(0, before.getOrDefault(e.getKey(), 0) - after.getOrDefault(e.getKey(), 0))) {
          return;
        }
      }
      for (Map.Entry<Role, Integer> e : in.entrySet()) {
        if (e.getValue() > Math.max(0, after.getOrDefault(e.getKey(), 0) - before.getOrDefault(e.getKey(), 0))) {
          return;
        }
      }
      if (moved > best[0] || moved == best[0] && cost < best[1]) {
        best[0] = moved;
        best[1] = cost;
      }
      return;
    }
    for (int n = 0; n <= 3; n++) {
      x[i] = n;
      enumerate(i + 1, x, before, after, pathways, best);
    }
  }

  private static String moves(Reskilling.Plan plan) {
    return String.join(", ", plan.moves().stream()
        .map(m -> m.pathway().from().key() + ">" + m.pathway().to().key() + " " + m.people()).toList());
  }

  static Scenario.Pathway pathway(Role from, Role to, double weeks, double hours, double cost) {
    return new Scenario.Pathway(from, to, weeks, hours, cost);
  }

  static Scenario.Transitions transitions(int capacity, Scenario.Pathway... pathways) {
    return new Scenario.Transitions("", capacity, 40, List.of(pathways));
  }

  static Map<Role, Integer> crew(Object... roleAndCount) {
    Map<Role, Integer> crew = new TreeMap<>();
    for (int i = 0; i < roleAndCount.length; i += 2) {
      crew.put((Role) roleAndCount[i], (Integer) roleAndCount[i + 1]);
    }
    return crew;
  }
}
