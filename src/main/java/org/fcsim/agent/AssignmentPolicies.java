package org.fcsim.agent;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The registry of assignment policies by the name a scenario file uses. To add a policy,
 * write one class implementing {@link AssignmentPolicy} and add one line here.
 */
public final class AssignmentPolicies {
  private static final Map<String, Supplier<AssignmentPolicy>> BY_NAME = new LinkedHashMap<>();

  static {
    BY_NAME.put("primaryRoleFirst", PrimaryRoleFirst::new);
    BY_NAME.put("longestIdle", LongestIdle::new);
  }

  private AssignmentPolicies() {}

  /** Known names, in registration order. */
  public static List<String> names() {
    return List.copyOf(BY_NAME.keySet());
  }

  /**
   * A new policy for one replication.
   *
   * @throws IllegalArgumentException for an unknown name; scenario loading rejects those first
   */
  public static AssignmentPolicy create(String name) {
    Supplier<AssignmentPolicy> factory = BY_NAME.get(name);
    if (factory == null) {
      throw new IllegalArgumentException("unknown assignment policy \"" + name + "\"; known: " + names());
    }
    return factory.get();
  }
}
