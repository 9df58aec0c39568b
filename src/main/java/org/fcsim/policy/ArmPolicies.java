package org.fcsim.policy;

import java.util.List;
import java.util.function.Supplier;
import org.fcsim.scenario.NamedChoice;

/** The arm policies by name. To add one: one class implementing {@link ArmPolicy}, one line here. */
public final class ArmPolicies {
  private static final Registry<Supplier<ArmPolicy>> REGISTRY = new Registry<Supplier<ArmPolicy>>("arm policy")
      .register("eligibleOnly", () -> itemClass -> itemClass.armEligible())
      .register("confidentOnly", () -> itemClass -> itemClass.armEligible() && itemClass.graspSuccess() >= 0.9);

  private ArmPolicies() {}

  /** Adds an implementation under {@code name}, for research code outside this package. */
  public static void register(String name, Supplier<ArmPolicy> factory) {
    REGISTRY.register(name, factory);
  }

  public static List<String> names() {
    return REGISTRY.names();
  }

  static NamedChoice choice() {
    return REGISTRY;
  }

  public static ArmPolicy create(String name) {
    return REGISTRY.get(name).get();
  }
}
