package org.fcsim.flow;

import java.util.Arrays;
import java.util.List;
import org.fcsim.scenario.Scenario;
import umontreal.ssj.rng.RandomStream;

/**
 * The SKUs: how popular each is (Zipf with exponent {@code skuSkew}: SKU k is ordered in
 * proportion to 1/(k+1)^skew), which item class it belongs to, and which pod holds it. Each
 * SKU sits on one pod. Built once per replication from the layout stream, which is the same
 * for every replication and level, so the facility does not change between them.
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
  private final int[] podOf;

  public Catalog(Scenario.Demand demand, int pods, RandomStream layout) {
    int skus = demand.skus();
    cumulative = new double[skus];
    double sum = 0;
    for (int k = 0; k < skus; k++) {
      sum += Math.pow(k + 1, -demand.skuSkew());
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
    List<Scenario.ItemClass> classes = demand.itemClasses();
    classOf = new Scenario.ItemClass[skus];
    podOf = new int[skus];
    for (int k = 0; k < skus; k++) {
      classOf[k] = pickClass(classes, layout.nextDouble());
      podOf[k] = layout.nextInt(0, pods - 1);
    }
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

  public int skus() {
    return cumulative.length;
  }

  public Scenario.ItemClass itemClass(int sku) {
    return classOf[sku];
  }

  public int pod(int sku) {
    return podOf[sku];
  }
}
