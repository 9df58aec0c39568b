package org.fcsim.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Marginal queue-length probabilities p_k(j | n), for j &lt; c_k, of every multi-server station k
 * of a closed product-form network, grown one population n at a time in lockstep with
 * {@link MeanValueAnalysis}.
 *
 * <p>Why not the textbook closure p_k(0 | n) = 1 − (1/c)[X D + Σ (c − j) p_k(j | n)]: once a
 * multi-server station carries real load that subtraction cancels, and its rounding error is fed
 * back, amplified, into the next populations; at a few hundred customers the throughput is off by
 * tens of percent and clamping negatives does not cure it. Here every probability is instead a
 * sum of positive terms or a product of positive factors, so the relative error stays at rounding
 * level for any population.
 *
 * <p>How: with G(n) the normalizing constant of the whole network (demands D_k = v_k s_k, delay
 * station with demand Z), G(n−1)/G(n) is the throughput X(n) that MVA has just found. For a
 * sub-network with constant H, the stage that adds station k carries the terms
 * t_j(n) = f_k(j) H(n − j) / G(n), where f_k(j) = D_k^j / Π_{i ≤ j} min(i, c_k); they obey
 * t_j(n) = X(n) D_k / min(j, c_k) · t_{j−1}(n−1), and the stage's output H'(n)/G(n) is their sum.
 * All of these lie in [0, 1] because a sub-network's constant never exceeds the whole network's.
 * When H is the constant of the network without station k (its complement), the terms are
 * exactly p_k(j | n).
 *
 * <p>The complements of M multi-server stations share work through a leave-one-out tree (the
 * network without one half of them is extended by the other half, recursively), so a population
 * step costs O(c M log M) rather than O(c M²). With no multi-server station nothing is built.
 */
final class MultiServerMarginals {

  private final double delayTimeSec;
  /** Z^n / n! / G(n): the delay station alone, the source every stage starts from. */
  private double delayTerm = 1;

  /** In creation order, which is an order in which every stage's input comes first. */
  private final List<Stage> stages = new ArrayList<>();
  /** Per station: the stage holding its complement extended by itself, or null if c = 1. */
  private final Stage[] fullNetworkAt;

  /**
   * @param delayTimeSec Z, total mean delay per cycle (≥ 0)
   * @param demandSec D_k = v_k s_k per station (≥ 0)
   * @param servers number of servers per station, already capped at the population (≥ 1);
   *     stations with one server are only folded into the complements of the others
   */
  MultiServerMarginals(double delayTimeSec, double[] demandSec, int[] servers) {
    this.delayTimeSec = delayTimeSec;
    this.fullNetworkAt = new Stage[demandSec.length];
    List<Integer> multi = new ArrayList<>();
    for (int k = 0; k < demandSec.length; k++) {
      if (servers[k] > 1) {
        multi.add(k);
      }
    }
    if (multi.isEmpty()) {
      return;
    }
    Stage singleServersOnly = null;
    for (int k = 0; k < demandSec.length; k++) {
      if (servers[k] == 1) {
        singleServersOnly = addStage(singleServersOnly, demandSec[k], 1);
      }
    }
    buildComplements(singleServersOnly, multi, demandSec, servers);
  }

  /** Moves every probability from population n − 1 to n, given X(n) in cycles per second. */
  void advance(int population, double throughputPerSec) {
    delayTerm = flushed(delayTerm * delayTimeSec * throughputPerSec / population);
    for (Stage stage : stages) {
      stage.advance(throughputPerSec);
    }
  }

  /**
   * p_k(j | n) at the population of the last {@link #advance} (0 before any), for a station with
   * more than one server and 0 ≤ j &lt; its server count.
   */
  double probability(int station, int customers) {
    return fullNetworkAt[station].terms[customers];
  }

  private void buildComplements(
      Stage withoutSubset, List<Integer> subset, double[] demandSec, int[] servers) {
    if (subset.size() == 1) {
      int k = subset.get(0);
      fullNetworkAt[k] = addStage(withoutSubset, demandSec[k], servers[k]);
      return;
    }
    List<Integer> left = subset.subList(0, subset.size() / 2);
    List<Integer> right = subset.subList(subset.size() / 2, subset.size());
    Stage withoutLeft = withoutSubset;
    for (int k : right) {
      withoutLeft = addStage(withoutLeft, demandSec[k], servers[k]);
    }
    Stage withoutRight = withoutSubset;
    for (int k : left) {
      withoutRight = addStage(withoutRight, demandSec[k], servers[k]);
    }
    buildComplements(withoutLeft, left, demandSec, servers);
    buildComplements(withoutRight, right, demandSec, servers);
  }

  private Stage addStage(Stage input, double demandSec, int servers) {
    Stage stage = new Stage(input, demandSec, servers);
    stages.add(stage);
    return stage;
  }

  /**
   * Values below the normal range only matter at the 1e-308 level, and subnormal arithmetic can
   * be two orders of magnitude slower on common CPUs.
   */
  private static double flushed(double value) {
    return value < Double.MIN_NORMAL ? 0 : value;
  }

  /** One station convolved onto a sub-network; {@code input == null} means the delay station. */
  private final class Stage {
    private final Stage input;
    private final double demandSec;
    /** t_j(n) for j &lt; c. */
    private final double[] terms;
    /** Σ_{j ≥ c} t_j(n), kept as one number because min(j, c) = c is constant there. */
    private double tail;
    /** H'(n) / G(n) = Σ_j t_j(n). */
    private double value = 1;

    Stage(Stage input, double demandSec, int servers) {
      this.input = input;
      this.demandSec = demandSec;
      this.terms = new double[servers];
      this.terms[0] = 1;
    }

    void advance(double throughputPerSec) {
      double load = throughputPerSec * demandSec;
      int c = terms.length;
      tail = flushed(load / c * (terms[c - 1] + tail));
      double sum = tail;
      for (int j = c - 1; j >= 1; j--) {
        terms[j] = flushed(load / j * terms[j - 1]);
        sum += terms[j];
      }
      terms[0] = input == null ? delayTerm : input.value;
      value = sum + terms[0];
    }
  }
}
