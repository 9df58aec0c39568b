package org.fcsim.scenario;

import java.util.List;

/**
 * A set of names a scenario key may take, owned outside this package (the policy registries).
 * The loader checks a name against {@link #names()} as it reads the key, so an unknown name
 * gets a file:line:column error listing the known ones, while this package depends on no
 * registry.
 */
public interface NamedChoice {
  /** What a name stands for, as messages say it: {@code "station policy"}. */
  String what();

  /** Known names in registration order; asked at every load, so names registered later count. */
  List<String> names();

  /**
   * Publishes named choices to the loader. Implementations are found with
   * {@link java.util.ServiceLoader} (listed in {@code META-INF/services}) and need a public
   * no-argument constructor.
   */
  interface Source {
    List<NamedChoice> choices();
  }
}
