package org.fcsim.analysis;

/**
 * Steady state of the M/M/c queue: Poisson arrivals at rate λ per second, c identical servers,
 * exponential service with mean s seconds, FCFS, unlimited waiting room. Offered load a = λ s
 * Erlangs, server utilization ρ = a / c, which must be below 1.
 *
 * <p>The probability of waiting comes from the Erlang B recursion
 * B(0) = 1, B(k) = a B(k−1) / (k + a B(k−1)) and C = B / (1 − ρ (1 − B)): every step stays in
 * [0, 1], whereas the textbook a^c / c! form overflows beyond about 170 servers.
 */
public final class ErlangC {

  private final double arrivalRatePerSec;
  private final double meanServiceTimeSec;
  private final int servers;
  private final double probabilityOfWaiting;

  private ErlangC(double arrivalRatePerSec, double meanServiceTimeSec, int servers) {
    this.arrivalRatePerSec = arrivalRatePerSec;
    this.meanServiceTimeSec = meanServiceTimeSec;
    this.servers = servers;
    double load = offeredLoadErlangs();
    double blocking = erlangB(servers, load);
    this.probabilityOfWaiting = blocking / (1 - utilization() * (1 - blocking));
  }

  /**
   * @param arrivalRatePerSec λ, finite, ≥ 0
   * @param meanServiceTimeSec s, finite, &gt; 0
   * @param servers c ≥ 1
   * @throws IllegalArgumentException if an argument is out of range or ρ = λ s / c ≥ 1
   */
  public static ErlangC of(double arrivalRatePerSec, double meanServiceTimeSec, int servers) {
    if (!(arrivalRatePerSec >= 0) || Double.isInfinite(arrivalRatePerSec)) {
      throw new IllegalArgumentException("arrival rate must be finite and >= 0");
    }
    if (!(meanServiceTimeSec > 0) || Double.isInfinite(meanServiceTimeSec)) {
      throw new IllegalArgumentException("mean service time must be finite and > 0");
    }
    if (servers < 1) {
      throw new IllegalArgumentException("servers must be >= 1");
    }
    double utilization = arrivalRatePerSec * meanServiceTimeSec / servers;
    if (utilization >= 1) {
      throw new IllegalArgumentException(
          "unstable queue: utilization " + utilization + " >= 1");
    }
    return new ErlangC(arrivalRatePerSec, meanServiceTimeSec, servers);
  }

  /**
   * Erlang B: probability that an arrival finds all {@code servers} busy in the M/M/c/c loss
   * system with offered load {@code offeredLoadErlangs} (any finite value ≥ 0 is allowed).
   */
  public static double erlangB(int servers, double offeredLoadErlangs) {
    if (servers < 0) {
      throw new IllegalArgumentException("servers must be >= 0");
    }
    if (!(offeredLoadErlangs >= 0) || Double.isInfinite(offeredLoadErlangs)) {
      throw new IllegalArgumentException("offered load must be finite and >= 0");
    }
    double blocking = 1;
    for (int k = 1; k <= servers; k++) {
      double carried = offeredLoadErlangs * blocking;
      blocking = carried / (k + carried);
    }
    return blocking;
  }

  public double arrivalRatePerSec() {
    return arrivalRatePerSec;
  }

  public double meanServiceTimeSec() {
    return meanServiceTimeSec;
  }

  public int servers() {
    return servers;
  }

  /** a = λ s, mean number of busy servers. */
  public double offeredLoadErlangs() {
    return arrivalRatePerSec * meanServiceTimeSec;
  }

  /** ρ = λ s / c, the busy fraction of each server. */
  public double utilization() {
    return offeredLoadErlangs() / servers;
  }

  /** C(c, a): probability that an arrival finds all servers busy and has to wait. */
  public double probabilityOfWaiting() {
    return probabilityOfWaiting;
  }

  /** Wq = C s / (c − a), mean wait before service in seconds. */
  public double meanWaitInQueueSec() {
    return probabilityOfWaiting * meanServiceTimeSec / (servers - offeredLoadErlangs());
  }

  /** W = Wq + s, mean time in system in seconds. */
  public double meanResponseTimeSec() {
    return meanWaitInQueueSec() + meanServiceTimeSec;
  }

  /** Lq = λ Wq, mean number waiting. */
  public double meanNumberInQueue() {
    return arrivalRatePerSec * meanWaitInQueueSec();
  }

  /** L = Lq + a, mean number waiting or in service. */
  public double meanNumberInSystem() {
    return meanNumberInQueue() + offeredLoadErlangs();
  }
}
