package org.fcsim.economics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.fcsim.scenario.Scenario;
import org.fcsim.task.Role;

/**
 * Who is retrained into what when a site moves from one crew to another: a transport problem.
 * Roles that shrink supply people, roles that grow demand them, and a person can move only
 * along a pathway. First as many people as possible move (keeping people beats hiring and
 * letting go); among the plans that move that many, the cheapest, and among those the one with
 * the least training time. Both stages are linear programs solved by commons-math3's simplex;
 * a transport problem with whole supplies and demands has whole-number optimal corners, so the
 * counts are whole.
 */
public final class Reskilling {
  private Reskilling() {}

  /** {@code people} moving along one pathway. */
  public record Move(Scenario.Pathway pathway, int people) {
    /** Weeks one person spends training: classroom, then on-the-job hours at {@code hoursPerWeek}. */
    public double weeksEach(double hoursPerWeek) {
      return pathway.classroomWeeks() + pathway.onTheJobHours() / hoursPerWeek;
    }
  }

  /**
   * A plan between two crews (people per shift).
   *
   * @param moves          people along each pathway used, in pathway order
   * @param leaving        per shrinking role, people with no pathway to a growing role (they leave the site)
   * @param hired          per growing role, places no one moves into (hired from outside)
   * @param trainingHours  classroom hours (weeks × hours a week) and on-the-job hours of everyone moving
   * @param cost           training cost of everyone moving
   * @param weeks          weeks until everyone has trained, with {@code trainingCapacity} in training at once
   * @param hoursPerWeek   on-the-job hours a trainee works a week
   */
  public record Plan(List<Move> moves, Map<Role, Integer> leaving, Map<Role, Integer> hired, double trainingHours,
      double cost, double weeks, double hoursPerWeek) {
    public int moving() {
      return moves.stream().mapToInt(Move::people).sum();
    }

    /** Classroom and on-the-job hours of everyone moving along {@code m}. */
    public double trainingHours(Move m) {
      return m.people() * (m.pathway().classroomWeeks() * hoursPerWeek + m.pathway().onTheJobHours());
    }
  }

  /** The plan from crew {@code from} to crew {@code to} along {@code transitions}' pathways. */
  public static Plan plan(Map<Role, Integer> from, Map<Role, Integer> to, Scenario.Transitions transitions) {
    Map<Role, Integer> supply = new TreeMap<>();
    Map<Role, Integer> demand = new TreeMap<>();
    for (Role role : union(from.keySet(), to.keySet())) {
      int change = to.getOrDefault(role, 0) - from.getOrDefault(role, 0);
      if (change < 0) {
        supply.put(role, -change);
      } else if (change > 0) {
        demand.put(role, change);
      }
    }
    List<Scenario.Pathway> usable = transitions.pathways().stream()
        .filter(p -> supply.containsKey(p.from()) && demand.containsKey(p.to())).toList();
    int[] people = usable.isEmpty() ? new int[0] : solve(usable, supply, demand, transitions.hoursPerWeek());
    List<Move> moves = new ArrayList<>();
    Map<Role, Integer> leaving = new TreeMap<>(supply);
    Map<Role, Integer> hired = new TreeMap<>(demand);
    double cost = 0;
    for (int i = 0; i < usable.size(); i++) {
      if (people[i] > 0) {
        Scenario.Pathway p = usable.get(i);
        moves.add(new Move(p, people[i]));
        leaving.merge(p.from(), -people[i], Integer::sum);
        hired.merge(p.to(), -people[i], Integer::sum);
        cost += people[i] * p.cost();
      }
    }
    double hours = 0;
    for (Move m : moves) {
      hours += m.people() * (m.pathway().classroomWeeks() * transitions.hoursPerWeek() + m.pathway().onTheJobHours());
    }
    leaving.values().removeIf(n -> n == 0);
    hired.values().removeIf(n -> n == 0);
    return new Plan(List.copyOf(moves), Collections.unmodifiableMap(leaving), Collections.unmodifiableMap(hired), hours,
        cost, weeks(moves, transitions.trainingCapacity(), transitions.hoursPerWeek()), transitions.hoursPerWeek());
  }

  /** People per usable pathway: most moved, then least cost, then least training time. */
  private static int[] solve(List<Scenario.Pathway> usable, Map<Role, Integer> supply, Map<Role, Integer> demand,
      double hoursPerWeek) {
    int n = usable.size();
    List<LinearConstraint> limits = new ArrayList<>();
    supply.forEach((role, most) -> limits.add(row(usable, p -> p.from().equals(role), Relationship.LEQ, most)));
    demand.forEach((role, most) -> limits.add(row(usable, p -> p.to().equals(role), Relationship.LEQ, most)));
    double[] ones = new double[n];
    java.util.Arrays.fill(ones, 1);
    double moved = Math.round(optimize(new LinearObjectiveFunction(ones, 0), limits, GoalType.MAXIMIZE).getValue());
    List<LinearConstraint> atMost = new ArrayList<>(limits);
    atMost.add(new LinearConstraint(ones, Relationship.EQ, moved));
    // training time breaks ties between equally cheap plans; scaled so it never outweighs a unit of cost
    double maxWeeks = usable.stream().mapToDouble(p -> p.classroomWeeks() + p.onTheJobHours() / hoursPerWeek).max().orElse(0);
    double scale = 1e-3 / (1 + maxWeeks * (moved + 1));
    double[] cost = new double[n];
    for (int i = 0; i < n; i++) {
      Scenario.Pathway p = usable.get(i);
      cost[i] = p.cost() + scale * (p.classroomWeeks() + p.onTheJobHours() / hoursPerWeek);
    }
    double[] x = optimize(new LinearObjectiveFunction(cost, 0), atMost, GoalType.MINIMIZE).getPoint();
    int[] people = new int[n];
    for (int i = 0; i < n; i++) {
      people[i] = (int) Math.round(x[i]);
    }
    return people;
  }

  private static PointValuePair optimize(LinearObjectiveFunction f, List<LinearConstraint> constraints, GoalType goal) {
    return new SimplexSolver().optimize(new MaxIter(10_000), f, new LinearConstraintSet(constraints), goal,
        new NonNegativeConstraint(true));
  }

  private static LinearConstraint row(List<Scenario.Pathway> usable, java.util.function.Predicate<Scenario.Pathway> in,
      Relationship rel, double value) {
    double[] coefficients = new double[usable.size()];
    for (int i = 0; i < usable.size(); i++) {
      coefficients[i] = in.test(usable.get(i)) ? 1 : 0;
    }
    return new LinearConstraint(coefficients, rel, value);
  }

  /**
   * Weeks until everyone has trained with {@code capacity} training at once: longest training
   * first, each to the place that frees first (a list schedule within 4/3 of the shortest).
   */
  static double weeks(List<Move> moves, int capacity, double hoursPerWeek) {
    List<Double> each = new ArrayList<>();
    moves.forEach(m -> {
      for (int i = 0; i < m.people(); i++) {
        each.add(m.weeksEach(hoursPerWeek));
      }
    });
    each.sort(Collections.reverseOrder());
    PriorityQueue<Double> places = new PriorityQueue<>();
    for (int i = 0; i < Math.min(capacity, each.size()); i++) {
      places.add(0.0);
    }
    double end = 0;
    for (double w : each) {
      double done = places.poll() + w;
      end = Math.max(end, done);
      places.add(done);
    }
    return end;
  }

  private static List<Role> union(Collection<Role> a, Collection<Role> b) {
    java.util.TreeSet<Role> all = new java.util.TreeSet<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }
}
