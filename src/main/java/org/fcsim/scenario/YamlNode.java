package org.fcsim.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document as a tree that remembers where each node stood in the file, so every
 * validation message can name the line and column. Built by {@link YamlTree} from Jackson's
 * YAML token stream; fcsim does not parse YAML itself.
 */
public sealed interface YamlNode {
  Location at();

  /** 1-based line and column of a node's first character. */
  record Location(int line, int column) {}

  /** A mapping; keys keep file order, each with its own location. */
  record Mapping(Map<String, Entry> entries, Location at) implements YamlNode {
    public Mapping {
      entries = new LinkedHashMap<>(entries);
    }
  }

  /** One key of a mapping: where the key stands and its value. */
  record Entry(Location keyAt, YamlNode value) {}

  record Sequence(List<YamlNode> items, Location at) implements YamlNode {
    public Sequence {
      items = List.copyOf(items);
    }
  }

  /**
   * A scalar: its text as written and what YAML made of it. {@code kind} tells a quoted or
   * plain string from a number, boolean or null, so {@code count: "3"} or {@code start: 06:00}
   * can be reported instead of being silently converted.
   */
  record Scalar(String text, Kind kind, Location at) implements YamlNode {
    public enum Kind { STRING, INTEGER, DECIMAL, BOOLEAN, NULL }
  }

  /** What a node is, in a user's words, for error messages. */
  static String describe(YamlNode node) {
    if (node instanceof Mapping) {
      return "a mapping";
    }
    if (node instanceof Sequence) {
      return "a list";
    }
    Scalar s = (Scalar) node;
    return switch (s.kind()) {
      case NULL -> "nothing";
      case STRING -> "\"" + Excerpt.of(s.text()) + "\"";
      default -> Excerpt.of(s.text());
    };
  }
}
