package org.fcsim.agent;

import java.util.List;
import java.util.function.Supplier;
import org.fcsim.policy.Registry;
import org.fcsim.scenario.NamedChoice;

/**
 * The registry of assignment policies by the name a scenario file uses. To add a policy,
 * write one class implementing {@link AssignmentPolicy} and add one {@code register} line here
 * (or call {@link #register} from your own code).
 */
public final class AssignmentPolicies {
  private static final Registry<Supplier<AssignmentPolicy>> REGISTRY =
      new Registry<Supplier<AssignmentPolicy>>("assignment policy")
          .register("primaryRoleFirst", PrimaryRoleFirst::new)
          .register("longestIdle", LongestIdle::new);

  private AssignmentPolicies() {}

  /** Adds an implementation under {@code name}, for research code outside this package. */
  public static void register(String name, Supplier<AssignmentPolicy> factory) {
    REGISTRY.register(name, factory);
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
  public static AssignmentPolicy create(String name) {
    return REGISTRY.get(name).get();
  }
}
