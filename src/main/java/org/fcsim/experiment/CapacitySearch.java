package org.fcsim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.fcsim.scenario.Scenario;
import org.fcsim.stats.LevelResults;
import org.fcsim.stats.Verdict;

/**
 * The highest demand a level keeps up with, found by simulation: the whole order profile is
 * scaled (its shape kept), or a trace's orders thinned or repeated
 * ({@link Scenario#withDemandScaledBy}), and each scale gets the keeps-up {@link Verdict} from
 * the level's own replications. From the scenario's demand, the scale doubles (or halves) until the verdict
 * changes, then is bisected until the highest load kept up with and the lowest one not are
 * within {@value #PRECISION} of each other.
 *
 * <p>The result brackets the capacity: {@code low} is the highest demand the level kept up with
 * ({@code yes}), {@code high} the lowest it did not ({@code no}); loads in between were
 * undecided or were not tried. {@code capacity} is the throughput the level shipped at
 * {@code high}, where its bottleneck is saturated: that is what the floor can deliver; its own
 * 95% interval is in the point tried there. Every replication of every scale uses the same
 * random numbers (common random numbers), so neighbouring scales differ by load, not noise.
 */
public final class CapacitySearch {
  /** Bisection stops when high / low is below 1 + this. */
  public static final double PRECISION = 0.02;
  /** The search goes no further than this many times the scenario's demand (or this fraction of it). */
  public static final double MAX_SCALE = 8;

  /** One load tried: the demand scale, the demand it offered, and its verdict. */
  public record Point(double scale, double demandUnitsPerHour, Verdict verdict) {}

  /**
   * @param basis      {@code as staffed} or {@code equipment only}
   * @param capacity   units/h shipped at {@code high}; NaN when no load was too much
   * @param low        highest demand with verdict yes (units/h); NaN when none was
   * @param high       lowest demand with verdict no (units/h); NaN when none was
   * @param bottleneck the bottleneck at {@code high} (else at {@code low})
   */
  public record Result(String level, String basis, double capacity, double low, double high, String bottleneck,
      List<Point> tried) {}

  private CapacitySearch() {}

  /**
   * Searches one level.
   *
   * @param tried told of each load as soon as its verdict is known (for progress output)
   * @throws IllegalArgumentException for a scenario without a demand rate (closed loop, backlog)
   */
  public static Result search(String level, String basis, Scenario scenario, int threads, Consumer<Point> tried) {
    if (!scenario.demand().mode().equals("poisson") && scenario.demand().trace() == null) {
      throw new IllegalArgumentException(level + ": capacity needs demand.mode: poisson or trace (a demand rate to scale)");
    }
    List<Point> points = new ArrayList<>();
    Point yes = null;
    Point no = null;
    Point undecidedAbove = null;
    double scale = 1;
    while (true) {
      Point p = evaluate(level, scenario, scale, threads);
      points.add(p);
      tried.accept(p);
      String v = p.verdict().keepsUp();
      if (v.equals("yes")) {
        yes = better(yes, p, true);
      } else if (v.equals("no")) {
        no = better(no, p, false);
      } else if (undecidedAbove == null || p.scale() < undecidedAbove.scale()) {
        undecidedAbove = p;
      }
      if (yes != null && no != null) {
        break;
      }
      if (yes == null && scale <= 1 / MAX_SCALE || no == null && scale >= MAX_SCALE) {
        break;
      }
      double lowest = points.stream().mapToDouble(Point::scale).min().orElse(1);
      double highest = points.stream().mapToDouble(Point::scale).max().orElse(1);
      scale = yes == null ? lowest / 2 : highest * 2;
    }
    // bisect the gaps next to the loads the verdict could not decide: yes .. lowest undecided, highest undecided .. no
    double lowUndecided = undecidedAbove == null ? Double.NaN : undecidedAbove.scale();
    double highUndecided = lowUndecided;
    int budget = 12;
    while (yes != null && no != null && budget-- > 0) {
      double below = Double.isNaN(lowUndecided) ? no.scale() : lowUndecided;
      double above = Double.isNaN(highUndecided) ? yes.scale() : highUndecided;
      double lowerGap = below / yes.scale();
      double upperGap = no.scale() / above;
      if (lowerGap <= 1 + PRECISION && upperGap <= 1 + PRECISION) {
        break;
      }
      double mid = lowerGap >= upperGap ? Math.sqrt(yes.scale() * below) : Math.sqrt(above * no.scale());
      Point p = evaluate(level, scenario, mid, threads);
      points.add(p);
      tried.accept(p);
      switch (p.verdict().keepsUp()) {
        case "yes" -> yes = p;
        case "no" -> no = p;
        default -> {
          lowUndecided = Double.isNaN(lowUndecided) ? mid : Math.min(lowUndecided, mid);
          highUndecided = Double.isNaN(highUndecided) ? mid : Math.max(highUndecided, mid);
        }
      }
    }
    double capacity = no == null ? Double.NaN : no.verdict().shippedUnitsPerHour();
    String bottleneck = no != null ? no.verdict().bottleneck() : yes != null ? yes.verdict().bottleneck() : "";
    return new Result(level, basis, capacity, yes == null ? Double.NaN : yes.demandUnitsPerHour(),
        no == null ? Double.NaN : no.demandUnitsPerHour(), bottleneck, List.copyOf(points));
  }

  private static Point better(Point best, Point p, boolean higher) {
    if (best == null) {
      return p;
    }
    return higher == (p.scale() > best.scale()) ? p : best;
  }

  private static Point evaluate(String level, Scenario scenario, double scale, int threads) {
    Scenario scaled = scenario.withDemandScaledBy(scale);
    Verdict v = Verdict.of(new LevelResults(level, Experiment.run(List.of(scaled), threads, ProgressListener.NONE).get(0)),
        List.of());
    return new Point(scale, v.demandUnitsPerHour(), v);
  }
}
