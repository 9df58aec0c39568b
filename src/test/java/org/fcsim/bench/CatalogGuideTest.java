package org.fcsim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.fcsim.flow.Catalog;
import org.fcsim.scenario.Scenario;
import org.fcsim.scenario.ScenarioLoader;
import org.fcsim.sim.Streams;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import umontreal.ssj.rng.RandomStream;

/**
 * The catalog's guide table (a bench optimisation) must pick exactly the SKU the plain binary
 * search over the whole cumulative array picked, for every uniform: random ones, and each
 * cumulative share itself, where equal shares (a steep skew flattens the tail into repeats)
 * would expose a difference.
 */
class CatalogGuideTest {
  @ParameterizedTest(name = "{0} SKUs, skew {1}")
  @CsvSource({"1, 0.8", "7, 0.8", "40000, 0.8", "200000, 0.6", "100000, 5"})
  void guidedSearchPicksWhatTheWholeArraySearchPicked(int skus, double skew) {
    Scenario.Demand demand = ScenarioLoader.parse("catalog.yaml", String.format(
        "demand: { mode: poisson, skus: %d, skuSkew: %s }%n", skus, skew).getBytes(StandardCharsets.UTF_8))
        .scenario().demand();
    Catalog catalog = new Catalog(demand, 10, new Streams(1, 0).stream("layout"));
    double[] cumulative = cumulative(skus, skew);
    RandomStream u = new Streams(2, 0).stream("u");
    for (int i = 0; i < 200_000; i++) {
      double v = u.nextDouble();
      assertEquals(wholeArraySearch(cumulative, v), catalog.sku(v), "u = " + v);
    }
    for (double v : cumulative) {
      if (v < 1) {
        assertEquals(wholeArraySearch(cumulative, v), catalog.sku(v), "u = " + v);
      }
    }
    assertEquals(wholeArraySearch(cumulative, 0), catalog.sku(0));
  }

  /** The shares as {@link Catalog} computes them. */
  private static double[] cumulative(int skus, double skew) {
    double[] c = new double[skus];
    double sum = 0;
    for (int k = 0; k < skus; k++) {
      sum += Math.pow(k + 1, -skew);
      c[k] = sum;
    }
    for (int k = 0; k < skus; k++) {
      c[k] /= sum;
    }
    return c;
  }

  /** The catalog's search before the guide table. */
  private static int wholeArraySearch(double[] cumulative, double u) {
    int at = Arrays.binarySearch(cumulative, u);
    return Math.min(cumulative.length - 1, at >= 0 ? at : -at - 1);
  }
}
