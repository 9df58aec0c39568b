package org.fcsim.dist;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleFunction;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * A probability distribution as a scenario file states it. Values are in the quantity's
 * internal unit (seconds for durations, plain numbers for counts). Turning a spec into
 * random variates is the simulation's job ({@code org.fcsim.sim.Variates}); a spec only
 * knows its parameters and its mean.
 */
public sealed interface DistSpec {
  /** Names as written after {@code dist:}, in the order error messages list them. */
  List<String> KINDS = List.of(
      "constant", "exponential", "uniform", "triangular", "normal", "lognormal", "gamma", "erlang",
      "empirical");

  double mean();

  /** Squared coefficient of variation, used by analytic checks. */
  double scv();

  /** The spec as a resolved scenario writes it back, formatting each value with {@code unit}. */
  Map<String, Object> describe(DoubleFunction<Object> unit);

  record Constant(double value) implements DistSpec {
    public double mean() { return value; }
    public double scv() { return 0; }
    public Map<String, Object> describe(DoubleFunction<Object> unit) {
      return map("constant", "value", unit.apply(value));
    }
  }

  record Exponential(double mean) implements DistSpec {
    public double scv() { return 1; }
    public Map<String, Object> describe(DoubleFunction<Object> unit) {
      return map("exponential", "mean", unit.apply(mean));
    }
  }

  record Uniform(double min, double max) implements DistSpec {
    public double mean() { return (min + max) / 2; }
    public double scv() { return mean() == 0 ? 0 : Math.pow(max - min, 2) / 12 / Math.pow(mean(), 2); }
    public Map<String, Object> describe(DoubleFunction<Object> unit) {
      return map("uniform", "min", unit.apply(min), "max", unit.apply(max));
    }
  }

  record Triangular(double min, double mode, double max) implements DistSpec {
    public double mean() { return (min + mode + max) / 3; }
    public double scv() {
      double var = (min * min + mode * mode + max * max - min * mode - min * max - mode * max) / 18;
      return mean() == 0 ? 0 : var / Math.pow(mean(), 2);
    }
    public Map<String, Object> describe(DoubleFunction<Object> unit) {
      return map("triangular", "min", unit.apply(min), "mode", unit.apply(mode), "max", unit.apply(max));
    }
  }

  /** A normal distribution truncated at zero; {@code mean} and {@code sd} are the untruncated ones. */
  record Normal(double mean0, double sd) implements DistSpec {
    /** Mean after truncation at zero. */
    public double mean() {
      if (sd == 0) {
        return Math.max(0, mean0);
      }
      NormalDistribution std = new NormalDistribution(0, 1);
      double alpha = -mean0 / sd;
      return mean0 + sd * std.density(alpha) / (1 - std.cumulativeProbability(alpha));
    }
    public double scv() {
      if (sd == 0) {
        return 0;
      }
      NormalDistribution std = new NormalDistribution(0, 1);
      double alpha = -mean0 / sd;
      double lambda = std.density(alpha) / (1 - std.cumulativeProbability(alpha));
      double var = sd * sd * (1 + alpha * lambda - lambda * lambda);
      return var / Math.pow(mean(), 2);
    }
    public Map<String, Object> describe(DoubleFunction<Object> unit) {
      return map("normal", "mean", unit.apply(mean0), "sd", unit.apply(sd));
    }
  }

  record Lognormal(double mean, double cv) implements DistSpec {
    public double scv() { return cv * cv; }
    public Map<String, Object> describe(DoubleFunction<Object> unit) {
      return map("lognormal", "mean", unit.apply(mean), "cv", cv);
    }
  }

  /** Gamma by mean and coefficient of variation: shape 1/cv². */
  record Gamma(double mean, double cv) implements DistSpec {
    public double scv() { return cv * cv; }
    public Map<String, Object> describe(DoubleFunction<Object> unit) {
      return map("gamma", "mean", unit.apply(mean), "cv", cv);
    }
  }

  /** Sum of {@code k} exponential phases with total mean {@code mean}. */
  record Erlang(double mean, int k) implements DistSpec {
    public double scv() { return 1.0 / k; }
    public Map<String, Object> describe(DoubleFunction<Object> unit) {
      return map("erlang", "mean", unit.apply(mean), "k", k);
    }
  }

  /** Each observed value equally likely; {@code values} are kept sorted. */
  record Empirical(double[] values) implements DistSpec {
    public Empirical {
      values = values.clone();
      Arrays.sort(values);
    }
    public double mean() { return Arrays.stream(values).average().orElse(0); }
    public double scv() {
      double m = mean();
      double var = Arrays.stream(values).map(v -> (v - m) * (v - m)).sum() / values.length;
      return m == 0 ? 0 : var / (m * m);
    }
    public Map<String, Object> describe(DoubleFunction<Object> unit) {
      return map("empirical", "values", Arrays.stream(values).mapToObj(unit).toList());
    }
    @Override
    public boolean equals(Object o) {
      return o instanceof Empirical e && Arrays.equals(values, e.values);
    }
    @Override
    public int hashCode() {
      return Arrays.hashCode(values);
    }
    @Override
    public String toString() {
      return "Empirical" + Arrays.toString(values);
    }
  }

  private static Map<String, Object> map(String kind, Object... keyValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("dist", kind);
    for (int i = 0; i < keyValues.length; i += 2) {
      m.put((String) keyValues[i], keyValues[i + 1]);
    }
    return m;
  }
}
