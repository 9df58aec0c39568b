package org.fcsim.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A name chosen from a {@link NamedChoice} (a policy), with its parameters: every parameter the
 * name declares, defaults filled in, in declaration order. What a scenario key such as
 * {@code pickStations.podPolicy} reads as, in its plain form ({@code oldestLine}) or its map
 * form ({@code {name: nearFront, window: 20}}).
 */
public record Choice(String name, Map<String, Double> parameters) {
  public Choice {
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
  }

  /** A name without parameters. */
  public static Choice of(String name) {
    return new Choice(name, Map.of());
  }

  /** {@code name} with each of {@code parameters} at its default: what the plain form reads as. */
  public static Choice withDefaults(String name, List<NamedChoice.Parameter> parameters) {
    Map<String, Double> values = new LinkedHashMap<>();
    parameters.forEach(p -> values.put(p.name(), p.defaultValue()));
    return new Choice(name, values);
  }

  /**
   * @throws IllegalArgumentException if {@code parameter} is not one of this choice's: a
   *         programming fault (the registration and the policy disagree), not bad input
   */
  public double number(String parameter) {
    Double value = parameters.get(parameter);
    if (value == null) {
      throw new IllegalArgumentException(name + " has no parameter \"" + parameter + "\"; it has: " + parameters.keySet());
    }
    return value;
  }

  /** A whole-number parameter ({@link NamedChoice.Parameter#whole()}). */
  public int integer(String parameter) {
    return (int) number(parameter);
  }

  @Override
  public String toString() {
    return parameters.isEmpty() ? name : name + parameters;
  }
}
