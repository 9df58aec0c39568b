package org.fcsim.policy;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.fcsim.scenario.Choice;
import org.fcsim.scenario.NamedChoice;

/** The arm policies by name. To add one: one class implementing {@link ArmPolicy}, one line here. */
public final class ArmPolicies {
  private static final Registry<Function<Choice, ArmPolicy>> REGISTRY = new Registry<Function<Choice, ArmPolicy>>("arm policy")
      .register("eligibleOnly", c -> itemClass -> itemClass.armEligible())
      .register("confidentOnly", c -> itemClass -> itemClass.armEligible() && itemClass.graspSuccess() >= 0.9);

  private ArmPolicies() {}

  /** Adds an implementation under {@code name}, for research code outside this package. */
  public static void register(String name, Supplier<ArmPolicy> factory) {
    REGISTRY.register(name, c -> factory.get());
  }

  /** Adds an implementation taking {@code parameters}; {@code factory} gets their values. */
  public static void register(String name, List<NamedChoice.Parameter> parameters, Function<Choice, ArmPolicy> factory) {
    REGISTRY.register(name, parameters, factory);
  }

  public static List<String> names() {
    return REGISTRY.names();
  }

  static NamedChoice choice() {
    return REGISTRY;
  }

  public static ArmPolicy create(Choice choice) {
    return REGISTRY.get(choice.name()).apply(choice);
  }

  /** A new policy with every parameter at its default. */
  public static ArmPolicy create(String name) {
    return create(REGISTRY.defaults(name));
  }
}
