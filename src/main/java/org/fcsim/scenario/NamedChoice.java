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
   * The parameters {@code name} takes, in the order a resolved scenario writes them; none by
   * default. Asked only for a known name.
   */
  default List<Parameter> parameters(String name) {
    return List.of();
  }

  /**
   * One parameter of a named choice, declared once with its range, default and a one-line doc;
   * the loader checks a written value against it with a file:line:column error.
   *
   * @param whole whether only whole numbers are allowed
   */
  record Parameter(String name, boolean whole, double min, double max, double defaultValue, String doc) {
    public Parameter {
      if (!name.matches("[A-Za-z][A-Za-z0-9]{0,63}") || name.equals("name")) {
        throw new IllegalArgumentException("parameter name must be a letter then letters or digits, not \"name\": \"" + name + "\"");
      }
      if (!(min <= defaultValue && defaultValue <= max) || whole && (defaultValue != Math.rint(defaultValue)
          || min != Math.rint(min) || max != Math.rint(max))) {
        throw new IllegalArgumentException("parameter " + name + ": default " + defaultValue + " outside [" + min + ", " + max
            + "]" + (whole ? " or not whole" : ""));
      }
    }

    public static Parameter integer(String name, int defaultValue, int min, int max, String doc) {
      return new Parameter(name, true, min, max, defaultValue, doc);
    }

    public static Parameter number(String name, double defaultValue, double min, double max, String doc) {
      return new Parameter(name, false, min, max, defaultValue, doc);
    }
  }

  /**
   * Publishes named choices to the loader. Implementations are found with
   * {@link java.util.ServiceLoader} (listed in {@code META-INF/services}) and need a public
   * no-argument constructor.
   */
  interface Source {
    List<NamedChoice> choices();
  }
}
