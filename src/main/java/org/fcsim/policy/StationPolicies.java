package org.fcsim.policy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import umontreal.ssj.rng.RandomStream;

/**
 * The registry of station policies by the name a scenario file uses. To add a policy, write
 * one class implementing {@link StationPolicy} and add one line here.
 */
public final class StationPolicies {
  private static final Map<String, Function<RandomStream, StationPolicy>> BY_NAME = new LinkedHashMap<>();

  static {
    BY_NAME.put("uniformRandom", UniformRandomStation::new);
    BY_NAME.put("shortestQueue", ShortestQueueStation::new);
  }

  private StationPolicies() {}

  /** Known names, in registration order. */
  public static List<String> names() {
    return List.copyOf(BY_NAME.keySet());
  }

  /**
   * A new policy for one replication.
   *
   * @param stream the policy's own random stream (substream of the replication)
   * @throws IllegalArgumentException for an unknown name; scenario loading rejects those first
   */
  public static StationPolicy create(String name, RandomStream stream) {
    Function<RandomStream, StationPolicy> factory = BY_NAME.get(name);
    if (factory == null) {
      throw new IllegalArgumentException("unknown station policy \"" + name + "\"; known: " + names());
    }
    return factory.apply(stream);
  }
}
