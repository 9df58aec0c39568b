package org.fcsim.scenario;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fcsim.dist.DistSpec;

/**
 * A typed, validating view of one mapping in a scenario file. Every read names its key, its
 * default and its valid range once; a bad value raises {@link ScenarioException} with the
 * file, line, column and key path. Each read also records the value in canonical form, so
 * {@link #resolved()} is the scenario with every default filled in. {@link #finish()} then
 * rejects any key no read asked for, suggesting the nearest known one.
 */
final class Section {
  private final LoadContext context;
  private final String path;
  private final YamlNode.Mapping mapping;
  private final Map<String, Object> resolved = new LinkedHashMap<>();
  private final List<String> known = new ArrayList<>();
  private final List<Section> children = new ArrayList<>();

  Section(LoadContext context, String path, YamlNode.Mapping mapping) {
    this.context = context;
    this.path = path;
    this.mapping = mapping;
  }

  /** The mapping under {@code key}; an absent key reads as an empty mapping (all defaults). */
  Section section(String key) {
    YamlNode node = declare(key).orElse(null);
    YamlNode.Mapping child;
    if (node == null || isNull(node)) {
      child = new YamlNode.Mapping(Map.of(), mapping.at());
    } else if (node instanceof YamlNode.Mapping m) {
      child = m;
    } else {
      throw error(node, key, "must be a mapping of keys, got " + YamlNode.describe(node));
    }
    Section section = new Section(context, pathOf(key), child);
    children.add(section);
    resolved.put(key, section.resolved);
    return section;
  }

  double duration(String key, double defaultSec, double minSec, double maxSec) {
    return quantity(key, Quantity.DURATION, defaultSec, minSec, maxSec);
  }

  double ratePerSec(String key, double defaultPerSec, double minPerSec, double maxPerSec) {
    return quantity(key, Quantity.RATE, defaultPerSec, minPerSec, maxPerSec);
  }

  double number(String key, double defaultValue, double min, double max) {
    return quantity(key, Quantity.NUMBER, defaultValue, min, max);
  }

  double probability(String key, double defaultValue) {
    return number(key, defaultValue, 0, 1);
  }

  int integer(String key, int defaultValue, int min, int max) {
    Optional<YamlNode> node = declare(key);
    int value = node.isEmpty() ? defaultValue : parseInteger(key, node.get(), min, max);
    resolved.put(key, value);
    return value;
  }

  long seed(String key, long defaultValue) {
    Optional<YamlNode> node = declare(key);
    long value = defaultValue;
    if (node.isPresent()) {
      YamlNode n = node.get();
      if (!(n instanceof YamlNode.Scalar s) || s.kind() != YamlNode.Scalar.Kind.INTEGER) {
        throw error(n, key, "must be a whole number, got " + YamlNode.describe(n));
      }
      try {
        value = Long.parseLong(s.text().replace("_", ""));
      } catch (NumberFormatException e) {
        throw error(n, key, "must be a whole number between 0 and " + Long.MAX_VALUE + ", got " + Excerpt.of(s.text()));
      }
      if (value < 0) {
        throw error(n, key, "must be a whole number between 0 and " + Long.MAX_VALUE + ", got " + Excerpt.of(s.text()));
      }
    }
    resolved.put(key, value);
    return value;
  }

  boolean bool(String key, boolean defaultValue) {
    Optional<YamlNode> node = declare(key);
    boolean value = defaultValue;
    if (node.isPresent()) {
      YamlNode n = node.get();
      if (!(n instanceof YamlNode.Scalar s) || s.kind() != YamlNode.Scalar.Kind.BOOLEAN) {
        throw error(n, key, "must be true or false, got " + YamlNode.describe(n));
      }
      value = Boolean.parseBoolean(s.text().toLowerCase(java.util.Locale.ROOT));
    }
    resolved.put(key, value);
    return value;
  }

  /** A list of names, each one of {@code allowed}; a single name reads as a one-element list. */
  List<String> choices(String key, List<String> defaultValue, Collection<String> allowed) {
    Optional<YamlNode> node = declare(key);
    List<String> values = defaultValue;
    if (node.isPresent()) {
      List<YamlNode> items = node.get() instanceof YamlNode.Sequence seq ? seq.items() : List.of(node.get());
      values = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        String value = string(key + "[" + i + "]", items.get(i));
        if (!allowed.contains(value)) {
          throw error(items.get(i), key + "[" + i + "]", "unknown name \"" + Excerpt.of(value) + "\"" + suggestion(value, allowed)
              + "; known: " + String.join(", ", allowed));
        }
        values.add(value);
      }
    }
    resolved.put(key, List.copyOf(values));
    return values;
  }

  /**
   * A mapping whose keys the user names (item classes): each value a section of its own.
   * An absent key gives an empty map; the caller supplies its defaults.
   */
  Map<String, Section> named(String key, String what) {
    YamlNode node = declare(key).orElse(null);
    Map<String, Section> out = new LinkedHashMap<>();
    if (node == null || isNull(node)) {
      return out;
    }
    if (!(node instanceof YamlNode.Mapping m)) {
      throw error(node, key, "must be a mapping of " + what + " by name, got " + YamlNode.describe(node));
    }
    Map<String, Object> written = new LinkedHashMap<>();
    for (Map.Entry<String, YamlNode.Entry> e : m.entries().entrySet()) {
      if (!e.getKey().matches("[A-Za-z0-9][A-Za-z0-9._-]{0,79}")) {
        throw new ScenarioException(context.file(), e.getValue().keyAt(), pathOf(key) + "." + e.getKey(),
            "a name must be 1 to 80 letters, digits, '.', '-' or '_'");
      }
      YamlNode value = e.getValue().value();
      YamlNode.Mapping mapping;
      if (value instanceof YamlNode.Mapping vm) {
        mapping = vm;
      } else if (isNull(value)) {
        mapping = new YamlNode.Mapping(Map.of(), value.at());
      } else {
        throw new ScenarioException(context.file(), value.at(), pathOf(key) + "." + e.getKey(),
            "must be a mapping of keys, got " + YamlNode.describe(value));
      }
      Section child = new Section(context, pathOf(key) + "." + e.getKey(), mapping);
      children.add(child);
      written.put(e.getKey(), child.resolved);
      out.put(e.getKey(), child);
    }
    resolved.put(key, written);
    return out;
  }

  /** A list of mappings, each read as a section ({@code shifts: [ {start: 0h, end: 8h} ]}). */
  List<Section> sections(String key) {
    YamlNode node = declare(key).orElse(null);
    List<Section> out = new ArrayList<>();
    if (node == null || isNull(node)) {
      resolved.put(key, List.of());
      return out;
    }
    if (!(node instanceof YamlNode.Sequence seq)) {
      throw error(node, key, "must be a list, got " + YamlNode.describe(node));
    }
    List<Object> written = new ArrayList<>();
    for (int i = 0; i < seq.items().size(); i++) {
      YamlNode item = seq.items().get(i);
      if (!(item instanceof YamlNode.Mapping m)) {
        throw error(item, key + "[" + i + "]", "must be a mapping of keys, got " + YamlNode.describe(item));
      }
      Section child = new Section(context, pathOf(key) + "[" + i + "]", m);
      children.add(child);
      written.add(child.resolved);
      out.add(child);
    }
    resolved.put(key, written);
    return out;
  }

  /** One value or a list of values of a quantity ({@code 300/h} or {@code [300/h, 500/h]}). */
  double[] oneOrMany(String key, Quantity quantity, double defaultValue, double min, double max) {
    Optional<YamlNode> node = declare(key);
    if (node.isPresent() && node.get() instanceof YamlNode.Sequence) {
      return parseList(key, node.get(), quantity, min, max);
    }
    double value = node.isEmpty() ? defaultValue : parseQuantity(key, node.get(), quantity, min, max);
    resolved.put(key, quantity.format(value));
    return new double[] {value};
  }

  /**
   * One whole number or a list of them ({@code 8} or {@code [20, 12, 6]}), each within [min, max];
   * one number is written back as a number, so files without lists resolve as before.
   */
  int[] integers(String key, int defaultValue, int min, int max) {
    Optional<YamlNode> node = declare(key);
    if (node.isPresent() && node.get() instanceof YamlNode.Sequence seq) {
      if (seq.items().isEmpty()) {
        throw error(seq, key, "must be a whole number or a non-empty list of them, got an empty list");
      }
      int[] values = new int[seq.items().size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = parseInteger(key + "[" + i + "]", seq.items().get(i), min, max);
      }
      resolved.put(key, java.util.Arrays.stream(values).boxed().toList());
      return values;
    }
    int value = node.isEmpty() ? defaultValue : parseInteger(key, node.get(), min, max);
    resolved.put(key, value);
    return new int[] {value};
  }

  /** A free-form name: letters, digits, '-', '_' and '.', as it may become a folder name. */
  String name(String key, String defaultValue) {
    Optional<YamlNode> node = declare(key);
    String value = defaultValue;
    if (node.isPresent()) {
      value = string(key, node.get());
      if (!value.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,79}")) {
        throw error(node.get(), key, "must be 1 to 80 letters, digits, '.', '-' or '_', starting with a letter or digit, got \""
            + Excerpt.of(value) + "\"");
      }
    }
    resolved.put(key, value);
    return value;
  }

  /** One of {@code allowed}; anything else is reported with the nearest allowed name. */
  String choice(String key, String defaultValue, Collection<String> allowed) {
    Optional<YamlNode> node = declare(key);
    String value = defaultValue;
    if (node.isPresent()) {
      value = string(key, node.get());
      if (!allowed.contains(value)) {
        throw error(node.get(), key, "unknown name \"" + Excerpt.of(value) + "\"" + suggestion(value, allowed)
            + "; known: " + String.join(", ", allowed));
      }
    }
    resolved.put(key, value);
    return value;
  }

  /**
   * One of the names {@code what} publishes ({@link NamedChoices}), with its parameters: a plain
   * name takes every default, a mapping {@code {name: ..., <parameter>: ...}} sets some
   * ({@link ChoiceReader}). Resolved with every parameter filled in.
   */
  Choice named(String key, String defaultName, String what) {
    NamedChoice choices = NamedChoices.choice(what);
    YamlNode.Entry entry = mapping.entries().get(key);
    Choice value;
    if (entry != null && entry.value() instanceof YamlNode.Mapping m) {
      declare(key);
      Section params = new Section(context, pathOf(key), m);
      value = ChoiceReader.read(params, m, choices);
      params.finish();
    } else {
      String name = choice(key, defaultName, choices.names());
      value = Choice.withDefaults(name, choices.parameters(name));
    }
    resolved.put(key, ChoiceReader.resolved(value, choices));
    return value;
  }

  /**
   * A mapping from names {@code what} publishes to their parameters ({@code robots: { packBot:
   * { count: 2 } }}), each with every default filled in; absent or empty, none (and left out of
   * the resolved scenario, as files written before the key existed).
   */
  List<Choice> namedEach(String key, String what) {
    Optional<YamlNode> node = declare(key);
    if (node.isEmpty() || isNull(node.get())) {
      return List.of();
    }
    if (!(node.get() instanceof YamlNode.Mapping m)) {
      throw error(node.get(), key, "must be a mapping of names to their parameters, got " + YamlNode.describe(node.get()));
    }
    NamedChoice choices = NamedChoices.choice(what);
    List<Choice> values = new ArrayList<>();
    Map<String, Object> written = new LinkedHashMap<>();
    for (Map.Entry<String, YamlNode.Entry> e : m.entries().entrySet()) {
      if (!choices.names().contains(e.getKey())) {
        throw new ScenarioException(context.file(), e.getValue().keyAt(), pathOf(key) + "." + e.getKey(), "unknown " + what
            + suggestion(e.getKey(), choices.names()) + "; known: " + String.join(", ", choices.names()));
      }
      YamlNode value = e.getValue().value();
      YamlNode.Mapping params = isNull(value) ? new YamlNode.Mapping(Map.of(), value.at()) : value instanceof YamlNode.Mapping pm ? pm
          : null;
      if (params == null) {
        throw error(value, key + "." + e.getKey(), "must be a mapping of parameters, got " + YamlNode.describe(value));
      }
      Section section = new Section(context, pathOf(key) + "." + e.getKey(), params);
      Choice choice = ChoiceReader.parameters(section, params, e.getKey(), choices);
      section.finish();
      values.add(choice);
      written.put(choice.name(), ChoiceReader.resolvedParameters(choice, choices));
    }
    if (!written.isEmpty()) {
      resolved.put(key, written);
    }
    return List.copyOf(values);
  }

  /** Text, or null when the key is absent or empty ({@code key:}); resolved as written, an absent key staying absent. */
  String text(String key) {
    Optional<YamlNode> node = declare(key);
    String value = node.isEmpty() || isNull(node.get()) ? null : string(key, node.get());
    resolveAs(key, value == null || value.isBlank() ? null : value);
    return value == null || value.isBlank() ? null : value;
  }

  /**
   * A file named relative to the scenario file's folder (or absolute); null when the key is absent
   * or empty. Resolved as the absolute, normalized path, so a resolved scenario written into a
   * results folder names the same file. The path returned is the one messages show: relative
   * when the scenario file's name was.
   */
  Path file(String key) {
    String written = text(key);
    if (written == null) {
      return null;
    }
    Path path;
    try {
      path = resolveFile(context.file(), written);
    } catch (InvalidPathException e) {
      throw errorAt(key, "not a file name: " + e.getReason());
    }
    resolved.put(key, path.toAbsolutePath().normalize().toString());
    return path;
  }

  /** The file {@code written} names in the scenario file {@code scenarioFile}: relative to its folder, normalized. */
  static Path resolveFile(String scenarioFile, String written) {
    return Path.of(scenarioFile).resolveSibling(written).normalize();
  }

  /** A distribution of durations: a plain duration ({@code 12s}) means a constant. */
  DistSpec durationDist(String key, DistSpec defaultValue, double maxSec) {
    return dist(key, Quantity.DURATION, defaultValue, maxSec);
  }

  /** A distribution of counts: a plain number means a constant. */
  DistSpec countDist(String key, DistSpec defaultValue, double max) {
    return dist(key, Quantity.NUMBER, defaultValue, max);
  }

  /** Whether the file writes {@code key} here as the plain name {@code word} (declares the key). */
  boolean says(String key, String word) {
    Optional<YamlNode> node = declare(key);
    return node.isPresent() && node.get() instanceof YamlNode.Scalar sc && sc.kind() == YamlNode.Scalar.Kind.STRING
        && sc.text().equals(word);
  }

  /** Whether the file writes {@code key} here (a read still declares it). */
  boolean has(String key) {
    return mapping.entries().containsKey(key);
  }

  /**
   * Records {@code value} as the resolved form of {@code key}, for a default a read cannot write
   * itself; {@code null} leaves the key out, for a section whose absence means something.
   */
  void resolveAs(String key, Object value) {
    if (value == null) {
      resolved.remove(key);
    } else {
      resolved.put(key, value);
    }
  }

  /** Fails, pointing at this mapping, unless {@code key} is present. */
  void require(String key, String problem) {
    if (!mapping.entries().containsKey(key)) {
      throw new ScenarioException(context.file(), mapping.at(), path, problem);
    }
  }

  /** A non-empty list of values of one quantity, each within [min, max]. */
  double[] list(String key, Quantity quantity, double min, double max) {
    YamlNode node = declare(key).orElseThrow(() -> new ScenarioException(context.file(), mapping.at(), path,
        "needs \"" + key + "\""));
    return parseList(key, node, quantity, min, max);
  }

  private double[] parseList(String key, YamlNode node, Quantity quantity, double min, double max) {
    if (!(node instanceof YamlNode.Sequence seq) || seq.items().isEmpty()) {
      throw error(node, key, "must be a non-empty list, e.g. [10s, 12s, 15s], got " + YamlNode.describe(node));
    }
    double[] values = new double[seq.items().size()];
    List<Object> written = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      values[i] = parseQuantity(key + "[" + i + "]", seq.items().get(i), quantity, min, max);
      written.add(quantity.format(values[i]));
    }
    resolved.put(key, written);
    return values;
  }

  /** Fails on the first key that no read asked for. Call after every read of this section. */
  void finish() {
    for (Map.Entry<String, YamlNode.Entry> e : mapping.entries().entrySet()) {
      if (!known.contains(e.getKey())) {
        throw new ScenarioException(context.file(), e.getValue().keyAt(), pathOf(e.getKey()),
            "unknown key" + suggestion(e.getKey(), known) + "; allowed here: " + String.join(", ", known));
      }
    }
    children.forEach(Section::finish);
  }

  Map<String, Object> resolved() {
    return resolved;
  }

  /** An error about {@code key}, pointing at its value if present, else at this mapping. */
  ScenarioException errorAt(String key, String problem) {
    YamlNode.Entry entry = mapping.entries().get(key);
    return new ScenarioException(context.file(), entry == null ? mapping.at() : entry.value().at(), pathOf(key), problem);
  }

  ScenarioException error(YamlNode node, String key, String problem) {
    return new ScenarioException(context.file(), node.at(), pathOf(key), problem);
  }

  double quantity(String key, Quantity quantity, double defaultValue, double min, double max) {
    Optional<YamlNode> node = declare(key);
    double value = node.isEmpty() ? defaultValue : parseQuantity(key, node.get(), quantity, min, max);
    resolved.put(key, quantity.format(value));
    return value;
  }

  private double parseQuantity(String key, YamlNode node, Quantity quantity, double min, double max) {
    Double value = node instanceof YamlNode.Scalar s ? quantity.parse(s) : null;
    String range = "between " + quantity.format(min) + " and " + quantity.format(max);
    if (value == null) {
      throw error(node, key, "must be " + quantity.form() + " " + range + ", got " + YamlNode.describe(node));
    }
    if (!(value >= min && value <= max)) {
      throw error(node, key, "must be " + range + ", got " + Excerpt.of(((YamlNode.Scalar) node).text()));
    }
    return value;
  }

  private int parseInteger(String key, YamlNode node, int min, int max) {
    String range = "a whole number between " + min + " and " + max;
    if (!(node instanceof YamlNode.Scalar s) || s.kind() != YamlNode.Scalar.Kind.INTEGER) {
      throw error(node, key, "must be " + range + ", got " + YamlNode.describe(node));
    }
    long value;
    try {
      value = Long.parseLong(s.text().replace("_", ""));
    } catch (NumberFormatException e) {
      throw error(node, key, "must be " + range + ", got " + Excerpt.of(s.text()));
    }
    if (value < min || value > max) {
      throw error(node, key, "must be " + range + ", got " + Excerpt.of(s.text()));
    }
    return (int) value;
  }

  private DistSpec dist(String key, Quantity quantity, DistSpec defaultValue, double max) {
    Optional<YamlNode> node = declare(key);
    DistSpec spec = defaultValue;
    if (node.isPresent()) {
      YamlNode n = node.get();
      if (n instanceof YamlNode.Mapping m) {
        Section params = new Section(context, pathOf(key), m);
        spec = DistReader.read(params, quantity, max);
        params.finish();
      } else {
        spec = new DistSpec.Constant(parseQuantity(key, n, quantity, 0, max));
      }
    }
    resolved.put(key, spec.describe(quantity::format));
    return spec;
  }

  private String string(String key, YamlNode node) {
    if (node instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.STRING) {
      return s.text();
    }
    throw error(node, key, "must be a name (text), got " + YamlNode.describe(node));
  }

  private Optional<YamlNode> declare(String key) {
    if (!known.contains(key)) {
      known.add(key);
    }
    context.declared(pathOf(key));
    YamlNode.Entry entry = mapping.entries().get(key);
    return entry == null ? Optional.empty() : Optional.of(entry.value());
  }

  private static boolean isNull(YamlNode node) {
    return node instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.NULL;
  }

  LoadContext context() {
    return context;
  }

  String pathOf(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  static String suggestion(String given, Collection<String> candidates) {
    return NearestName.of(given, candidates).map(c -> " (did you mean \"" + c + "\"?)").orElse("");
  }
}
