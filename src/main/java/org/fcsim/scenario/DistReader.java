package org.fcsim.scenario;

import org.fcsim.dist.DistSpec;

/** Reads the mapping form of a distribution: {@code { dist: lognormal, mean: 12s, cv: 0.3 }}. */
final class DistReader {
  private static final double MAX_CV = 10;

  private DistReader() {}

  static DistSpec read(Section s, Quantity quantity, double max) {
    s.require("dist", "a distribution needs \"dist\", one of " + String.join(", ", DistSpec.KINDS));
    String kind = s.choice("dist", "", DistSpec.KINDS);
    switch (kind) {
      case "constant":
        return new DistSpec.Constant(required(s, "value", quantity, 0, max));
      case "exponential":
        return new DistSpec.Exponential(required(s, "mean", quantity, 0, max));
      case "uniform": {
        double min = required(s, "min", quantity, 0, max);
        return new DistSpec.Uniform(min, required(s, "max", quantity, min, max));
      }
      case "triangular": {
        double min = required(s, "min", quantity, 0, max);
        double mode = required(s, "mode", quantity, min, max);
        return new DistSpec.Triangular(min, mode, required(s, "max", quantity, mode, max));
      }
      case "normal":
        return new DistSpec.Normal(required(s, "mean", quantity, 0, max), required(s, "sd", quantity, 0, max));
      case "lognormal":
        return new DistSpec.Lognormal(required(s, "mean", quantity, 0, max), s.number("cv", 0.5, 0, MAX_CV));
      case "gamma":
        return new DistSpec.Gamma(required(s, "mean", quantity, 0, max), s.number("cv", 1, 0.01, MAX_CV));
      case "erlang":
        return new DistSpec.Erlang(required(s, "mean", quantity, 0, max), s.integer("k", 2, 1, 1000));
      case "empirical":
        return new DistSpec.Empirical(s.list("values", quantity, 0, max));
      default:
        throw new IllegalStateException("distribution kind without a reader: " + kind);
    }
  }

  private static double required(Section s, String key, Quantity quantity, double min, double max) {
    s.require(key, "the " + kindOf(s) + " distribution needs \"" + key + "\"");
    return s.quantity(key, quantity, 0, min, max);
  }

  private static String kindOf(Section s) {
    return String.valueOf(s.resolved().get("dist"));
  }
}
