package org.fcsim.scenario;

import java.util.Arrays;

/**
 * Demand read from a site's order history ({@code demand.mode: trace}): its orders in arrival
 * order, each with its lines as (SKU, units), and the SKUs they name with what the item master
 * says of each. Built by {@link TraceFiles} when the scenario loads, so the model never reads a
 * file; immutable, held in primitive arrays (a day of a big site, 100,000 orders, takes a few MB).
 *
 * <p>SKUs are numbered 0 to {@code skus() - 1} in the order they first appear in the history.
 * Orders are numbered 0 to {@code orders() - 1} by arrival time (seconds from the start of the
 * run), ties in the order of their first row in the file; order o's lines are lines
 * {@code firstLine(o)} to {@code firstLine(o + 1) - 1}, in file order.
 */
public final class Trace {
  private final String[] skuIds;
  private final int[] classOfSku;
  private final double[] cubeOfSku;
  private final long[] unitsOfSku;
  private final double[] arrivalSec;
  private final int[] lineStart;
  private final int[] lineSku;
  private final int[] lineUnits;
  /** Units of orders 0 to o - 1, for units arriving in a window without a scan. */
  private final long[] unitsBefore;

  /**
   * @param classOfSku index into {@code demand.itemClasses} of each SKU's class; -1 where the item
   *                   master does not give one (the catalog then draws it by share)
   * @param cubeOfSku  litres of one unit of each SKU; NaN where unknown
   * @param unitsOfSku units of each SKU ordered over the whole history: its popularity
   * @param lineStart  {@code orders + 1} offsets into the line arrays, from 0 to the number of lines
   */
  Trace(String[] skuIds, int[] classOfSku, double[] cubeOfSku, long[] unitsOfSku, double[] arrivalSec, int[] lineStart,
      int[] lineSku, int[] lineUnits) {
    this.skuIds = skuIds;
    this.classOfSku = classOfSku;
    this.cubeOfSku = cubeOfSku;
    this.unitsOfSku = unitsOfSku;
    this.arrivalSec = arrivalSec;
    this.lineStart = lineStart;
    this.lineSku = lineSku;
    this.lineUnits = lineUnits;
    unitsBefore = new long[arrivalSec.length + 1];
    for (int o = 0; o < arrivalSec.length; o++) {
      long units = 0;
      for (int l = lineStart[o]; l < lineStart[o + 1]; l++) {
        units += lineUnits[l];
      }
      unitsBefore[o + 1] = unitsBefore[o] + units;
    }
  }

  /** This trace with each SKU's class and cube as an item master gives them (same meaning as the constructor's). */
  Trace withItems(int[] classOfSku, double[] cubeOfSku) {
    return new Trace(skuIds, classOfSku, cubeOfSku, unitsOfSku, arrivalSec, lineStart, lineSku, lineUnits);
  }

  public int skus() {
    return skuIds.length;
  }

  /** The SKU's id as the files write it. */
  public String skuId(int sku) {
    return skuIds[sku];
  }

  /** Index into {@code demand.itemClasses} of the SKU's class from the item master; -1 when it gives none. */
  public int itemClass(int sku) {
    return classOfSku[sku];
  }

  /** Litres of one unit of the SKU; NaN when the item master gives none. */
  public double cubeLitres(int sku) {
    return cubeOfSku[sku];
  }

  /** Units of the SKU ordered over the whole history (not only the run's horizon): its popularity. */
  public long unitsOf(int sku) {
    return unitsOfSku[sku];
  }

  public int orders() {
    return arrivalSec.length;
  }

  /** When order o arrives, in seconds from the start of the run; never decreasing in o. */
  public double arrivalSec(int order) {
    return arrivalSec[order];
  }

  /** Index of order o's first line; {@code firstLine(orders())} is the number of lines. */
  public int firstLine(int order) {
    return lineStart[order];
  }

  public int lineSku(int line) {
    return lineSku[line];
  }

  public int lineUnits(int line) {
    return lineUnits[line];
  }

  /** Orders arriving at or after {@code fromSec} and before {@code toSec}. */
  public int ordersBetween(double fromSec, double toSec) {
    return Math.max(0, firstAtOrAfter(toSec) - firstAtOrAfter(fromSec));
  }

  /** Units of the orders arriving at or after {@code fromSec} and before {@code toSec}. */
  public long unitsBetween(double fromSec, double toSec) {
    return Math.max(0, unitsBefore[firstAtOrAfter(toSec)] - unitsBefore[firstAtOrAfter(fromSec)]);
  }

  /** Units of every order. */
  public long units() {
    return unitsBefore[orders()];
  }

  private int firstAtOrAfter(double sec) {
    int low = 0;
    int high = arrivalSec.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (arrivalSec[mid] < sec) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /**
   * This trace with each order kept {@code floor((o + 1) f) - floor(o f)} times: at f = 0.5 every
   * other order, at f = 2 each order twice (the copies arrive together), at f = 1.5 once and twice
   * by turns. The SKUs and their popularity stay as they are, so the facility built from them
   * does not change with the factor.
   */
  public Trace scaledBy(double factor) {
    int[] copies = new int[orders()];
    int orders = 0;
    int lines = 0;
    for (int o = 0; o < copies.length; o++) {
      copies[o] = (int) (Math.floor((o + 1) * factor) - Math.floor(o * factor));
      orders += copies[o];
      lines += copies[o] * (lineStart[o + 1] - lineStart[o]);
    }
    double[] arrival = new double[orders];
    int[] start = new int[orders + 1];
    int[] sku = new int[lines];
    int[] units = new int[lines];
    int n = 0;
    for (int o = 0; o < copies.length; o++) {
      for (int c = 0; c < copies[o]; c++) {
        arrival[n] = arrivalSec[o];
        int count = lineStart[o + 1] - lineStart[o];
        System.arraycopy(lineSku, lineStart[o], sku, start[n], count);
        System.arraycopy(lineUnits, lineStart[o], units, start[n], count);
        start[n + 1] = start[n] + count;
        n++;
      }
    }
    return new Trace(skuIds, classOfSku, cubeOfSku, unitsOfSku, arrival, start, sku, units);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Trace t && Arrays.equals(skuIds, t.skuIds) && Arrays.equals(classOfSku, t.classOfSku)
        && Arrays.equals(cubeOfSku, t.cubeOfSku) && Arrays.equals(unitsOfSku, t.unitsOfSku)
        && Arrays.equals(arrivalSec, t.arrivalSec) && Arrays.equals(lineStart, t.lineStart)
        && Arrays.equals(lineSku, t.lineSku) && Arrays.equals(lineUnits, t.lineUnits);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(arrivalSec) + Arrays.hashCode(lineSku);
  }

  @Override
  public String toString() {
    return "Trace[" + orders() + " orders, " + firstLine(orders()) + " lines, " + units() + " units, " + skus() + " SKUs]";
  }
}
