package org.fcsim.experiment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
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
 * The least-cost crew (and, when asked, equipment) of a level that meets every target, found by
 * simulation: keeping up with demand (the keeps-up {@link Verdict}) and each target of the
 * scenario, judged on the safe side. Cost is each {@link Lever}'s cost per operating hour times
 * its count: wages from the scenario's costs (every person alike without them, so the least
 * cost is the fewest people), equipment's capital, maintenance and energy per hour.
 *
 * <p>The search: a workload estimate first (each role's working hours in a run of the scenario's
 * own crew, over the available hours of one person, over the target utilization; equipment as
 * the scenario has it), grown by half at a time until it meets every target; then coordinate
 * descent — lever by lever, dearest first, the least count that still meets every target with
 * the others held, found by doubling and bisection — and exchanges — one fewer of a dearer
 * lever for 1, 2, 4, … more of a cheaper one while that costs less — until neither changes
 * anything. Every candidate runs replications 0 … n−1 of the same streams (common random
 * numbers), so candidates differ by crew, not noise. A candidate the verdicts cannot decide is
 * run again with twice the replications, up to {@value #MAX_REPLICATION_FACTOR} times the
 * scenario's; still undecided, it counts as missing the targets, so the answer errs toward more
 * (and the result says how often that happened). A crew leaving a task nobody on shift can do
 * fails without a run (its tasks would wait for ever, unseen by the ledger's waits of finished
 * tasks). Assumes that more of anything never makes a target worse.
 */
public final class StaffingSearch {
  /** How far replications per candidate may grow, as a multiple of the scenario's. */
  public static final int MAX_REPLICATION_FACTOR = 4;
  private static final int MAX_PASSES = 4;
  private static final int MAX_HEADCOUNT = 5000;

  /** One candidate judged: its counts by lever name, whether it met every target, and what failed. */
  public record Evaluation(Map<String, Integer> counts, boolean meets, String failed, List<ReplicationResult> replications,
      Verdict verdict) {}

  /**
   * @param counts        the solved count of every lever, by name, in lever order
   * @param crew          the solved people per shift of every role the scenario has (solved or held)
   * @param binding       per solved lever, the target that one fewer misses ("" if none does)
   * @param costPerHour   the solved levers' cost per operating hour
   * @param evaluations   candidates simulated (each with its replications)
   * @param undecided     candidates still undecided at the replication cap, counted as missing
   */
  public record Result(String level, Map<String, Integer> counts, Map<Role, Integer> crew,
      Map<String, String> binding, double costPerHour, int evaluations, int undecided, Verdict verdict) {
  }

  private final String level;
  private final Scenario scenario;
  private final List<Lever> levers;
  private final Function<Scenario, List<TargetCheck.Target>> targetsOf;
  private final int threads;
  private final Consumer<Evaluation> progress;
  private final Function<Map<String, Integer>, CellStore> stores;
  private final Map<Map<String, Integer>, Evaluation> seen = new LinkedHashMap<>();
  private int undecided;

  private StaffingSearch(String level, Scenario scenario, List<Lever> levers,
      Function<Scenario, List<TargetCheck.Target>> targetsOf, int threads, Consumer<Evaluation> progress,
      Function<Map<String, Integer>, CellStore> stores) {
    this.level = level;
    this.scenario = scenario;
    this.levers = List.copyOf(levers);
    this.targetsOf = targetsOf;
    this.threads = threads;
    this.progress = progress;
    this.stores = stores;
  }

  /** The staffed roles of a scenario (people per shift above 0), as levers. */
  public static List<Lever> staffedRoles(Scenario scenario) {
    return scenario.associates().countPerShift().entrySet().stream().filter(e -> e.getValue() > 0)
        .map(e -> Lever.of(e.getKey())).toList();
  }

  /**
   * Solves one level.
   *
   * @param levers    what may change; everything else keeps the scenario's value
   * @param targetsOf the targets to meet besides keeping up, for a scenario
   * @param progress  told of each candidate as it is judged
   * @param stores    where each candidate's finished cells are kept, by its counts, so an
   *                  interrupted search resumes ({@code c -> CellStore.NONE} for none)
   */
  public static Result solve(String level, Scenario scenario, List<Lever> levers,
      Function<Scenario, List<TargetCheck.Target>> targetsOf, int threads, Consumer<Evaluation> progress,
      Function<Map<String, Integer>, CellStore> stores) {
    return new StaffingSearch(level, scenario, levers, targetsOf, threads, progress, stores).solve();
  }

  /** Solves the staffed roles of one level, keeping no cells. */
  public static Result solve(String level, Scenario scenario, Function<Scenario, List<TargetCheck.Target>> targetsOf,
      int threads, Consumer<Evaluation> progress) {
    return solve(level, scenario, staffedRoles(scenario), targetsOf, threads, progress, c -> CellStore.NONE);
  }

  /** One candidate judged exactly as the search judges it: for checking an answer. */
  public static Evaluation judge(String level, Scenario scenario, Map<Role, Integer> crew,
      Function<Scenario, List<TargetCheck.Target>> targetsOf, int threads) {
    List<Lever> roles = crew.keySet().stream().map(Lever::of).toList();
    Map<String, Integer> counts = new LinkedHashMap<>();
    crew.forEach((role, n) -> counts.put(role.key(), n));
    return new StaffingSearch(level, scenario, roles, targetsOf, threads, e -> { }, c -> CellStore.NONE).evaluate(counts);
  }

  private Result solve() {
    Map<String, Integer> counts = feasible(estimate());
    List<Lever> dearestFirst = new ArrayList<>(levers);
    dearestFirst.sort(Comparator.comparingDouble((Lever l) -> -l.costPerHour(scenario)));
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      boolean changed = false;
      for (Lever lever : dearestFirst) {
        int best = leastFor(lever, counts);
        if (best != counts.get(lever.name())) {
          counts.put(lever.name(), best);
          changed = true;
        }
      }
      if (exchange(dearestFirst, counts)) {
        changed = true;
      }
      if (!changed) {
        break;
      }
    }
    Evaluation at = evaluate(counts);
    Map<String, String> binding = new LinkedHashMap<>();
    for (Lever lever : levers) {
      int n = counts.get(lever.name());
      if (n > lever.min()) {
        Evaluation e = evaluate(with(counts, lever, n - 1));
        binding.put(lever.name(), e.meets() ? "" : e.failed());
      }
    }
    Scenario solved = candidate(counts);
    return new Result(level, Collections.unmodifiableMap(new LinkedHashMap<>(counts)),
        Collections.unmodifiableMap(new TreeMap<>(solved.associates().countPerShift())), binding, cost(counts),
        seen.size(), undecided, at.verdict());
  }

  /** Cost per operating hour of {@code counts}. */
  private double cost(Map<String, Integer> counts) {
    return levers.stream().mapToDouble(l -> l.costPerHour(scenario) * counts.get(l.name())).sum();
  }

  /**
   * One fewer of a dearer lever for {@code k} more of a cheaper one, k = 1, 2, 4, … while that
   * costs less, the first that meets every target taken, again while one is; whether any was.
   */
  private boolean exchange(List<Lever> dearestFirst, Map<String, Integer> counts) {
    boolean changed = false;
    for (Lever dear : dearestFirst) {
      for (Lever cheap : dearestFirst) {
        double saving = dear.costPerHour(scenario);
        double more = cheap.costPerHour(scenario);
        if (dear == cheap || !(more < saving) || counts.get(dear.name()) <= dear.min()) {
          continue;
        }
        boolean swapped = true;
        while (swapped && counts.get(dear.name()) > dear.min()) {
          swapped = false;
          for (int k = 1; k * more < saving && counts.get(cheap.name()) + k <= cheap.max(scenario); k *= 2) {
            Map<String, Integer> trial = with(with(counts, dear, counts.get(dear.name()) - 1), cheap,
                counts.get(cheap.name()) + k);
            if (evaluate(trial).meets()) {
              counts.putAll(trial);
              changed = true;
              swapped = true;
              break;
            }
          }
        }
      }
    }
    return changed;
  }

  /**
   * Each role's working hours over one person's available hours over the utilization target, at
   * least 1; equipment as the scenario has it.
   */
  private Map<String, Integer> estimate() {
    Map<String, Integer> given = new LinkedHashMap<>();
    levers.forEach(l -> given.put(l.name(), l.valueIn(scenario)));
    Evaluation run = evaluate(given);
    double maxUtilization = Math.min(0.95, scenario.targets().maxUtilization());
    Map<String, Integer> counts = new LinkedHashMap<>(given);
    for (Lever lever : levers) {
      if (lever.isRole()) {
        int now = given.get(lever.name());
        double busy = meanOf(run, "busyHours." + lever.name());
        double onShift = meanOf(run, "onShiftHours." + lever.name());
        double perPerson = onShift / now;
        int needed = Double.isNaN(busy) || !(perPerson > 0) ? now : (int) Math.ceil(busy / perPerson / maxUtilization);
        counts.put(lever.name(), Math.max(1, needed));
      }
    }
    return counts;
  }

  /**
   * Counts that meet every target, from the estimate: every lever grown by half (at least one)
   * until they do, so that the descent starts where every count can only fall.
   */
  private Map<String, Integer> feasible(Map<String, Integer> estimate) {
    Map<String, Integer> counts = new LinkedHashMap<>(estimate);
    for (int round = 0; round < 12 && !evaluate(counts).meets(); round++) {
      for (Lever lever : levers) {
        int n = counts.get(lever.name());
        counts.put(lever.name(), Math.min(Math.min(MAX_HEADCOUNT, lever.max(scenario)), n + Math.max(1, n / 2)));
      }
    }
    return counts;
  }

  /** The least count of {@code lever} meeting every target with the rest of {@code counts} held. */
  private int leastFor(Lever lever, Map<String, Integer> counts) {
    int top = Math.min(MAX_HEADCOUNT, lever.max(scenario));
    int hi = Math.max(Math.max(1, lever.min()), counts.get(lever.name()));
    while (!evaluate(with(counts, lever, hi)).meets()) {
      if (hi >= top) {
        return hi;
      }
      hi = Math.min(top, hi * 2);
    }
    int lo = lever.min(); // a role whose tasks arise cannot be 0 (the pre-flight check says nobody could do them)
    if (evaluate(with(counts, lever, lo)).meets()) {
      return lo;
    }
    while (hi - lo > 1) {
      int mid = (lo + hi) / 2;
      if (evaluate(with(counts, lever, mid)).meets()) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return hi;
  }

  private static Map<String, Integer> with(Map<String, Integer> counts, Lever lever, int n) {
    Map<String, Integer> next = new LinkedHashMap<>(counts);
    next.put(lever.name(), n);
    return next;
  }

  private Scenario candidate(Map<String, Integer> counts) {
    Scenario s = scenario;
    for (Lever lever : levers) {
      s = lever.applied(s, counts.get(lever.name()));
    }
    return s;
  }

  /** Runs a candidate (once; judged results are kept) and judges it, adding replications while undecided. */
  Evaluation evaluate(Map<String, Integer> counts) {
    Evaluation known = seen.get(counts);
    if (known != null) {
      return known;
    }
    Map<String, Integer> key = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    Scenario candidate = candidate(counts);
    // a task nobody on shift can do waits for ever, unseen by the ledger's waits: that crew fails without a run
    String nobody = Preflight.warnings(candidate).stream().filter(w -> w.startsWith("nobody on shift can do")).findFirst()
        .orElse(null);
    if (nobody != null) {
      Evaluation e = new Evaluation(key, false, nobody.substring(0, nobody.indexOf(" (")), List.of(), null);
      seen.put(key, e);
      progress.accept(e);
      return e;
    }
    List<TargetCheck.Target> targets = targetsOf.apply(candidate);
    CellStore store = stores.apply(key);
    int n = scenario.replications();
    List<ReplicationResult> reps = new ArrayList<>(
        Experiment.run(List.of(candidate), List.of(0), List.of(n), threads, ProgressListener.NONE, store).get(0));
    Evaluation e;
    while (true) {
      Verdict v = Verdict.of(new LevelResults(level, reps), List.of(), targets);
      String failed = failed(v);
      boolean decided = !v.keepsUp().equals("undecided") && v.targets().stream().noneMatch(t -> t.met().equals("undecided"));
      if (decided || !failed.isEmpty() && !failed.endsWith("?") || n >= MAX_REPLICATION_FACTOR * scenario.replications()) {
        if (!decided && failed.endsWith("?")) {
          undecided++;
        }
        e = new Evaluation(key, failed.isEmpty(), failed, List.copyOf(reps), v);
        break;
      }
      reps.addAll(Experiment.run(List.of(candidate), List.of(n), List.of(n), threads, ProgressListener.NONE, store).get(0));
      n *= 2;
    }
    seen.put(key, e);
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
    return meanOf(e.replications(), metric);
  }

  /** The mean over {@code replications} of {@code metric} (or of its family's members, the highest); NaN if absent. */
  public static double meanOf(List<ReplicationResult> replications, String metric) {
    double best = Double.NaN;
    if (replications.isEmpty()) {
      return best;
    }
    for (Metric m : replications.get(0).values().keySet()) {
      if (m.name().equals(metric) || m.name().startsWith(metric + ".")) {
        double mean = replications.stream().mapToDouble(r -> r.values().get(m)).filter(x -> !Double.isNaN(x))
            .average().orElse(Double.NaN);
        best = Double.isNaN(best) || mean > best ? mean : best;
      }
    }
    return best;
  }
}
