package org.fcsim.scenario;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * An order history: one row per order line, with the columns {@code time}, {@code order},
 * {@code sku} and {@code units} (see {@link CsvTable} for the file's form).
 *
 * <ul>
 *   <li>{@code time}: seconds from the start of the run (a number ≥ 0), or a local date-time
 *       such as {@code 2026-03-02T06:15:00} (a space for the T is accepted), in which case time 0
 *       is midnight of the earliest row's date. Every row uses the same form. Times are taken as
 *       they are: a daylight-saving change inside the file is not corrected.</li>
 *   <li>{@code order}: an order id; rows with the same id, anywhere in the file, are lines of one
 *       order, which arrives at its earliest row's time.</li>
 *   <li>{@code sku}: a SKU id, any text.</li>
 *   <li>{@code units}: a whole number from 1 to {@value #MAX_UNITS}.</li>
 * </ul>
 *
 * The rows need not be in time order. Every SKU gets no item class and no cube here
 * ({@link ItemMasterCsv} adds them).
 */
final class OrderHistoryCsv {
  static final List<String> COLUMNS = List.of("time", "order", "sku", "units");
  static final int MAX_UNITS = 1_000_000;
  private static final Pattern SECONDS = Pattern.compile("\\d+(\\.\\d+)?");
  private static final Pattern WHOLE = Pattern.compile("\\d{1,9}");
  private static final long DAY_SEC = 86_400;

  private final CsvTable table;
  /** Null until the first row: whether times are date-times (else seconds), and the line that said so. */
  private Boolean dates;
  private int formLine;
  /** With date-times: midnight of the first row's date as epoch seconds, from which row times are counted first. */
  private long firstMidnight;
  /** With date-times: the earliest row's day, in days from {@link #firstMidnight}. */
  private long earliestDay = Long.MAX_VALUE;

  private OrderHistoryCsv(CsvTable table) {
    this.table = table;
  }

  /** Reads the history into a trace with no item classes or cubes; any bad row is a located error. */
  static Trace read(String file, byte[] bytes) {
    return new OrderHistoryCsv(new CsvTable(file, bytes, COLUMNS, List.of())).read(file);
  }

  private Trace read(String file) {
    Map<String, Integer> orderIndex = new HashMap<>();
    Map<String, Integer> skuIndex = new HashMap<>();
    List<String> skuIds = new ArrayList<>();
    double[] orderTime = new double[1024];
    int[] rowOrder = new int[1024];
    int[] rowSku = new int[1024];
    int[] rowUnits = new int[1024];
    int rows = 0;
    while (table.next()) {
      double time = time();
      String orderId = id("order", "an order id");
      String skuId = id("sku", "a SKU id");
      int units = units();
      if (rows == rowOrder.length) {
        rowOrder = Arrays.copyOf(rowOrder, 2 * rows);
        rowSku = Arrays.copyOf(rowSku, 2 * rows);
        rowUnits = Arrays.copyOf(rowUnits, 2 * rows);
      }
      Integer order = orderIndex.get(orderId);
      if (order == null) {
        order = orderIndex.size();
        orderIndex.put(orderId, order);
        if (order == orderTime.length) {
          orderTime = Arrays.copyOf(orderTime, 2 * order);
        }
        orderTime[order] = time;
      }
      orderTime[order] = Math.min(orderTime[order], time);
      rowOrder[rows] = order;
      rowSku[rows] = skuIndex.computeIfAbsent(skuId, id -> {
        skuIds.add(id);
        return skuIds.size() - 1;
      });
      rowUnits[rows] = units;
      rows++;
    }
    if (rows == 0) {
      throw new ScenarioException(file, new YamlNode.Location(1, 1), "", "no order lines after the header");
    }
    int orders = orderIndex.size();
    if (dates) {
      for (int o = 0; o < orders; o++) {
        orderTime[o] -= earliestDay * DAY_SEC;
      }
    }
    return assemble(skuIds.toArray(String[]::new), Arrays.copyOf(orderTime, orders), rows, rowOrder, rowSku, rowUnits);
  }

  /**
   * The trace: orders sorted by time (a stable sort, so ties keep the order of their first row),
   * each order's lines in file order.
   */
  private static Trace assemble(String[] skuIds, double[] orderTime, int rows, int[] rowOrder, int[] rowSku, int[] rowUnits) {
    int orders = orderTime.length;
    int[] byTime = IntStream.range(0, orders).boxed().sorted(Comparator.comparingDouble(o -> orderTime[o]))
        .mapToInt(Integer::intValue).toArray();
    int[] rank = new int[orders];
    double[] arrival = new double[orders];
    for (int r = 0; r < orders; r++) {
      rank[byTime[r]] = r;
      arrival[r] = orderTime[byTime[r]];
    }
    int[] start = new int[orders + 1];
    for (int row = 0; row < rows; row++) {
      start[rank[rowOrder[row]] + 1]++;
    }
    for (int r = 0; r < orders; r++) {
      start[r + 1] += start[r];
    }
    int[] next = Arrays.copyOf(start, orders);
    int[] lineSku = new int[rows];
    int[] lineUnits = new int[rows];
    long[] unitsOfSku = new long[skuIds.length];
    for (int row = 0; row < rows; row++) {
      int line = next[rank[rowOrder[row]]]++;
      lineSku[line] = rowSku[row];
      lineUnits[line] = rowUnits[row];
      unitsOfSku[rowSku[row]] += rowUnits[row];
    }
    int[] noClass = new int[skuIds.length];
    Arrays.fill(noClass, -1);
    double[] noCube = new double[skuIds.length];
    Arrays.fill(noCube, Double.NaN);
    return new Trace(skuIds, noClass, noCube, unitsOfSku, arrival, start, lineSku, lineUnits);
  }

  /** The row's time in seconds; with date-times, from midnight of the first row's date until the file is read. */
  private double time() {
    String text = table.text("time");
    boolean seconds = SECONDS.matcher(text).matches();
    LocalDateTime at = seconds ? null : dateTime(text);
    if (dates == null) {
      dates = !seconds;
      formLine = table.line();
      firstMidnight = seconds ? 0 : at.toLocalDate().atStartOfDay().toEpochSecond(ZoneOffset.UTC);
    } else if (dates == seconds) {
      throw table.error("time", "every row's time must have the same form: line " + formLine + " gives "
          + (dates ? "a date-time" : "seconds from the start of the run") + ", this row " + (dates ? "seconds" : "a date-time"));
    }
    if (seconds) {
      return Double.parseDouble(text);
    }
    long sinceFirst = at.toEpochSecond(ZoneOffset.UTC) - firstMidnight;
    earliestDay = Math.min(earliestDay, Math.floorDiv(sinceFirst, DAY_SEC));
    return sinceFirst + at.getNano() / 1e9;
  }

  private LocalDateTime dateTime(String text) {
    String iso = text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) + "T" + text.substring(11) : text;
    try {
      return LocalDateTime.parse(iso);
    } catch (DateTimeParseException e) {
      throw table.error("time", "must be seconds from the start of the run (a number >= 0) or a local date-time such as "
          + "2026-03-02T06:15:00, got \"" + Excerpt.of(text) + "\"");
    }
  }

  private String id(String column, String what) {
    String text = table.text(column);
    if (text.isEmpty()) {
      throw table.error(column, "empty; every row needs " + what);
    }
    return text;
  }

  private int units() {
    String text = table.text("units");
    int units = WHOLE.matcher(text).matches() ? Integer.parseInt(text) : 0;
    if (units < 1 || units > MAX_UNITS) {
      throw table.error("units", "must be a whole number from 1 to " + MAX_UNITS + ", got \"" + Excerpt.of(text) + "\"");
    }
    return units;
  }
}
