package org.fcsim.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Whether one automation level keeps up with its demand, and what binds it, erring on the safe
 * side.
 *
 * <p><b>Keeps up.</b> Replication by replication (paired, so common random numbers cancel),
 * the shortfall is the units that arrived early enough to ship in the measured window — the
 * window shifted back by the replication's mean order cycle time, by Little's law — minus the
 * units shipped in it, per hour ({@code shortfallUnitsPerHour}). Unshifted, it would be the growth
 * of work in progress, which also counts the work legitimately in flight at the end and swings
 * with the last minutes' arrivals. With its Student-t 95% interval over replications and a
 * tolerance of {@value #TOLERANCE} of the demand:
 * {@code yes} when the upper bound is below the tolerance, {@code no} when the lower bound is
 * above it, {@code undecided} otherwise (or with one replication), with an estimate of the
 * replications that would decide. A backlog keeps up when every replication cleared it; a closed
 * loop offers no load, and gets no verdict.
 *
 * <p><b>Bottleneck.</b> The resource group with the highest utilization of its available time
 * ({@code utilizationOfAvailable.<group>}, mean over replications). A queue that grows in front
 * of a group (the lower 95% bound of {@code queueGrowthPerHour.<group>} above zero) is the
 * second signal; when it points elsewhere, the verdict says so.
 *
 * @param keepsUp     {@code yes}, {@code no}, {@code undecided}, or {@code n/a} (closed loop)
 * @param warnings    the level's pre-flight warnings, each one line
 */
public record Verdict(String level, String keepsUp, double demandUnitsPerHour, double shippedUnitsPerHour,
    double pickedUnitsPerHour, double shortfallUnitsPerHour, double shortfallLow, double shortfallHigh,
    double wipGrowthUnitsPerHour, double wipGrowthLow, double wipGrowthHigh,
    String bottleneck, double bottleneckUtilization, String growingQueue, String note, List<String> warnings,
    List<TargetCheck> targets) {

  /** Shortfall tolerated, as a share of the demand: below it a level keeps up. */
  public static final double TOLERANCE = 0.03;

  public Verdict {
    warnings = List.copyOf(warnings);
    targets = List.copyOf(targets);
  }

  /** The verdict with the scenario's further targets judged too. */
  public static Verdict of(LevelResults results, List<String> warnings, List<TargetCheck.Target> targets) {
    Verdict v = of(results, warnings);
    return new Verdict(v.level, v.keepsUp, v.demandUnitsPerHour, v.shippedUnitsPerHour, v.pickedUnitsPerHour,
        v.shortfallUnitsPerHour, v.shortfallLow, v.shortfallHigh, v.wipGrowthUnitsPerHour, v.wipGrowthLow, v.wipGrowthHigh,
        v.bottleneck, v.bottleneckUtilization, v.growingQueue, v.note, v.warnings,
        TargetCheck.judge(targets, results.replications()));
  }

  /** The targets besides keeping up, one line ({@code "targets: ...; ..."}); empty without any. */
  public String targetsLine() {
    if (targets.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder(level).append(" targets: ");
    for (int i = 0; i < targets.size(); i++) {
      sb.append(i == 0 ? "" : "; ").append(targets.get(i).line());
    }
    return sb.toString();
  }

  public static Verdict of(LevelResults results, List<String> warnings) {
    List<ReplicationResult> reps = results.replications();
    double demand = mean(reps, "demandUnitsPerHour");
    double shipped = mean(reps, "unitsPerHour");
    double picked = mean(reps, "unitsPickedPerHour");
    double[] growth = interval(reps, "wipGrowthUnitsPerHour");
    double[] shortfall = interval(reps, "shortfallUnitsPerHour");
    String[] bottleneck = bottleneck(reps);
    String queue = "";
    String keepsUp;
    String note = "";
    if (!Double.isNaN(demand)) {
      double tolerance = TOLERANCE * demand;
      if (Double.isNaN(shortfall[1])) {
        keepsUp = "undecided";
        note = "one replication cannot decide; run 2 or more";
      } else if (shortfall[2] < tolerance) {
        keepsUp = "yes";
      } else if (shortfall[1] > tolerance) {
        keepsUp = "no";
      } else {
        keepsUp = "undecided";
        note = String.format(Locale.ROOT, "about %d replications would decide", replicationsToDecide(reps, tolerance));
      }
    } else if (has(reps, "backlogClearedSec")) {
      long cleared = reps.stream().filter(r -> !Double.isNaN(value(r, "backlogClearedSec"))).count();
      keepsUp = cleared == reps.size() ? "yes" : cleared == 0 ? "no" : "undecided";
      note = String.format(Locale.ROOT, "backlog cleared in %d of %d replications", cleared, reps.size());
    } else if (has(reps, "unitsPerHour") && !has(reps, "arrivedUnitsPerHour")) {
      keepsUp = "n/a";
      note = "closed loop: no offered load, so no verdict";
    } else {
      keepsUp = "n/a";
      note = "no offered load";
    }
    if (has(reps, "stowBacklogGrowthUnitsPerHour") && !keepsUp.equals("n/a")) {
      // the inbound side: stow keeps up when its backlog does not grow by more than the tolerance of what comes in
      double[] stow = interval(reps, "stowBacklogGrowthUnitsPerHour");
      double tolerance = TOLERANCE * mean(reps, "inboundUnitsPerHour");
      if (stow[1] > tolerance) {
        keepsUp = "no";
        note = join(note, String.format(Locale.ROOT, "stow falls %.0f units/h behind what is received", stow[0]));
      } else if (!(stow[2] < tolerance) && keepsUp.equals("yes")) {
        keepsUp = "undecided";
        note = join(note, "whether stow keeps up with what is received is undecided");
      }
    }
    if (!keepsUp.equals("yes")) {
      queue = growingQueue(reps);
    }
    if (!queue.isEmpty() && !queue.equals(bottleneck[0]) && !bottleneck[0].isEmpty()) {
      note = join(note, "utilization points to " + bottleneck[0] + ", a growing queue to " + queue);
    }
    return new Verdict(results.level(), keepsUp, demand, shipped, picked, shortfall[0], shortfall[1], shortfall[2],
        growth[0], growth[1], growth[2],
        bottleneck[0], bottleneck[0].isEmpty() ? Double.NaN : Double.parseDouble(bottleneck[1]), queue, note, warnings,
        List.of());
  }

  /** One plain line for the first screen. */
  public String line() {
    StringBuilder sb = new StringBuilder(level).append(": ");
    switch (keepsUp) {
      case "yes" -> sb.append(String.format(Locale.ROOT, "keeps up: ships %.0f of %.0f units/h demanded", shippedUnitsPerHour,
          demandUnitsPerHour));
      case "no" -> sb.append(String.format(Locale.ROOT, "does NOT keep up: ships %.0f of %.0f units/h demanded, "
          + "falls %.0f units/h behind", shippedUnitsPerHour, demandUnitsPerHour, shortfallUnitsPerHour));
      case "undecided" -> sb.append(Double.isNaN(demandUnitsPerHour) ? "undecided"
          : String.format(Locale.ROOT, "undecided: ships %.0f of %.0f units/h demanded", shippedUnitsPerHour, demandUnitsPerHour));
      default -> sb.append(String.format(Locale.ROOT, "%.0f units/h", shippedUnitsPerHour));
    }
    if (!bottleneck.isEmpty()) {
      sb.append(String.format(Locale.ROOT, "; bottleneck %s at %.0f%% of available time", bottleneck,
          100 * bottleneckUtilization));
    }
    if (!note.isEmpty()) {
      sb.append(" (").append(note).append(')');
    }
    return sb.toString();
  }

  private static String join(String a, String b) {
    return a.isEmpty() ? b : a + "; " + b;
  }

  private static String[] bottleneck(List<ReplicationResult> reps) {
    String best = "";
    double bestValue = Double.NEGATIVE_INFINITY;
    for (Map.Entry<String, double[]> e : family(reps, "utilizationOfAvailable.").entrySet()) {
      double m = meanOf(e.getValue());
      if (m > bestValue) {
        best = e.getKey();
        bestValue = m;
      }
    }
    return new String[] {best, Double.toString(bestValue)};
  }

  private static String growingQueue(List<ReplicationResult> reps) {
    String best = "";
    double bestLow = 0;
    for (Map.Entry<String, double[]> e : family(reps, "queueGrowthPerHour.").entrySet()) {
      double[] ci = interval(e.getValue());
      if (ci[1] > bestLow) {
        best = e.getKey();
        bestLow = ci[1];
      }
    }
    return best;
  }

  /** Per group name (the part after {@code prefix}), its value in every replication. */
  private static Map<String, double[]> family(List<ReplicationResult> reps, String prefix) {
    Map<String, double[]> out = new LinkedHashMap<>();
    for (Metric m : reps.get(0).values().keySet()) {
      if (m.name().startsWith(prefix)) {
        double[] values = new double[reps.size()];
        for (int i = 0; i < reps.size(); i++) {
          values[i] = value(reps.get(i), m.name());
        }
        out.put(m.name().substring(prefix.length()), values);
      }
    }
    return out;
  }

  private static int replicationsToDecide(List<ReplicationResult> reps, double tolerance) {
    double[] g = column(reps, "shortfallUnitsPerHour");
    double mean = meanOf(g);
    double sd = Math.sqrt(variance(g, mean));
    double gap = Math.abs(mean - tolerance);
    double t = quantile(g.length - 1);
    return (int) Math.max(g.length + 1, Math.ceil(Math.pow(t * sd / gap, 2)));
  }

  private static boolean has(List<ReplicationResult> reps, String metric) {
    return reps.get(0).values().keySet().stream().anyMatch(m -> m.name().equals(metric));
  }

  private static double value(ReplicationResult r, String metric) {
    for (Map.Entry<Metric, Double> e : r.values().entrySet()) {
      if (e.getKey().name().equals(metric)) {
        return e.getValue();
      }
    }
    return Double.NaN;
  }

  private static double[] column(List<ReplicationResult> reps, String metric) {
    return reps.stream().mapToDouble(r -> value(r, metric)).filter(v -> !Double.isNaN(v)).toArray();
  }

  private static double mean(List<ReplicationResult> reps, String metric) {
    return meanOf(column(reps, metric));
  }

  /** Mean, low and high of the Student-t 95% interval; NaN bounds with fewer than 2 values. */
  private static double[] interval(List<ReplicationResult> reps, String metric) {
    return interval(column(reps, metric));
  }

  static double[] interval(double[] values) {
    double[] v = java.util.Arrays.stream(values).filter(x -> !Double.isNaN(x)).toArray();
    double mean = meanOf(v);
    if (v.length < 2) {
      return new double[] {mean, Double.NaN, Double.NaN};
    }
    double half = quantile(v.length - 1) * Math.sqrt(variance(v, mean) / v.length);
    return new double[] {mean, mean - half, mean + half};
  }

  private static double meanOf(double[] v) {
    double sum = 0;
    int n = 0;
    for (double x : v) {
      if (!Double.isNaN(x)) {
        sum += x;
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }

  private static double variance(double[] v, double mean) {
    double ss = 0;
    for (double x : v) {
      ss += (x - mean) * (x - mean);
    }
    return ss / (v.length - 1);
  }

  private static double quantile(int df) {
    return new TDistribution(null, df, TDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY).inverseCumulativeProbability(0.975);
  }

  /** Every level's verdict, without warnings. */
  public static List<Verdict> of(List<LevelResults> levels) {
    List<Verdict> out = new ArrayList<>();
    levels.forEach(l -> out.add(of(l, List.of())));
    return out;
  }
}
