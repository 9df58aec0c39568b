package org.fcsim.analysis;

/**
 * Steady-state means of the M/G/1 queue by the Pollaczek–Khinchine formula: Poisson arrivals at
 * rate λ per second, one FCFS server, service times with mean s seconds and squared coefficient
 * of variation cv² = Var[S] / s² (0 deterministic, 1 exponential). Utilization ρ = λ s must be
 * below 1.
 *
 * <p>Wq = λ E[S²] / (2 (1 − ρ)) with E[S²] = s² (1 + cv²); only the first two moments of the
 * service time matter.
 */
public final class PollaczekKhinchine {

  private final double arrivalRatePerSec;
  private final double meanServiceTimeSec;
  private final double serviceTimeScv;

  private PollaczekKhinchine(
      double arrivalRatePerSec, double meanServiceTimeSec, double serviceTimeScv) {
    this.arrivalRatePerSec = arrivalRatePerSec;
    this.meanServiceTimeSec = meanServiceTimeSec;
    this.serviceTimeScv = serviceTimeScv;
  }

  /**
   * @param arrivalRatePerSec λ, finite, ≥ 0
   * @param meanServiceTimeSec s, finite, &gt; 0
   * @param serviceTimeScv cv² of the service time, finite, ≥ 0
   * @throws IllegalArgumentException if an argument is out of range or ρ = λ s ≥ 1
   */
  public static PollaczekKhinchine of(
      double arrivalRatePerSec, double meanServiceTimeSec, double serviceTimeScv) {
    if (!(arrivalRatePerSec >= 0) || Double.isInfinite(arrivalRatePerSec)) {
      throw new IllegalArgumentException("arrival rate must be finite and >= 0");
    }
    if (!(meanServiceTimeSec > 0) || Double.isInfinite(meanServiceTimeSec)) {
      throw new IllegalArgumentException("mean service time must be finite and > 0");
    }
    if (!(serviceTimeScv >= 0) || Double.isInfinite(serviceTimeScv)) {
      throw new IllegalArgumentException("squared coefficient of variation must be finite and >= 0");
    }
    double utilization = arrivalRatePerSec * meanServiceTimeSec;
    if (utilization >= 1) {
      throw new IllegalArgumentException(
          "unstable queue: utilization " + utilization + " >= 1");
    }
    return new PollaczekKhinchine(arrivalRatePerSec, meanServiceTimeSec, serviceTimeScv);
  }

  public double arrivalRatePerSec() {
    return arrivalRatePerSec;
  }

  public double meanServiceTimeSec() {
    return meanServiceTimeSec;
  }

  public double serviceTimeScv() {
    return serviceTimeScv;
  }

  /** ρ = λ s, the fraction of time the server is busy. */
  public double utilization() {
    return arrivalRatePerSec * meanServiceTimeSec;
  }

  /** E[S²] = s² (1 + cv²) in seconds squared. */
  public double serviceTimeSecondMomentSec2() {
    return meanServiceTimeSec * meanServiceTimeSec * (1 + serviceTimeScv);
  }

  /** Wq = λ E[S²] / (2 (1 − ρ)), mean wait before service in seconds. */
  public double meanWaitInQueueSec() {
    return arrivalRatePerSec * serviceTimeSecondMomentSec2() / (2 * (1 - utilization()));
  }

  /** W = Wq + s, mean time in system in seconds. */
  public double meanResponseTimeSec() {
    return meanWaitInQueueSec() + meanServiceTimeSec;
  }

  /** Lq = λ Wq, mean number waiting. */
  public double meanNumberInQueue() {
    return arrivalRatePerSec * meanWaitInQueueSec();
  }

  /** L = Lq + ρ, mean number waiting or in service. */
  public double meanNumberInSystem() {
    return meanNumberInQueue() + utilization();
  }
}
