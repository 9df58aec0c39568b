package org.fcsim.policy;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.fcsim.scenario.Choice;
import org.fcsim.scenario.NamedChoice;
import umontreal.ssj.rng.RandomStream;

/**
 * The station policies by the name a scenario file uses. To add a policy, write one class
 * implementing {@link StationPolicy} and add one {@code register} line here.
 */
public final class StationPolicies {
  private static final Registry<BiFunction<Choice, RandomStream, StationPolicy>> REGISTRY =
      new Registry<BiFunction<Choice, RandomStream, StationPolicy>>("station policy")
          .register("uniformRandom", (c, stream) -> new UniformRandomStation(stream))
          .register("shortestQueue", (c, stream) -> new ShortestQueueStation(stream));

  private StationPolicies() {}

  /** Adds an implementation under {@code name}, for research code outside this package. */
  public static void register(String name, Function<RandomStream, StationPolicy> factory) {
    REGISTRY.register(name, (c, stream) -> factory.apply(stream));
  }

  /** Adds an implementation taking {@code parameters}; {@code factory} gets their values and the stream. */
  public static void register(String name, List<NamedChoice.Parameter> parameters,
      BiFunction<Choice, RandomStream, StationPolicy> factory) {
    REGISTRY.register(name, parameters, factory);
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
  public static StationPolicy create(Choice choice, RandomStream stream) {
    return REGISTRY.get(choice.name()).apply(choice, stream);
  }

  /** A new policy with every parameter at its default. */
  public static StationPolicy create(String name, RandomStream stream) {
    return create(REGISTRY.defaults(name), stream);
  }
}
