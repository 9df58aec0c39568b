package org.fcsim.policy;

import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.fcsim.scenario.NamedChoice;

/**
 * The replenishment policies by name. To add one: one class implementing {@link StowPolicy}, one
 * line here (or {@link #register} from research code). {@code mostRoom}: the pod with most room
 * (fewer trips per case); {@code lowestStock}: the pod with the fewest units of the SKU (spreads
 * a SKU's stock, so more pods can serve its lines); ties to the first slot.
 */
public final class StowPolicies {
  private static final Registry<Supplier<StowPolicy>> REGISTRY = new Registry<Supplier<StowPolicy>>("stow policy")
      .register("mostRoom", () -> best(Comparator.comparingLong(c -> -c.room())))
      .register("lowestStock", () -> best(Comparator.comparingLong(StowPolicy.Candidate::skuStock)));

  private StowPolicies() {}

  private static StowPolicy best(Comparator<StowPolicy.Candidate> order) {
    return candidates -> IntStream.range(0, candidates.size()).boxed()
        .min(Comparator.<Integer, StowPolicy.Candidate>comparing(candidates::get, order).thenComparingInt(i -> i)).orElseThrow();
  }

  public static void register(String name, Supplier<StowPolicy> factory) {
    REGISTRY.register(name, factory);
  }

  public static List<String> names() {
    return REGISTRY.names();
  }

  static NamedChoice choice() {
    return REGISTRY;
  }

  public static StowPolicy create(String name) {
    return REGISTRY.get(name).get();
  }
}
