package org.fcsim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fcsim.scenario.Excerpt;
import org.fcsim.scenario.NearestName;
import org.fcsim.stats.MetricSummary;
import org.fcsim.stats.ReplicationResult;
import org.fcsim.stats.Summaries;

/**
 * A precision to reach by adding replications: the 95% confidence half-width of one metric,
 * absolute (in the metric's unit) or relative to the absolute value of its mean.
 *
 * <p>Sequential rule: after the scenario's replications, every level whose half-width is
 * still above the target gets {@code batch} more (never past the cap), and the check repeats.
 * Replication r always uses substream r, so the first n replications are those of a plain
 * run with n replications, and the outcome is the same whatever the thread count, as long as
 * the batch size is.
 *
 * @param metric   metric name, e.g. {@code unitsPerHour}
 * @param value    the target half-width, &gt; 0; a fraction of the mean (0.01 for 1%) when relative
 * @param relative whether {@code value} is relative to |mean|
 */
public record HalfWidthTarget(String metric, double value, boolean relative) {
  public HalfWidthTarget {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("the target half-width must be a number > 0, got " + value);
    }
  }

  /**
   * Reads {@code METRIC=VALUE} or {@code METRIC=VALUE%}, e.g. {@code unitsPerHour=10} or
   * {@code unitsPerHour=0.5%}.
   *
   * @throws IllegalArgumentException saying what is wrong, with an example
   */
  public static HalfWidthTarget parse(String text) {
    int eq = text.indexOf('=');
    String example = "e.g. unitsPerHour=10 (units/h) or unitsPerHour=0.5% (of the mean)";
    if (eq <= 0 || eq == text.length() - 1) {
      throw new IllegalArgumentException("expected METRIC=VALUE or METRIC=VALUE%, " + example + ", got \"" + Excerpt.of(text) + "\"");
    }
    String metric = text.substring(0, eq).trim();
    String number = text.substring(eq + 1).trim();
    boolean relative = number.endsWith("%");
    if (relative) {
      number = number.substring(0, number.length() - 1).trim();
    }
    double value;
    try {
      value = Double.parseDouble(number);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("\"" + Excerpt.of(text.substring(eq + 1)) + "\" is not a number, " + example);
    }
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("the half-width must be a finite number > 0, got \""
          + Excerpt.of(text.substring(eq + 1)) + "\"");
    }
    return new HalfWidthTarget(metric, relative ? value / 100 : value, relative);
  }

  /** The 95% half-width of the metric over {@code results}; {@code NaN} with one replication. */
  public double halfWidth(List<ReplicationResult> results) {
    MetricSummary s = summary(results);
    return (s.ci95High() - s.ci95Low()) / 2;
  }

  /** The half-width the results must reach: {@code value}, or {@code value·|mean|} if relative. */
  public double required(List<ReplicationResult> results) {
    return relative ? value * Math.abs(summary(results).mean()) : value;
  }

  /** Whether the half-width over {@code results} is at or below the target. */
  public boolean isMet(List<ReplicationResult> results) {
    return halfWidth(results) <= required(results);
  }

  /**
   * How many replications each level still needs in the next round: {@code min(batch, cap − n)}
   * for a level above its target, 0 for one at it or at the cap. All zeros: stop.
   */
  public List<Integer> nextRound(List<List<ReplicationResult>> perLevel, int batch, int cap) {
    List<Integer> more = new ArrayList<>();
    for (List<ReplicationResult> results : perLevel) {
      more.add(isMet(results) ? 0 : Math.max(0, Math.min(batch, cap - results.size())));
    }
    return more;
  }

  /** As the user wrote it: {@code unitsPerHour=10} or {@code unitsPerHour=0.5%}. */
  @Override
  public String toString() {
    return metric + "=" + (relative ? plain(value * 100) + "%" : plain(value));
  }

  private MetricSummary summary(List<ReplicationResult> results) {
    try {
      return Summaries.find(Summaries.of("", results), metric);
    } catch (IllegalArgumentException e) {
      List<String> names = results.get(0).values().keySet().stream().map(m -> m.name()).toList();
      throw new IllegalArgumentException("no metric \"" + metric + "\" to reach a half-width on"
          + NearestName.of(metric, names).map(n -> " (did you mean \"" + n + "\"?)").orElse("") + "; metrics include "
          + String.join(", ", names.subList(0, Math.min(8, names.size()))) + ", ...");
    }
  }

  private static String plain(double v) {
    return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString().toLowerCase(Locale.ROOT);
  }
}
