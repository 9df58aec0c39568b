package org.fcsim.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;
import org.fcsim.dist.DistSpec;
import org.junit.jupiter.api.Test;
import umontreal.ssj.rng.RandomStream;

/**
 * Samplers against their distributions' theory, and the whole-count mean and distribution
 * ({@code max(1, round(X))}) against closed forms. Sample checks draw 20,000 values from a
 * fixed stream; each tolerance is about 5 standard errors of the sample mean.
 */
class VariatesTest {
  private static final int N = 20_000;

  private static RandomStream stream() {
    return new Streams(42, 0).stream("variatesTest");
  }

  /** Mean of N draws, checking each draw with {@code inRange} (1 if fine). */
  private static double sampleMean(DistSpec spec, DoubleUnaryOperator inRange) {
    Sampler sampler = Variates.of(spec, stream());
    double sum = 0;
    for (int i = 0; i < N; i++) {
      double x = sampler.sample();
      assertEquals(1, inRange.applyAsDouble(x), () -> spec + " drew " + x);
      sum += x;
    }
    return sum / N;
  }

  private static DoubleUnaryOperator between(double lo, double hi) {
    return x -> x >= lo && x <= hi ? 1 : 0;
  }

  @Test
  void degenerateSpecsDrawOneValue() {
    RandomStream s = stream();
    assertEquals(3.5, Variates.of(new DistSpec.Constant(3.5), s).sample(), 0);
    assertEquals(0, Variates.of(new DistSpec.Exponential(0), s).sample(), 0);
    assertEquals(2, Variates.of(new DistSpec.Uniform(2, 2), s).sample(), 0);
    assertEquals(4, Variates.of(new DistSpec.Triangular(4, 4, 4), s).sample(), 0);
    assertEquals(0, Variates.of(new DistSpec.Normal(-3, 0), s).sample(), 0);
    assertEquals(5, Variates.of(new DistSpec.Normal(5, 0), s).sample(), 0);
    assertEquals(7, Variates.of(new DistSpec.Lognormal(7, 0), s).sample(), 0);
    assertEquals(0, Variates.of(new DistSpec.Lognormal(0, 0.5), s).sample(), 0);
    assertEquals(0, Variates.of(new DistSpec.Gamma(0, 0.5), s).sample(), 0);
    assertEquals(0, Variates.of(new DistSpec.Erlang(0, 3), s).sample(), 0);
    assertEquals(9, Variates.of(new DistSpec.Empirical(new double[] {9}), s).sample(), 0);
  }

  @Test
  void continuousSamplersMatchTheirMeans() {
    assertEquals(3, sampleMean(new DistSpec.Uniform(2, 4), between(2, 4)), 0.02);
    assertEquals(4, sampleMean(new DistSpec.Exponential(4), between(0, Double.MAX_VALUE)), 0.15);
    // triangular(min 0, mode 1, max 5): mean 2
    assertEquals(2, sampleMean(new DistSpec.Triangular(0, 1, 5), between(0, 5)), 0.04);
    assertEquals(10, sampleMean(new DistSpec.Lognormal(10, 0.5), between(0, Double.MAX_VALUE)), 0.2);
    assertEquals(5, sampleMean(new DistSpec.Gamma(5, 0.5), between(0, Double.MAX_VALUE)), 0.1);
    assertEquals(6, sampleMean(new DistSpec.Erlang(6, 3), between(0, Double.MAX_VALUE)), 0.12);
  }

  @Test
  void anEmpiricalSpecDrawsOnlyItsValuesEquallyOften() {
    Sampler sampler = Variates.of(new DistSpec.Empirical(new double[] {1, 2, 3}), stream());
    int[] seen = new int[4];
    for (int i = 0; i < N; i++) {
      double x = sampler.sample();
      assertEquals(Math.rint(x), x, 0, "a value of the list");
      seen[(int) x]++;
    }
    assertEquals(0, seen[0]);
    for (int v = 1; v <= 3; v++) {
      assertEquals(N / 3.0, seen[v], 0.03 * N);
    }
  }

  @Test
  void samplersOnTheSameSubstreamRepeat() {
    DistSpec spec = new DistSpec.Lognormal(10, 0.5);
    Sampler a = Variates.of(spec, stream());
    Sampler b = Variates.of(spec, stream());
    for (int i = 0; i < 10; i++) {
      assertEquals(a.sample(), b.sample(), 0);
    }
  }

  @Test
  void meanCountOfExactSpecs() {
    assertEquals(2, Variates.meanCount(new DistSpec.Constant(2.4)), 0);
    assertEquals(3, Variates.meanCount(new DistSpec.Constant(2.5)), 0);
    assertEquals(1, Variates.meanCount(new DistSpec.Constant(0.2)), 0);
    // rounded: 1, 1, 2, 3
    assertEquals(1.75, Variates.meanCount(new DistSpec.Empirical(new double[] {0, 1, 2, 2.6})), 1e-12);
    // degenerate continuous specs: their mean, at least 1
    assertEquals(1, Variates.meanCount(new DistSpec.Exponential(0)), 0);
    assertEquals(3, Variates.meanCount(new DistSpec.Uniform(3, 3)), 0);
  }

  @Test
  void meanCountOfAUniformIsExact() {
    // uniform(0.5, 3.5): 1, 2, 3 a third each
    assertEquals(2, Variates.meanCount(new DistSpec.Uniform(0.5, 3.5)), 1e-9);
    // uniform(0, 2): 1 on [0, 1.5), 2 on [1.5, 2]
    assertEquals(1.25, Variates.meanCount(new DistSpec.Uniform(0, 2)), 1e-9);
  }

  @Test
  void meanCountOfAnExponentialMatchesTheGeometricSum() {
    double mean = 2;
    double q = Math.exp(-1 / mean);
    // P(1) = F(1.5); P(k) = q^(k - 0.5) (1 - q) for k >= 2
    double p1 = 1 - Math.pow(q, 1.5);
    double tail = (1 - q) / Math.sqrt(q) * (q / ((1 - q) * (1 - q)) - q);
    assertEquals(p1 + tail, Variates.meanCount(new DistSpec.Exponential(mean)), 1e-9);
  }

  @Test
  void countPmfOfExactSpecs() {
    assertArrayEquals(new double[] {0, 0, 0, 1, 0}, Variates.countPmf(new DistSpec.Constant(3), 4), 0);
    assertArrayEquals(new double[] {0, 1, 0}, Variates.countPmf(new DistSpec.Constant(0), 2), 0);
    // 5 is above max: left out
    assertArrayEquals(new double[] {0, 0.5, 0.25, 0}, Variates.countPmf(new DistSpec.Empirical(new double[] {1, 1.2, 2, 5}), 3), 0);
    assertArrayEquals(new double[] {0, 0}, Variates.countPmf(new DistSpec.Constant(4), 1), 0);
  }

  @Test
  void countPmfOfAUniformIsExact() {
    assertArrayEquals(new double[] {0, 1 / 3.0, 1 / 3.0, 1 / 3.0, 0}, Variates.countPmf(new DistSpec.Uniform(0.5, 3.5), 4), 1e-12);
    // cut at max 2: the mass of 3 is left out
    assertArrayEquals(new double[] {0, 1 / 3.0, 1 / 3.0}, Variates.countPmf(new DistSpec.Uniform(0.5, 3.5), 2), 1e-12);
  }

  @Test
  void countPmfAgreesWithMeanCountForEveryContinuousKind() {
    DistSpec[] specs = {new DistSpec.Exponential(1.6), new DistSpec.Triangular(0, 1, 5),
        new DistSpec.Lognormal(2, 0.6), new DistSpec.Gamma(2.5, 0.7), new DistSpec.Erlang(3, 2)};
    for (DistSpec spec : specs) {
      double[] pmf = Variates.countPmf(spec, 200);
      double total = 0;
      double mean = 0;
      for (int k = 0; k < pmf.length; k++) {
        total += pmf[k];
        mean += k * pmf[k];
      }
      assertEquals(0, pmf[0], 0, spec.toString());
      assertEquals(1, total, 1e-9, spec.toString());
      assertEquals(Variates.meanCount(spec), mean, 1e-6, spec.toString());
      assertTrue(Variates.meanCount(spec) >= Math.max(1, spec.mean()) - 0.5, spec.toString());
    }
  }
}
