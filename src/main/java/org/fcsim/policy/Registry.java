package org.fcsim.policy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fcsim.scenario.Choice;
import org.fcsim.scenario.NamedChoice;

/**
 * Named implementations of one kind of pluggable decision, in registration order. Scenario
 * files choose by name; unknown names fail listing the known ones.
 *
 * Each name declares its parameters ({@link NamedChoice.Parameter}); the factory receives them
 * as a {@link Choice}, every one filled in.
 *
 * @param <F> what a name stands for: a factory taking the {@link Choice} (and, for some kinds,
 *            the policy's random stream)
 */
public final class Registry<F> implements NamedChoice {
  private final String what;
  private final Map<String, F> byName = new LinkedHashMap<>();
  private final Map<String, List<NamedChoice.Parameter>> parametersByName = new LinkedHashMap<>();

  public Registry(String what) {
    this.what = what;
  }

  /**
   * Adds {@code factory} under {@code name}. Registration usually happens once, in the
   * registry class; research code may also register its own implementations before loading
   * scenarios that name them.
   *
   * @throws IllegalArgumentException if the name is taken or is not a plain name
   */
  public Registry<F> register(String name, F factory) {
    return register(name, List.of(), factory);
  }

  /**
   * Adds {@code factory} under {@code name}, taking {@code parameters}.
   *
   * @throws IllegalArgumentException also if two parameters share a name
   */
  public synchronized Registry<F> register(String name, List<NamedChoice.Parameter> parameters, F factory) {
    if (parameters.stream().map(NamedChoice.Parameter::name).distinct().count() != parameters.size()) {
      throw new IllegalArgumentException(what + " \"" + name + "\" declares a parameter twice: " + parameters);
    }
    if (!name.matches("[A-Za-z][A-Za-z0-9_-]{0,63}")) {
      throw new IllegalArgumentException(what + " name must be a letter then letters, digits, '-' or '_': \"" + name + "\"");
    }
    if (byName.putIfAbsent(name, factory) != null) {
      throw new IllegalArgumentException(what + " \"" + name + "\" is registered twice");
    }
    parametersByName.put(name, List.copyOf(parameters));
    return this;
  }

  @Override
  public String what() {
    return what;
  }

  @Override
  public synchronized List<String> names() {
    return List.copyOf(byName.keySet());
  }

  @Override
  public synchronized List<NamedChoice.Parameter> parameters(String name) {
    get(name);
    return parametersByName.get(name);
  }

  /** {@code name} with every parameter at its default, as a scenario's plain form reads. */
  public Choice defaults(String name) {
    return Choice.withDefaults(name, parameters(name));
  }

  /** @throws IllegalArgumentException for an unknown name; scenario loading rejects those first */
  public synchronized F get(String name) {
    F factory = byName.get(name);
    if (factory == null) {
      throw new IllegalArgumentException("unknown " + what + " \"" + name + "\"; known: " + String.join(", ", names()));
    }
    return factory;
  }
}
