package org.fcsim.policy;

import java.util.List;
import java.util.function.Supplier;
import org.fcsim.scenario.NamedChoice;

/** The pod policies by name. To add one: one class implementing {@link PodPolicy}, one line here. */
public final class PodPolicies {
  private static final Registry<Supplier<PodPolicy>> REGISTRY = new Registry<Supplier<PodPolicy>>("pod policy")
      .register("oldestLine", OldestLinePod::new)
      .register("mostUnits", MostUnitsPod::new);

  private PodPolicies() {}

  /** Adds an implementation under {@code name}, for research code outside this package. */
  public static void register(String name, Supplier<PodPolicy> factory) {
    REGISTRY.register(name, factory);
  }

  public static List<String> names() {
    return REGISTRY.names();
  }

  static NamedChoice choice() {
    return REGISTRY;
  }

  public static PodPolicy create(String name) {
    return REGISTRY.get(name).get();
  }
}
