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
  private final double[] cumulative;
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
    int at = Arrays.binarySearch(cumulative, u);
    return Math.min(cumulative.length - 1, at >= 0 ? at : -at - 1);
  }

  public Scenario.ItemClass itemClass(int sku) {
    return classOf[sku];
  }

  public int pod(int sku) {
    return podOf[sku];
  }
}
