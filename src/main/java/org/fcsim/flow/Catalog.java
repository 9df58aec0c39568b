package org.fcsim.flow;

import java.util.Arrays;
import java.util.List;
import org.fcsim.scenario.Scenario;
import org.fcsim.scenario.Trace;
import umontreal.ssj.rng.RandomStream;

/**
 * The SKUs: how popular each is (Zipf with exponent {@code skuSkew}: SKU k is ordered in
 * proportion to 1/(k+1)^skew; for a trace, in proportion to its units in the order history),
 * which item class it belongs to, and which pod holds it. Each SKU sits on one pod. Built once
 * per replication from the layout stream, which is the same for every replication and level,
 * so the facility does not change between them.
 *
 * <p>A trace's SKUs are its own ({@link Trace}: SKU k is the trace's SKU k), with the item class
 * and cube the item master gives; a SKU it gives no class is drawn one by share, as every SKU is
 * without a trace. The layout stream is drawn from alike either way (a class, then a pod, per
 * SKU), so the pods do not depend on where the classes came from.
 */
public final class Catalog {
  /** Buckets of the guide table: a power of two, so {@code u * buckets} is exact. */
  private static final int MAX_GUIDE_BUCKETS = 1 << 16;
  private final double[] cumulative;
  /**
   * A guide table over {@link #cumulative} (Devroye 1986, III.2.4): {@code guide[b]} is the first
   * SKU whose cumulative share is at least {@code b / buckets}, so a draw in bucket b searches only
   * from {@code guide[b]} to {@code guide[b + 1]} instead of the whole catalog.
   */
  private final int[] guide;
  private final Scenario.ItemClass[] classOf;
  private final double[] cubeOf;
  private final int[] podOf;

  /** The demand's catalog: its trace's SKUs if it has a trace, else {@code skus} SKUs of Zipf popularity. */
  public Catalog(Scenario.Demand demand, int pods, RandomStream layout) {
    this(demand.trace() == null ? zipf(demand.skus(), demand.skuSkew()) : unitsOrdered(demand.trace()),
        givenClasses(demand), givenCubes(demand), demand.itemClasses(), pods, layout);
  }

  /**
   * @param weights  each SKU's popularity, in any unit; overwritten (it becomes the cumulative shares)
   * @param given    each SKU's item class, or null where it is drawn by share; null: every one is drawn
   * @param cubes    each SKU's litres per unit, NaN where unknown; null: none known
   */
  private Catalog(double[] weights, Scenario.ItemClass[] given, double[] cubes, List<Scenario.ItemClass> classes, int pods,
      RandomStream layout) {
    int skus = weights.length;
    cumulative = weights;
    double sum = 0;
    for (int k = 0; k < skus; k++) {
      sum += weights[k];
      cumulative[k] = sum;
    }
    for (int k = 0; k < skus; k++) {
      cumulative[k] /= sum;
    }
    int buckets = Math.min(MAX_GUIDE_BUCKETS, Integer.highestOneBit(skus));
    guide = new int[buckets + 1];
    for (int b = 0, k = 0; b <= buckets; b++) {
      while (k < skus && cumulative[k] < (double) b / buckets) {
        k++;
      }
      guide[b] = k;
    }
    classOf = new Scenario.ItemClass[skus];
    cubeOf = cubes;
    podOf = new int[skus];
    for (int k = 0; k < skus; k++) {
      Scenario.ItemClass drawn = pickClass(classes, layout.nextDouble());
      classOf[k] = given != null && given[k] != null ? given[k] : drawn;
      podOf[k] = layout.nextInt(0, pods - 1);
    }
  }

  private static double[] zipf(int skus, double skew) {
    double[] weights = new double[skus];
    for (int k = 0; k < skus; k++) {
      weights[k] = Math.pow(k + 1, -skew);
    }
    return weights;
  }

  private static double[] unitsOrdered(Trace trace) {
    double[] weights = new double[trace.skus()];
    for (int k = 0; k < weights.length; k++) {
      weights[k] = trace.unitsOf(k);
    }
    return weights;
  }

  /** The item class the trace's item master gives each SKU (null where none); null without a trace. */
  private static Scenario.ItemClass[] givenClasses(Scenario.Demand demand) {
    Trace trace = demand.trace();
    if (trace == null) {
      return null;
    }
    Scenario.ItemClass[] given = new Scenario.ItemClass[trace.skus()];
    for (int k = 0; k < given.length; k++) {
      given[k] = trace.itemClass(k) < 0 ? null : demand.itemClasses().get(trace.itemClass(k));
    }
    return given;
  }

  /** The cube the trace's item master gives each SKU (NaN where none); null without a trace. */
  private static double[] givenCubes(Scenario.Demand demand) {
    Trace trace = demand.trace();
    if (trace == null) {
      return null;
    }
    double[] cubes = new double[trace.skus()];
    for (int k = 0; k < cubes.length; k++) {
      cubes[k] = trace.cubeLitres(k);
    }
    return cubes;
  }

  private static Scenario.ItemClass pickClass(List<Scenario.ItemClass> classes, double u) {
    double acc = 0;
    for (Scenario.ItemClass c : classes) {
      acc += c.share();
      if (u < acc) {
        return c;
      }
    }
    return classes.get(classes.size() - 1);
  }

  /** A SKU drawn by popularity from one uniform (inversion). */
  public int sku(double u) {
    int bucket = Math.min(guide.length - 2, (int) (u * (guide.length - 1)));
    // every SKU whose cumulative share could be the first at or above u lies in this range
    int at = Arrays.binarySearch(cumulative, guide[bucket], Math.min(cumulative.length, guide[bucket + 1] + 1), u);
    if (at >= 0) {
      at = Arrays.binarySearch(cumulative, u); // an exact hit: equal shares may repeat, so answer as the full search does
    }
    return Math.min(cumulative.length - 1, at >= 0 ? at : -at - 1);
  }

  /** SKU {@code sku}'s share of the lines ordered. */
  public double share(int sku) {
    return cumulative[sku] - (sku == 0 ? 0 : cumulative[sku - 1]);
  }

  /** SKUs in the catalog, numbered 0 to {@code skus() - 1}. */
  public int skus() {
    return podOf.length;
  }

  public Scenario.ItemClass itemClass(int sku) {
    return classOf[sku];
  }

  public int pod(int sku) {
    return podOf[sku];
  }

  /** Litres of one unit of the SKU, as the item master gives it; NaN when unknown (always, without a trace). */
  public double cube(int sku) {
    return cubeOf == null ? Double.NaN : cubeOf[sku];
  }
}
