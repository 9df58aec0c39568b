package org.fcsim.sim;

import org.fcsim.dist.DistSpec;
import umontreal.ssj.probdist.EmpiricalDist;
import umontreal.ssj.probdist.NormalDist;
import umontreal.ssj.probdist.TruncatedDist;
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

  private static Sampler gen(RandomVariateGen gen) {
    return gen == null ? constant(0) : gen::nextDouble;
  }

  private static Sampler constant(double value) {
    return () -> value;
  }
}
