package org.fcsim.cli;

import java.util.List;
import java.util.Locale;
import org.fcsim.report.DifferenceNumbers;
import org.fcsim.stats.MetricDifference;

/**
 * A comparison for the terminal: the most important metrics first (as {@code Differences}
 * orders them), at most {@link #ROWS} of them; metrics equal in every replication of both
 * levels are left to {@code compare.csv}.
 */
final class CompareTable {
  static final int ROWS = 24;
  private static final String NEEDS_TWO = "(needs 2+ replications)";
  private static final String COLUMNS = " %12s %12s %12s  %-26s %-4s %-26s %6s  %s%n";

  private CompareTable() {}

  static String format(String heading, String levelA, String levelB, List<MetricDifference> rows) {
    StringBuilder sb = new StringBuilder(heading).append(System.lineSeparator());
    int n = rows.isEmpty() ? 0 : rows.get(0).replications();
    sb.append(String.format(Locale.ROOT, "A = %s, B = %s. B - A with 95%% confidence intervals: paired = Student t%n"
        + "on the %d per-replication differences (replication r of B minus r of A: common random%n"
        + "numbers); sig. = the paired interval excludes 0 (unadjusted for multiple comparisons);%n"
        + "unpaired = Welch; ratio = paired half-width / unpaired (below 1: pairing helped).%n",
        levelA, levelB, n));
    List<MetricDifference> shown = rows.stream().filter(d -> !DifferenceNumbers.constant(d)).toList();
    List<MetricDifference> head = shown.subList(0, Math.min(ROWS, shown.size()));
    int width = Math.max(34, head.stream().mapToInt(d -> d.metric().name().length()).max().orElse(0));
    String row = "%-" + width + "s" + COLUMNS;
    sb.append(String.format(Locale.ROOT, row, "metric", "mean A", "mean B", "B - A", "paired 95% CI", "sig.",
        "unpaired 95% CI", "ratio", "unit"));
    for (MetricDifference d : head) {
      int digits = DifferenceNumbers.digits(d); // one precision per row
      sb.append(String.format(Locale.ROOT, row, d.metric().name(), DifferenceNumbers.number(d.meanA(), digits),
          DifferenceNumbers.number(d.meanB(), digits), DifferenceNumbers.signed(d.diff(), digits),
          DifferenceNumbers.interval(d.pairedLow(), d.pairedHigh(), digits, NEEDS_TWO),
          org.fcsim.report.CompareReport.significant(d),
          DifferenceNumbers.interval(d.unpairedLow(), d.unpairedHigh(), digits, NEEDS_TWO),
          Double.isNaN(d.halfWidthRatio()) ? "-" : String.format(Locale.ROOT, "%.3f", d.halfWidthRatio()),
          d.metric().unit()));
    }
    int more = Math.max(0, shown.size() - ROWS);
    int same = rows.size() - shown.size();
    if (more > 0 || same > 0) {
      sb.append(String.format(Locale.ROOT, "... %s in %s%n", more > 0 && same > 0
          ? more + " more metrics, and " + same + " equal in every replication of both levels,"
          : more > 0 ? more + " more metrics" : same + " metrics equal in every replication of both levels",
          CompareFolder.CSV));
    }
    return sb.toString();
  }
}
