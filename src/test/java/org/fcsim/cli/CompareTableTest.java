package org.fcsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.fcsim.stats.Metric;
import org.fcsim.stats.MetricDifference;
import org.junit.jupiter.api.Test;

/**
 * The compare table's numbers: one decimal in every column from 100s down to 1s, three for
 * fractions; and whether each paired interval excludes 0.
 */
class CompareTableTest {
  private static MetricDifference row(String name, double a, double b) {
    return new MetricDifference(new Metric(name, "x"), 3, a, b, b - a, b - a - 1.23456, b - a + 1.23456,
        b - a - 2.5, b - a + 2.5);
  }

  @Test
  void columnsKeepOneDecimalWhateverTheSizeAndThreeForFractions() {
    String table = CompareTable.format("heading", "A", "B", List.of(
        row("unitsPerHour", 3938.123, 3979.8), row("taskHours", 105.7, 53.02834), row("smallHours", 1.76141, 19.46052),
        row("utilization", 0.92771, 0.53)));
    List<String[]> cells = table.lines().skip(6).map(l -> l.trim().split(" +")).toList();
    assertEquals(List.of("3938.1", "3979.8", "+41.7"), List.of(cells.get(0)).subList(1, 4));
    assertEquals(List.of("105.7", "53.0", "-52.7"), List.of(cells.get(1)).subList(1, 4));
    assertEquals(List.of("1.8", "19.5", "+17.7"), List.of(cells.get(2)).subList(1, 4));
    assertEquals(List.of("0.928", "0.530", "-0.398"), List.of(cells.get(3)).subList(1, 4));
  }

  /** Beside the paired interval: whether it excludes 0, as compare.csv's significant column says. */
  @Test
  void eachRowSaysWhetherThePairedIntervalExcludesZero() {
    String table = CompareTable.format("heading", "A", "B", List.of(row("unitsPerHour", 3938.1, 3979.8),
        row("utilization", 0.92771, 0.53)));
    List<String[]> cells = table.lines().skip(6).map(l -> l.trim().split(" +")).toList();
    assertEquals("[+40.5,", cells.get(0)[4]);
    assertEquals("yes", cells.get(0)[6]);
    assertEquals("no", cells.get(1)[6], "[-1.633, +0.837] holds 0");
  }
}
