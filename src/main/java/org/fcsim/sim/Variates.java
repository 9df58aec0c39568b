package org.fcsim.sim;

import org.fcsim.dist.DistSpec;
import java.util.Arrays;
import umontreal.ssj.probdist.ContinuousDistribution;
import umontreal.ssj.probdist.EmpiricalDist;
import umontreal.ssj.probdist.ErlangDist;
import umontreal.ssj.probdist.ExponentialDist;
import umontreal.ssj.probdist.GammaDist;
import umontreal.ssj.probdist.LognormalDist;
import umontreal.ssj.probdist.NormalDist;
import umontreal.ssj.probdist.TriangularDist;
import umontreal.ssj.probdist.TruncatedDist;
import umontreal.ssj.probdist.UniformDist;
import umontreal.ssj.randvar.ErlangConvolutionGen;
import umontreal.ssj.randvar.ExponentialGen;
import umontreal.ssj.randvar.GammaAcceptanceRejectionGen;
import umontreal.ssj.randvar.LognormalGen;
import umontreal.ssj.randvar.RandomVariateGen;
import umontreal.ssj.randvar.TriangularGen;
import umontreal.ssj.randvar.UniformGen;
import umontreal.ssj.rng.RandomStream;

/**
 * Turns a {@link DistSpec} into a {@link Sampler} on one stream. Inversion is used wherever
 * SSJ offers it (one uniform per variate, which keeps common random numbers aligned); gamma
 * uses acceptance-rejection, so give it a stream of its own.
 */
public final class Variates {
  private Variates() {}

  public static Sampler of(DistSpec spec, RandomStream stream) {
    if (spec instanceof DistSpec.Constant c) {
      double value = c.value();
      return () -> value;
    }
    if (spec instanceof DistSpec.Exponential e) {
      return gen(e.mean() == 0 ? null : new ExponentialGen(stream, 1 / e.mean()));
    }
    if (spec instanceof DistSpec.Uniform u) {
      return u.min() == u.max() ? constant(u.min()) : gen(new UniformGen(stream, u.min(), u.max()));
    }
    if (spec instanceof DistSpec.Triangular t) {
      return t.min() == t.max() ? constant(t.min()) : gen(new TriangularGen(stream, t.min(), t.max(), t.mode()));
    }
    if (spec instanceof DistSpec.Normal n) {
      if (n.sd() == 0) {
        return constant(Math.max(0, n.mean0()));
      }
      return gen(new RandomVariateGen(stream, new TruncatedDist(new NormalDist(n.mean0(), n.sd()), 0, Double.POSITIVE_INFINITY)));
    }
    if (spec instanceof DistSpec.Lognormal l) {
      if (l.cv() == 0 || l.mean() == 0) {
        return constant(l.mean());
      }
      double sigma2 = Math.log1p(l.cv() * l.cv());
      return gen(new LognormalGen(stream, Math.log(l.mean()) - sigma2 / 2, Math.sqrt(sigma2)));
    }
    if (spec instanceof DistSpec.Gamma g) {
      if (g.mean() == 0) {
        return constant(0);
      }
      double shape = 1 / (g.cv() * g.cv());
      return gen(new GammaAcceptanceRejectionGen(stream, shape, shape / g.mean()));
    }
    if (spec instanceof DistSpec.Erlang e) {
      return e.mean() == 0 ? constant(0) : gen(new ErlangConvolutionGen(stream, e.k(), e.k() / e.mean()));
    }
    if (spec instanceof DistSpec.Empirical emp) {
      double[] values = emp.values();
      return values.length == 1 ? constant(values[0]) : gen(new RandomVariateGen(stream, new EmpiricalDist(values)));
    }
    throw new IllegalArgumentException("no sampler for " + spec);
  }

  /**
   * The mean of {@code max(1, round(X))} for X of {@code spec}: how the floor turns a count
   * distribution (lines per order, units per line) into whole counts. Exact for constant and
   * empirical specs; for continuous ones summed over the distribution function until the tail
   * is below 1e-12 (or, past a million terms, the plain mean).
   */
  public static double meanCount(DistSpec spec) {
    if (spec instanceof DistSpec.Constant c) {
      return rounded(c.value());
    }
    if (spec instanceof DistSpec.Empirical e) {
      return Arrays.stream(e.values()).map(Variates::rounded).average().orElse(1);
    }
    ContinuousDistribution dist = distribution(spec);
    if (dist == null) {
      return Math.max(1, spec.mean());
    }
    double below = dist.cdf(1.5);
    double sum = below;
    for (int k = 2; k < 1_000_000; k++) {
      double upTo = dist.cdf(k + 0.5);
      sum += k * (upTo - below);
      below = upTo;
      if (1 - upTo < 1e-12) {
        return sum;
      }
    }
    return Math.max(1, spec.mean());
  }

  /**
   * The probabilities that {@code max(1, round(X))} for X of {@code spec} is k, for k from 0 to
   * {@code max} (entry 0 is 0; the mass above {@code max} is left out): the whole counts the floor
   * draws, as {@link #meanCount} takes them. Exact for constant and empirical specs.
   */
  public static double[] countPmf(DistSpec spec, int max) {
    double[] pmf = new double[max + 1];
    if (spec instanceof DistSpec.Empirical e) {
      for (double v : e.values()) {
        addMass(pmf, rounded(v), 1.0 / e.values().length);
      }
      return pmf;
    }
    ContinuousDistribution dist = distribution(spec);
    if (dist == null) {
      addMass(pmf, rounded(spec.mean()), 1); // a constant, or a degenerate spec whose draws are its mean
      return pmf;
    }
    double below = 0;
    for (int k = 1; k <= max; k++) {
      double upTo = dist.cdf(k + 0.5);
      pmf[k] = upTo - below;
      below = upTo;
    }
    return pmf;
  }

  private static void addMass(double[] pmf, double count, double p) {
    if (count < pmf.length) {
      pmf[(int) count] += p;
    }
  }

  private static double rounded(double x) {
    return Math.max(1, Math.round(x));
  }

  /** The SSJ distribution of a continuous spec; null for a degenerate one (its draws are constant). */
  private static ContinuousDistribution distribution(DistSpec spec) {
    if (spec instanceof DistSpec.Exponential e && e.mean() > 0) {
      return new ExponentialDist(1 / e.mean());
    }
    if (spec instanceof DistSpec.Uniform u && u.max() > u.min()) {
      return new UniformDist(u.min(), u.max());
    }
    if (spec instanceof DistSpec.Triangular t && t.max() > t.min()) {
      return new TriangularDist(t.min(), t.max(), t.mode());
    }
    if (spec instanceof DistSpec.Normal n && n.sd() > 0) {
      return new TruncatedDist(new NormalDist(n.mean0(), n.sd()), 0, Double.POSITIVE_INFINITY);
    }
    if (spec instanceof DistSpec.Lognormal l && l.cv() > 0 && l.mean() > 0) {
      double sigma2 = Math.log1p(l.cv() * l.cv());
      return new LognormalDist(Math.log(l.mean()) - sigma2 / 2, Math.sqrt(sigma2));
    }
    if (spec instanceof DistSpec.Gamma g && g.mean() > 0 && g.cv() > 0) {
      double shape = 1 / (g.cv() * g.cv());
      return new GammaDist(shape, shape / g.mean());
    }
    if (spec instanceof DistSpec.Erlang e && e.mean() > 0) {
      return new ErlangDist(e.k(), e.k() / e.mean());
    }
    return null;
  }

  private static Sampler gen(RandomVariateGen gen) {
    return gen == null ? constant(0) : gen::nextDouble;
  }

  private static Sampler constant(double value) {
    return () -> value;
  }
}
