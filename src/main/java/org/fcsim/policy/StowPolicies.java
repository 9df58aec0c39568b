package org.fcsim.policy;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.fcsim.scenario.Choice;
import org.fcsim.scenario.NamedChoice;

/**
 * The replenishment policies by name. To add one: one class implementing {@link StowPolicy}, one
 * line here (or {@link #register} from research code). {@code mostRoom}: the pod with most room
 * (fewer trips per case); {@code lowestStock}: the pod with the fewest units of the SKU (spreads
 * a SKU's stock, so more pods can serve its lines); ties to the first slot.
 */
public final class StowPolicies {
  private static final Registry<Function<Choice, StowPolicy>> REGISTRY = new Registry<Function<Choice, StowPolicy>>("stow policy")
      .register("mostRoom", c -> best(Comparator.comparingLong(candidate -> -candidate.room())))
      .register("lowestStock", c -> best(Comparator.comparingLong(StowPolicy.Candidate::skuStock)));

  private StowPolicies() {}

  private static StowPolicy best(Comparator<StowPolicy.Candidate> order) {
    return candidates -> IntStream.range(0, candidates.size()).boxed()
        .min(Comparator.<Integer, StowPolicy.Candidate>comparing(candidates::get, order).thenComparingInt(i -> i)).orElseThrow();
  }

  public static void register(String name, Supplier<StowPolicy> factory) {
    REGISTRY.register(name, c -> factory.get());
  }

  /** Adds an implementation taking {@code parameters}; {@code factory} gets their values. */
  public static void register(String name, List<NamedChoice.Parameter> parameters, Function<Choice, StowPolicy> factory) {
    REGISTRY.register(name, parameters, factory);
  }

  public static List<String> names() {
    return REGISTRY.names();
  }

  static NamedChoice choice() {
    return REGISTRY;
  }

  public static StowPolicy create(Choice choice) {
    return REGISTRY.get(choice.name()).apply(choice);
  }

  /** A new policy with every parameter at its default. */
  public static StowPolicy create(String name) {
    return create(REGISTRY.defaults(name));
  }
}
