package org.fcsim.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Exact mean value analysis (Reiser &amp; Lavenberg, 1980) of a closed, single-class,
 * product-form queueing network: N customers cycle through one infinite-server delay station
 * (mean total delay Z seconds per cycle) and K queueing stations. Station k is visited v_k times
 * per cycle, each visit needs a mean s_k seconds of exponential service, and it has c_k
 * identical FCFS servers, so it serves at rate min(j, c_k) / s_k with j customers present.
 *
 * <p>Single-server stations use the standard recursion R_k(n) = s_k (1 + Q_k(n − 1)). A station
 * with c_k &gt; 1 servers uses the exact load-dependent form
 * R_k(n) = (s_k / c_k) [1 + Q_k(n − 1) + Σ_{j=0}^{c_k−2} (c_k − 1 − j) p_k(j | n − 1)],
 * with the marginal queue-length probabilities p_k(j | n) supplied by
 * {@link MultiServerMarginals}; this is exact, not Seidmann's approximation. Then
 * X(n) = n / (Z + Σ v_k R_k(n)) and Q_k(n) = X(n) v_k R_k(n).
 *
 * <p>Cost: O(N (K + Σ c_k + C M log M)) time for M multi-server stations with at most C
 * servers each, O(K + Σ c_k) memory. A station with c_k ≥ N is solved as if it had N servers,
 * which is exact because at most N customers can be present.
 */
public final class MeanValueAnalysis {

  private MeanValueAnalysis() {}

  /**
   * One queueing station.
   *
   * @param name label for reports (not used in the computation)
   * @param visitRatio v_k, mean visits per cycle; finite, ≥ 0
   * @param serviceTimeSec s_k, mean service time per visit in seconds; finite, ≥ 0
   * @param servers c_k, identical servers; ≥ 1
   */
  public record Station(String name, double visitRatio, double serviceTimeSec, int servers) {
    public Station {
      Objects.requireNonNull(name, "name");
      if (!(visitRatio >= 0) || Double.isInfinite(visitRatio)) {
        throw new IllegalArgumentException(name + ": visit ratio must be finite and >= 0");
      }
      if (!(serviceTimeSec >= 0) || Double.isInfinite(serviceTimeSec)) {
        throw new IllegalArgumentException(name + ": service time must be finite and >= 0");
      }
      if (servers < 1) {
        throw new IllegalArgumentException(name + ": servers must be >= 1");
      }
    }

    /** Single-server station. */
    public Station(String name, double visitRatio, double serviceTimeSec) {
      this(name, visitRatio, serviceTimeSec, 1);
    }

    /** D_k = v_k s_k, mean service demand per cycle in seconds. */
    public double demandSec() {
      return visitRatio * serviceTimeSec;
    }
  }

  /**
   * Steady-state means at one population. Arrays are indexed like the station list; they are
   * copied on the way in and out, and equality compares their contents.
   *
   * @param population N
   * @param throughputPerSec X, cycles per second, i.e. the throughput of the delay station (station
   *     k completes X v_k visits per second)
   * @param meanNumber Q_k, mean customers at station k, waiting plus in service
   * @param responseTimeSec R_k, mean waiting plus service time per visit in seconds; for N = 0 it
   *     is s_k, what a lone customer would experience
   * @param utilization X v_k s_k / c_k, the busy fraction of each server
   * @param meanNumberAtDelay X Z, mean customers at the delay station
   */
  public record Solution(
      int population,
      double throughputPerSec,
      double[] meanNumber,
      double[] responseTimeSec,
      double[] utilization,
      double meanNumberAtDelay) {

    public Solution {
      meanNumber = meanNumber.clone();
      responseTimeSec = responseTimeSec.clone();
      utilization = utilization.clone();
    }

    @Override
    public double[] meanNumber() {
      return meanNumber.clone();
    }

    @Override
    public double[] responseTimeSec() {
      return responseTimeSec.clone();
    }

    @Override
    public double[] utilization() {
      return utilization.clone();
    }

    /**
     * Z + Σ_k v_k R_k: mean time for one cycle in seconds, computed as N / X by Little's law;
     * NaN for N = 0.
     */
    public double cycleTimeSec() {
      return population / throughputPerSec;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Solution s
          && population == s.population
          && Double.compare(throughputPerSec, s.throughputPerSec) == 0
          && Arrays.equals(meanNumber, s.meanNumber)
          && Arrays.equals(responseTimeSec, s.responseTimeSec)
          && Arrays.equals(utilization, s.utilization)
          && Double.compare(meanNumberAtDelay, s.meanNumberAtDelay) == 0;
    }

    @Override
    public int hashCode() {
      int h = Objects.hash(population, throughputPerSec, meanNumberAtDelay);
      h = 31 * h + Arrays.hashCode(meanNumber);
      h = 31 * h + Arrays.hashCode(responseTimeSec);
      return 31 * h + Arrays.hashCode(utilization);
    }

    @Override
    public String toString() {
      return "Solution[population=" + population
          + ", throughputPerSec=" + throughputPerSec
          + ", meanNumber=" + Arrays.toString(meanNumber)
          + ", responseTimeSec=" + Arrays.toString(responseTimeSec)
          + ", utilization=" + Arrays.toString(utilization)
          + ", meanNumberAtDelay=" + meanNumberAtDelay + "]";
    }
  }

  /**
   * Solves the network exactly.
   *
   * @param population N ≥ 0 customers
   * @param delayTimeSec Z, total mean time per cycle at the delay station in seconds; finite, ≥ 0
   * @param stations the queueing stations, possibly empty
   * @return means at population N; they satisfy N = X Z + Σ_k Q_k up to rounding
   * @throws IllegalArgumentException if an argument is out of range, or if N ≥ 1 and the cycle
   *     has no positive demand anywhere (Z = 0 and every v_k s_k = 0), which makes X infinite
   */
  public static Solution solve(int population, double delayTimeSec, List<Station> stations) {
    if (population < 0) {
      throw new IllegalArgumentException("population must be >= 0");
    }
    if (!(delayTimeSec >= 0) || Double.isInfinite(delayTimeSec)) {
      throw new IllegalArgumentException("delay time must be finite and >= 0");
    }
    int k = stations.size();
    double[] visits = new double[k];
    double[] serviceSec = new double[k];
    double[] demandSec = new double[k];
    int[] servers = new int[k];
    double totalDemandSec = delayTimeSec;
    for (int i = 0; i < k; i++) {
      Station station = Objects.requireNonNull(stations.get(i), "station");
      visits[i] = station.visitRatio();
      serviceSec[i] = station.serviceTimeSec();
      demandSec[i] = station.demandSec();
      servers[i] = Math.max(1, Math.min(station.servers(), population));
      totalDemandSec += demandSec[i];
    }
    if (population > 0 && !(totalDemandSec > 0)) {
      throw new IllegalArgumentException(
          "delay time and all station demands are zero: throughput would be infinite");
    }

    double[] meanNumber = new double[k];
    double[] responseSec = serviceSec.clone();
    double throughput = 0;
    MultiServerMarginals marginals = new MultiServerMarginals(delayTimeSec, demandSec, servers);
    for (int n = 1; n <= population; n++) {
      double cycleSec = delayTimeSec;
      for (int i = 0; i < k; i++) {
        int c = servers[i];
        if (c == 1) {
          responseSec[i] = serviceSec[i] * (1 + meanNumber[i]);
        } else {
          // Arrivals that find j < c customers start at once; the bracket counts, in units of
          // s/c, the service plus the wait behind those already present.
          double bracket = 1 + meanNumber[i];
          for (int j = 0; j <= c - 2; j++) {
            bracket += (c - 1 - j) * marginals.probability(i, j);
          }
          responseSec[i] = serviceSec[i] / c * bracket;
        }
        cycleSec += visits[i] * responseSec[i];
      }
      throughput = n / cycleSec;
      for (int i = 0; i < k; i++) {
        meanNumber[i] = throughput * visits[i] * responseSec[i];
      }
      marginals.advance(n, throughput);
    }

    double[] utilization = new double[k];
    for (int i = 0; i < k; i++) {
      utilization[i] = throughput * demandSec[i] / stations.get(i).servers();
    }
    return new Solution(
        population, throughput, meanNumber, responseSec, utilization, throughput * delayTimeSec);
  }
}
