package org.fcsim.flow;

import umontreal.ssj.rng.RandomStream;

/**
 * A Poisson process whose rate is constant within each hour and follows an hourly profile that
 * repeats. Between hours the next arrival is drawn afresh at the new rate, which is exact for a
 * piecewise-constant rate because the exponential is memoryless.
 */
final class HourlyPoisson {
  private HourlyPoisson() {}

  /**
   * The time of the next arrival after {@code now}.
   *
   * @param perSecByHour the rate in each hour from time 0, per second
   * @throws IllegalStateException if no hour's rate is above 0
   */
  static double next(double now, double[] perSecByHour, RandomStream uniforms) {
    if (java.util.Arrays.stream(perSecByHour).noneMatch(r -> r > 0)) {
      throw new IllegalStateException("the hourly profile has no hour with a positive rate");
    }
    // hour after hour until an arrival falls inside one (a low rate may skip many hours)
    for (long hoursAhead = 0; ; hoursAhead++) {
      double hourStart = (Math.floor(now / 3600) + hoursAhead) * 3600;
      double from = Math.max(now, hourStart);
      double rate = perSecByHour[(int) (hourStart / 3600) % perSecByHour.length];
      if (rate > 0) {
        double at = from - Math.log1p(-uniforms.nextDouble()) / rate;
        if (at < hourStart + 3600) {
          return at;
        }
      }
    }
  }
}
