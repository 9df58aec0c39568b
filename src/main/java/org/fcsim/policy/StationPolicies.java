package org.fcsim.policy;

import java.util.List;
import java.util.function.Function;
import org.fcsim.scenario.NamedChoice;
import umontreal.ssj.rng.RandomStream;

/**
 * The station policies by the name a scenario file uses. To add a policy, write one class
 * implementing {@link StationPolicy} and add one {@code register} line here.
 */
public final class StationPolicies {
  private static final Registry<Function<RandomStream, StationPolicy>> REGISTRY =
      new Registry<Function<RandomStream, StationPolicy>>("station policy")
          .register("uniformRandom", UniformRandomStation::new)
          .register("shortestQueue", ShortestQueueStation::new);

  private StationPolicies() {}

  /** Adds an implementation under {@code name}, for research code outside this package. */
  public static void register(String name, Function<RandomStream, StationPolicy> factory) {
    REGISTRY.register(name, factory);
  }

  public static List<String> names() {
    return REGISTRY.names();
  }

  static NamedChoice choice() {
    return REGISTRY;
  }

  /**
   * A new policy for one replication.
   *
   * @param stream the policy's own random stream (substream of the replication)
   */
  public static StationPolicy create(String name, RandomStream stream) {
    return REGISTRY.get(name).apply(stream);
  }
}
