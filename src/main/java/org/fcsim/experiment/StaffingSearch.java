package org.fcsim.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.fcsim.model.Preflight;
import org.fcsim.scenario.Scenario;
import org.fcsim.stats.LevelResults;
import org.fcsim.stats.Metric;
import org.fcsim.stats.ReplicationResult;
import org.fcsim.stats.TargetCheck;
import org.fcsim.stats.Verdict;
import org.fcsim.task.Role;

/**
 * The smallest crew of a level that meets every target, found by simulation: keeping up with
 * demand (the keeps-up {@link Verdict}) and each target of the scenario, judged on the safe
 * side. With equal wages the least labour cost is the fewest people.
 *
 * <p>The search: a workload estimate first (each role's working hours in a run of the scenario's
 * own crew, over the available hours of one person, over the target utilization), grown by half
 * at a time until it meets every target, then coordinate descent — role by role, in role order, the least headcount that still meets every
 * target with the others held, found by doubling and bisection — until a pass changes nothing.
 * Every candidate runs replications 0 … n−1 of the same streams (common random numbers), so
 * candidates differ by crew, not noise. A candidate the verdicts cannot decide is run again with
 * twice the replications, up to {@value #MAX_REPLICATION_FACTOR} times the scenario's; still
 * undecided, it counts as missing the targets, so the answer errs toward more people (and the
 * result says how often that happened). A crew leaving a task nobody on shift can do fails
 * without a run (its tasks would wait for ever, unseen by the ledger's waits of finished tasks).
 * Assumes that more people never make a target worse.
 */
public final class StaffingSearch {
  /** How far replications per candidate may grow, as a multiple of the scenario's. */
  public static final int MAX_REPLICATION_FACTOR = 4;
  private static final int MAX_PASSES = 4;
  private static final int MAX_HEADCOUNT = 5000;

  /** One candidate judged: its crew, whether it met every target, and what failed. */
  public record Evaluation(Map<Role, Integer> crew, boolean meets, String failed, List<ReplicationResult> replications,
      Verdict verdict) {}

  /**
   * @param crew          the solved people per shift, by role
   * @param utilization   each solved role's utilization of available time at that crew (mean)
   * @param binding       per role, the target that one person fewer misses ("" if none does)
   * @param evaluations   candidates simulated (each with its replications)
   * @param undecided     candidates still undecided at the replication cap, counted as missing
   */
  public record Result(String level, Map<Role, Integer> crew, Map<Role, Double> utilization, Map<Role, String> binding,
      int evaluations, int undecided, Verdict verdict) {}

  private final String level;
  private final Scenario scenario;
  private final Function<Scenario, List<TargetCheck.Target>> targetsOf;
  private final int threads;
  private final Consumer<Evaluation> progress;
  private final Map<Map<Role, Integer>, Evaluation> seen = new LinkedHashMap<>();
  private int undecided;

  private StaffingSearch(String level, Scenario scenario, Function<Scenario, List<TargetCheck.Target>> targetsOf,
      int threads, Consumer<Evaluation> progress) {
    this.level = level;
    this.scenario = scenario;
    this.targetsOf = targetsOf;
    this.threads = threads;
    this.progress = progress;
  }

  /**
   * Solves one level.
   *
   * @param targetsOf the targets to meet besides keeping up, for a scenario
   * @param progress  told of each candidate as it is judged
   */
  public static Result solve(String level, Scenario scenario, Function<Scenario, List<TargetCheck.Target>> targetsOf,
      int threads, Consumer<Evaluation> progress) {
    List<Role> staffed = scenario.associates().countPerShift().entrySet().stream().filter(e -> e.getValue() > 0)
        .map(Map.Entry::getKey).toList();
    return solve(level, scenario, staffed, targetsOf, threads, progress);
  }

  /** As {@link #solve(String, Scenario, Function, int, Consumer)}, solving only {@code roles}; the others keep their counts. */
  public static Result solve(String level, Scenario scenario, List<Role> roles,
      Function<Scenario, List<TargetCheck.Target>> targetsOf, int threads, Consumer<Evaluation> progress) {
    return new StaffingSearch(level, scenario, targetsOf, threads, progress).solve(roles);
  }

  /** One crew judged exactly as the search judges its candidates: for checking an answer. */
  public static Evaluation judge(String level, Scenario scenario, Map<Role, Integer> crew,
      Function<Scenario, List<TargetCheck.Target>> targetsOf, int threads) {
    return new StaffingSearch(level, scenario, targetsOf, threads, e -> { }).evaluate(crew);
  }

  private Result solve(List<Role> roles) {
    Map<Role, Integer> crew = feasible(estimate(roles), roles);
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      boolean changed = false;
      for (Role role : roles) {
        int best = leastFor(role, crew);
        if (best != crew.get(role)) {
          crew.put(role, best);
          changed = true;
        }
      }
      if (!changed) {
        break;
      }
    }
    Evaluation at = evaluate(crew);
    Map<Role, Double> utilization = new TreeMap<>();
    Map<Role, String> binding = new TreeMap<>();
    for (Role role : roles) {
      utilization.put(role, meanOf(at, "utilizationOfAvailable." + role.key()));
      if (crew.get(role) > 0) {
        Map<Role, Integer> fewer = new TreeMap<>(crew);
        fewer.put(role, crew.get(role) - 1);
        Evaluation e = evaluate(fewer);
        binding.put(role, e.meets() ? "" : e.failed());
      }
    }
    return new Result(level, java.util.Collections.unmodifiableMap(new TreeMap<>(crew)), utilization, binding, seen.size(),
        undecided, at.verdict());
  }

  /** Each role's working hours over one person's available hours over the utilization target, at least 1. */
  private Map<Role, Integer> estimate(List<Role> roles) {
    Evaluation given = evaluate(new TreeMap<>(scenario.associates().countPerShift()));
    if (roles.isEmpty()) {
      return new TreeMap<>(scenario.associates().countPerShift());
    }
    double maxUtilization = Math.min(0.95, scenario.targets().maxUtilization());
    Map<Role, Integer> crew = new TreeMap<>(scenario.associates().countPerShift());
    for (Role role : roles) {
      int now = scenario.associates().countPerShift().get(role);
      double busy = meanOf(given, "busyHours." + role.key());
      double onShift = meanOf(given, "onShiftHours." + role.key());
      double perPerson = onShift / now;
      int needed = Double.isNaN(busy) || !(perPerson > 0) ? now : (int) Math.ceil(busy / perPerson / maxUtilization);
      crew.put(role, Math.max(1, needed));
    }
    return crew;
  }

  /**
   * A crew that meets every target, from the estimate: every solved role grown by half (at least
   * one person) until it does, so that the descent starts where every role's count can only fall.
   */
  private Map<Role, Integer> feasible(Map<Role, Integer> estimate, List<Role> roles) {
    Map<Role, Integer> crew = new TreeMap<>(estimate);
    for (int round = 0; round < 12 && !evaluate(crew).meets(); round++) {
      for (Role role : roles) {
        crew.put(role, Math.min(MAX_HEADCOUNT, crew.get(role) + Math.max(1, crew.get(role) / 2)));
      }
    }
    return crew;
  }

  /** The least headcount of {@code role} meeting every target with the rest of {@code crew} held. */
  private int leastFor(Role role, Map<Role, Integer> crew) {
    int hi = Math.max(1, crew.get(role));
    while (!evaluate(with(crew, role, hi)).meets()) {
      if (hi >= MAX_HEADCOUNT) {
        return hi;
      }
      hi = Math.min(MAX_HEADCOUNT, hi * 2);
    }
    int lo = 0; // a role whose tasks arise cannot be 0 (the pre-flight check says nobody could do them)
    if (evaluate(with(crew, role, 0)).meets()) {
      return 0;
    }
    while (hi - lo > 1) {
      int mid = (lo + hi) / 2;
      if (evaluate(with(crew, role, mid)).meets()) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return hi;
  }

  private static Map<Role, Integer> with(Map<Role, Integer> crew, Role role, int count) {
    Map<Role, Integer> next = new TreeMap<>(crew);
    next.put(role, count);
    return next;
  }

  /** Runs a crew (once; judged results are kept) and judges it, adding replications while undecided. */
  Evaluation evaluate(Map<Role, Integer> crew) {
    Evaluation known = seen.get(crew);
    if (known != null) {
      return known;
    }
    Scenario candidate = scenario.withCrew(crew);
    // a task nobody on shift can do waits for ever, unseen by the ledger's waits: that crew fails without a run
    String nobody = Preflight.warnings(candidate).stream().filter(w -> w.startsWith("nobody on shift can do")).findFirst()
        .orElse(null);
    if (nobody != null) {
      Evaluation e = new Evaluation(java.util.Collections.unmodifiableMap(new TreeMap<>(crew)), false, nobody.substring(0, nobody.indexOf(" (")), List.of(), null);
      seen.put(Map.copyOf(crew), e);
      progress.accept(e);
      return e;
    }
    List<TargetCheck.Target> targets = targetsOf.apply(candidate);
    int n = scenario.replications();
    List<ReplicationResult> reps = new ArrayList<>(Experiment.run(List.of(candidate), threads, ProgressListener.NONE).get(0));
    Evaluation e;
    while (true) {
      Verdict v = Verdict.of(new LevelResults(level, reps), List.of(), targets);
      String failed = failed(v);
      boolean decided = !v.keepsUp().equals("undecided") && v.targets().stream().noneMatch(t -> t.met().equals("undecided"));
      if (decided || !failed.isEmpty() && !failed.endsWith("?") || n >= MAX_REPLICATION_FACTOR * scenario.replications()) {
        if (!decided && failed.endsWith("?")) {
          undecided++;
        }
        e = new Evaluation(java.util.Collections.unmodifiableMap(new TreeMap<>(crew)), failed.isEmpty(), failed, List.copyOf(reps), v);
        break;
      }
      reps.addAll(Experiment.run(List.of(candidate), List.of(n), List.of(n), threads, ProgressListener.NONE).get(0));
      n *= 2;
    }
    seen.put(Map.copyOf(crew), e);
    progress.accept(e);
    return e;
  }

  /** The first target the verdict does not meet ("keeps up", or a target's name; "?" when only undecided); "" when all are met. */
  private static String failed(Verdict v) {
    if (v.keepsUp().equals("no")) {
      return "keeps up";
    }
    for (TargetCheck t : v.targets()) {
      if (t.met().equals("missed")) {
        return t.name();
      }
    }
    if (v.keepsUp().equals("undecided")) {
      return "keeps up?";
    }
    for (TargetCheck t : v.targets()) {
      if (t.met().equals("undecided")) {
        return t.name() + "?";
      }
    }
    return "";
  }

  /** The mean over the evaluation's replications of {@code metric} (or of its family's members, the highest); NaN if absent. */
  private static double meanOf(Evaluation e, String metric) {
    double best = Double.NaN;
    if (e.replications().isEmpty()) {
      return best;
    }
    for (Metric m : e.replications().get(0).values().keySet()) {
      if (m.name().equals(metric) || m.name().startsWith(metric + ".")) {
        double mean = e.replications().stream().mapToDouble(r -> r.values().get(m)).filter(x -> !Double.isNaN(x))
            .average().orElse(Double.NaN);
        best = Double.isNaN(best) || mean > best ? mean : best;
      }
    }
    return best;
  }
}
