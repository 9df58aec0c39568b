package org.fcsim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a named choice with parameters ({@link Section#named}): the plain form {@code mostUnits}
 * or the map form {@code {name: nearFront, window: 20}}. Every parameter the name declares is
 * read with its range and default; a key that is neither {@code name} nor one of them fails,
 * listing the parameters the name takes.
 */
final class ChoiceReader {
  private ChoiceReader() {}

  /** The map form, from the section over the mapping {@code written}; the caller finishes {@code params}. */
  static Choice read(Section params, YamlNode.Mapping written, NamedChoice choices) {
    params.require("name", "a " + choices.what() + " written as a mapping needs name: one of " + String.join(", ", choices.names()));
    return parameters(params, written, params.choice("name", null, choices.names()), choices);
  }

  /**
   * The parameters of the known name {@code name} from the section over {@code written}, where
   * a key {@code name} is the name itself; the caller finishes {@code params}.
   */
  static Choice parameters(Section params, YamlNode.Mapping written, String name, NamedChoice choices) {
    List<NamedChoice.Parameter> declared = choices.parameters(name);
    List<String> known = new ArrayList<>();
    Map<String, Double> values = new LinkedHashMap<>();
    for (NamedChoice.Parameter p : declared) {
      known.add(p.name());
      values.put(p.name(), p.whole()
          ? params.integer(p.name(), (int) p.defaultValue(), (int) p.min(), (int) p.max())
          : params.number(p.name(), p.defaultValue(), p.min(), p.max()));
    }
    for (Map.Entry<String, YamlNode.Entry> e : written.entries().entrySet()) {
      if (!e.getKey().equals("name") && !known.contains(e.getKey())) {
        throw new ScenarioException(params.context().file(), e.getValue().keyAt(), params.pathOf(e.getKey()),
            "unknown parameter of " + choices.what() + " " + name + Section.suggestion(e.getKey(), known)
                + (known.isEmpty() ? "; it takes none" : "; it takes: " + String.join(", ", known)));
      }
    }
    return new Choice(name, values);
  }

  /**
   * How a resolved scenario writes {@code choice}: the plain name when it takes no parameters
   * (as files written before parameters existed), else the map form with every parameter.
   */
  static Object resolved(Choice choice, NamedChoice choices) {
    if (choice.parameters().isEmpty()) {
      return choice.name();
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", choice.name());
    out.putAll(resolvedParameters(choice, choices));
    return out;
  }

  /** {@code choice}'s parameters as a resolved scenario writes them, in declaration order. */
  static Map<String, Object> resolvedParameters(Choice choice, NamedChoice choices) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (NamedChoice.Parameter p : choices.parameters(choice.name())) {
      double v = choice.number(p.name());
      out.put(p.name(), p.whole() ? (Object) (int) v : Quantity.NUMBER.format(v));
    }
    return out;
  }
}
