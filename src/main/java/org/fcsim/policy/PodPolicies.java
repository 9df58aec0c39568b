package org.fcsim.policy;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.fcsim.scenario.Choice;
import org.fcsim.scenario.NamedChoice;

/**
 * The pod policies by name. To add one: one class implementing {@link PodPolicy}, one line here
 * (or {@link #register} from research code), declaring its parameters if it takes any.
 */
public final class PodPolicies {
  private static final Registry<Function<Choice, PodPolicy>> REGISTRY = new Registry<Function<Choice, PodPolicy>>("pod policy")
      .register("oldestLine", c -> new OldestLinePod())
      .register("mostUnits", c -> new MostUnitsPod())
      .register("nearFront", List.of(NearFrontPod.WINDOW), c -> new NearFrontPod(c.integer(NearFrontPod.WINDOW.name())));

  private PodPolicies() {}

  /** Adds an implementation without parameters under {@code name}, for research code outside this package. */
  public static void register(String name, Supplier<PodPolicy> factory) {
    REGISTRY.register(name, c -> factory.get());
  }

  /** Adds an implementation taking {@code parameters}; {@code factory} gets their values. */
  public static void register(String name, List<NamedChoice.Parameter> parameters, Function<Choice, PodPolicy> factory) {
    REGISTRY.register(name, parameters, factory);
  }

  public static List<String> names() {
    return REGISTRY.names();
  }

  static NamedChoice choice() {
    return REGISTRY;
  }

  /** A new policy for one replication, with {@code choice}'s parameters. */
  public static PodPolicy create(Choice choice) {
    return REGISTRY.get(choice.name()).apply(choice);
  }

  /** A new policy with every parameter at its default. */
  public static PodPolicy create(String name) {
    return create(REGISTRY.defaults(name));
  }
}
