package org.fcsim.agent;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.fcsim.policy.Registry;
import org.fcsim.scenario.Choice;
import org.fcsim.scenario.NamedChoice;

/**
 * The registry of assignment policies by the name a scenario file uses. To add a policy,
 * write one class implementing {@link AssignmentPolicy} and add one {@code register} line here
 * (or call {@link #register} from your own code).
 */
public final class AssignmentPolicies {
  private static final Registry<Function<Choice, AssignmentPolicy>> REGISTRY =
      new Registry<Function<Choice, AssignmentPolicy>>("assignment policy")
          .register("primaryRoleFirst", c -> new PrimaryRoleFirst())
          .register("longestIdle", c -> new LongestIdle());

  private AssignmentPolicies() {}

  /** Adds an implementation under {@code name}, for research code outside this package. */
  public static void register(String name, Supplier<AssignmentPolicy> factory) {
    REGISTRY.register(name, c -> factory.get());
  }

  /** Adds an implementation taking {@code parameters}; {@code factory} gets their values. */
  public static void register(String name, List<NamedChoice.Parameter> parameters, Function<Choice, AssignmentPolicy> factory) {
    REGISTRY.register(name, parameters, factory);
  }

  /** Known names, in registration order. */
  public static List<String> names() {
    return REGISTRY.names();
  }

  static NamedChoice choice() {
    return REGISTRY;
  }

  /**
   * A new policy for one replication.
   *
   * @throws IllegalArgumentException for an unknown name; scenario loading rejects those first
   */
  public static AssignmentPolicy create(Choice choice) {
    return REGISTRY.get(choice.name()).apply(choice);
  }

  /** A new policy with every parameter at its default. */
  public static AssignmentPolicy create(String name) {
    return create(REGISTRY.defaults(name));
  }
}
