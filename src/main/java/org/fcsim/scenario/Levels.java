package org.fcsim.scenario;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The automation levels of a scenario file: the base facility (the file without its
 * {@code levels:} and {@code sweep:} keys) and one merged tree per level, which the loader
 * then validates exactly as it validates a file.
 *
 * <pre>
 * levels:                       # ordered; each a set of overrides on the base facility
 *   manual:          { driveUnits.count: 0 }
 *   goods-to-person: {}
 * sweep:                        # each level once per value
 *   key: pickStations.armShare
 *   values: [0, 0.25, 0.5]
 * </pre>
 *
 * <p>Merge rules. The keys of a level's own mapping are dotted paths ({@code a.b.c}); keys
 * inside a nested mapping are taken literally, as in the base file. At the end of a path the
 * override replaces the base node, except that a mapping merges into a base mapping key by key
 * (recursively). A mapping holding {@code dist} is a distribution, one value: it replaces the
 * base node whole, so switching a distribution's kind never inherits the old kind's
 * parameters; likewise a mapping holding {@code name} (a policy with parameters,
 * {@code {name: nearFront, window: 20}}). Missing intermediate mappings are created; a base
 * node that is not a mapping is replaced by one, except that a plain name is a policy's plain
 * form: {@code pickStations.podPolicy.window: 30} over {@code podPolicy: nearFront} gives
 * {@code {name: nearFront, window: 30}}. Override nodes keep their own locations, so the loader's messages point
 * into the override. Setting the same key (or a key and a key inside it) twice in one level
 * fails. {@code name} and {@code seed} cannot be overridden: levels share the seed, so
 * replication r of every level uses the same random numbers. A file a level names
 * ({@code demand.orderHistory}) is made absolute, as the loader resolves it, and a level that
 * sets a key drops the base's {@code <key>Sha256} pin unless it sets that too: the pin was of
 * the base's file.
 *
 * <p>Without {@code levels} there is one level named {@value #BASE}. A sweep expands every
 * level into one level per value, named {@code <level>/<key>=<value as written>} (or
 * {@code <key>=<value>} without levels); the value is applied after the level's overrides.
 * At most {@value #MAX_LEVELS} levels after expansion.
 */
final class Levels {
  static final String BASE = "base";
  static final int MAX_LEVELS = 100;
  static final String LEVELS = "levels";
  static final String SWEEP = "sweep";
  private static final String TRANSITIONS = "transitions";
  private static final String BASELINE = "baseline";
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,79}");
  private static final List<String> SWEEP_KEYS = List.of("key", "values");
  private static final List<String> FIXED = List.of("name", "seed");
  private static final YAMLMapper YAML = YAMLMapper.builder()
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS) // a quoted "0.5" stays text
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .build();

  /**
   * One level before validation: its name, the base with its overrides merged in, and where it
   * sits in the sweep ({@code null} when the file has none).
   */
  record Merged(String name, YamlNode.Mapping root, SweepPoint point) {
    Merged(String name, YamlNode.Mapping root) {
      this(name, root, null);
    }
  }

  /** Validates one tree as the loader validates a file ({@code ScenarioLoader::validate}). */
  @FunctionalInterface
  interface Check {
    LoadedScenario validate(String file, byte[] bytes, YamlNode.Mapping root, Map<String, Long> overrides);
  }

  private final YamlNode.Mapping base;
  private final List<Merged> levels;
  private final Map<String, Object> written;

  private Levels(YamlNode.Mapping base, List<Merged> levels, Map<String, Object> written) {
    this.base = base;
    this.levels = List.copyOf(levels);
    this.written = written;
  }

  /** The file without {@code levels} and {@code sweep}. */
  YamlNode.Mapping base() {
    return base;
  }

  /** Every level after sweep expansion, in file order (a level's sweep values in list order). */
  List<Merged> levels() {
    return levels;
  }

  /**
   * Reads, expands and validates the levels of {@code file}. The base is validated first, so a
   * mistake in the base reads as it would without levels; a mistake that shows only once a
   * level's overrides are merged names the level: {@code levels.<name>: key.path: problem}.
   *
   * @param overrides top-level whole-number keys replaced in the base and every level (the
   *                  command line's {@code --replications} and {@code --seed})
   */
  static ScenarioLevels load(Path file, Map<String, Long> overrides, Check check) {
    String name = file.toString();
    byte[] bytes = ScenarioLoader.readBytes(file);
    YamlNode.Mapping mapping = ScenarioLoader.rootMapping(name, bytes);
    Levels levels = read(name, mapping);
    LoadedScenario base = check.validate(name, bytes, levels.base, overrides);
    if (levels.written.isEmpty()) {
      return withKnownBaseline(name, levels.base, new ScenarioLevels(base, List.of(new ScenarioLevels.Level(BASE, base)),
          base.resolvedYaml()));
    }
    List<ScenarioLevels.Level> loaded = new ArrayList<>();
    for (Merged level : levels.levels) {
      try {
        loaded.add(new ScenarioLevels.Level(level.name(), check.validate(name, bytes, level.root(), overrides),
            level.point()));
      } catch (ScenarioException e) {
        throw blame(name, level.name(), e);
      }
    }
    return withKnownBaseline(name, levels.base, new ScenarioLevels(base, loaded, base.resolvedYaml() + levels.writtenYaml()));
  }

  /**
   * {@code loaded} once the base's {@code transitions.baseline}, when it names a level, names one
   * of {@code loaded}'s ({@link ScenarioLevels#levelNamed}); otherwise fails at that key.
   * Checked after a sweep, so a sweep from the command line is checked as one in the file.
   */
  static ScenarioLevels withKnownBaseline(String file, YamlNode.Mapping base, ScenarioLevels loaded) {
    String baseline = loaded.base().scenario().transitions().baseline();
    if (baseline.isEmpty() || loaded.levelNamed(baseline) != null) {
      return loaded;
    }
    YamlNode.Location at = base.at();
    if (base.entries().get(TRANSITIONS) != null && base.entries().get(TRANSITIONS).value() instanceof YamlNode.Mapping t
        && t.entries().get(BASELINE) != null) {
      at = t.entries().get(BASELINE).value().at();
    }
    throw new ScenarioException(file, at, TRANSITIONS + "." + BASELINE, loaded.unknown(baseline));
  }

  /** Splits {@code root} into the base and its merged levels; checks names, paths and limits. */
  static Levels read(String file, YamlNode.Mapping root) {
    Map<String, YamlNode.Entry> rest = new LinkedHashMap<>(root.entries());
    YamlNode.Entry levelsEntry = rest.remove(LEVELS);
    YamlNode.Entry sweepEntry = rest.remove(SWEEP);
    YamlNode.Mapping base = new YamlNode.Mapping(rest, root.at());
    Map<String, Object> written = new LinkedHashMap<>();

    List<Merged> ladder = new ArrayList<>();
    if (levelsEntry == null) {
      ladder.add(new Merged(BASE, base));
    } else {
      YamlNode node = levelsEntry.value();
      if (!(node instanceof YamlNode.Mapping m) || m.entries().isEmpty()) {
        throw new ScenarioException(file, node.at(), LEVELS, "must be a mapping of level names to overrides, "
            + "e.g. { manual: { driveUnits.count: 0 }, goods-to-person: {} }, got " + YamlNode.describe(node));
      }
      Map<String, Object> writtenLevels = new LinkedHashMap<>();
      for (Map.Entry<String, YamlNode.Entry> e : m.entries().entrySet()) {
        String name = e.getKey();
        String label = LEVELS + "." + name;
        if (!NAME.matcher(name).matches()) {
          throw new ScenarioException(file, e.getValue().keyAt(), label,
              "a level name must be 1 to 80 letters, digits, '.', '-' or '_', starting with a letter or digit");
        }
        YamlNode overrides = withAbsoluteFiles(file, List.of(), e.getValue().value());
        ladder.add(new Merged(name, applyLevel(file, label, base, overrides)));
        writtenLevels.put(name, isNothing(overrides) ? Map.of() : plain(overrides));
      }
      written.put(LEVELS, writtenLevels);
    }

    if (ladder.size() > MAX_LEVELS) {
      throw new ScenarioException(file, levelsEntry.value().at(), LEVELS,
          ladder.size() + " levels; at most " + MAX_LEVELS);
    }
    List<Merged> expanded = ladder;
    if (sweepEntry != null) {
      expanded = sweep(file, sweepEntry.value(), ladder, levelsEntry != null);
      written.put(SWEEP, plain(sweepEntry.value()));
    }
    return new Levels(base, expanded, written);
  }

  /** The {@code levels:} and {@code sweep:} sections as written, as YAML; empty without them. */
  String writtenYaml() {
    return writtenYaml(Map.of());
  }

  /**
   * As {@link #writtenYaml()}, with every level's own override of a key in {@code set} (a
   * dotted key path to the value the command line gave it, which wins over the level's) written
   * with that value, so the sections describe what ran. Keys no level overrides stay as written.
   */
  String writtenYaml(Map<String, YamlNode> set) {
    if (written.isEmpty()) {
      return "";
    }
    Map<String, Object> out = new LinkedHashMap<>(written);
    if (!set.isEmpty() && written.get(LEVELS) instanceof Map<?, ?> ladder) {
      Map<String, Object> levels = new LinkedHashMap<>();
      ladder.forEach((name, overrides) -> {
        Object copy = copy(overrides);
        set.forEach((key, value) -> replaceAt(copy, List.of(key.split("\\.", -1)), plain(value)));
        levels.put((String) name, copy);
      });
      out.put(LEVELS, levels);
    }
    try {
      return YAML.writeValueAsString(out);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the levels of a scenario", e);
    }
  }

  /** A deep copy of plain mappings, so a replacement never reaches {@link #written}. */
  private static Object copy(Object plain) {
    if (plain instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, v) -> out.put((String) k, copy(v)));
      return out;
    }
    return plain;
  }

  /**
   * Where {@code overrides} (keys dotted or nested, as a level writes them) reach {@code path},
   * puts {@code value} there.
   */
  @SuppressWarnings("unchecked")
  private static void replaceAt(Object overrides, List<String> path, Object value) {
    if (!(overrides instanceof Map<?, ?> m)) {
      return;
    }
    Map<String, Object> map = (Map<String, Object>) m;
    for (String key : List.copyOf(map.keySet())) {
      List<String> at = List.of(key.split("\\.", -1));
      if (at.equals(path)) {
        map.put(key, value);
      } else if (at.size() < path.size() && path.subList(0, at.size()).equals(at)) {
        replaceAt(map.get(key), path.subList(at.size(), path.size()), value);
      }
    }
  }

  private static YamlNode.Mapping applyLevel(String file, String label, YamlNode.Mapping base, YamlNode value) {
    if (isNothing(value)) {
      return base;
    }
    if (!(value instanceof YamlNode.Mapping overrides)) {
      throw new ScenarioException(file, value.at(), label,
          "must be a mapping of overrides such as { driveUnits.count: 0 } ({} for none), got "
              + YamlNode.describe(value));
    }
    YamlNode.Mapping merged = base;
    List<List<String>> set = new ArrayList<>();
    for (Map.Entry<String, YamlNode.Entry> e : overrides.entries().entrySet()) {
      YamlNode.Location keyAt = e.getValue().keyAt();
      List<String> path = keyPath(file, label, e.getKey(), keyAt);
      List<List<String>> leaves = new ArrayList<>();
      leaves(path, e.getValue().value(), leaves);
      for (List<String> leaf : leaves) {
        for (List<String> earlier : set) {
          if (isPrefix(earlier, leaf) || isPrefix(leaf, earlier)) {
            throw new ScenarioException(file, keyAt, label, Excerpt.of(String.join(".", leaf))
                + ": set twice in this level (also as " + String.join(".", earlier) + ")");
          }
        }
      }
      set.addAll(leaves);
      merged = put(merged, path, 0, keyAt, e.getValue().value());
    }
    for (List<String> leaf : set) {
      List<String> pin = new ArrayList<>(leaf);
      pin.set(pin.size() - 1, pin.get(pin.size() - 1) + TraceFiles.SHA256);
      if (!set.contains(pin)) {
        merged = without(merged, pin, 0); // the base's pin of the file this level replaces
      }
    }
    return merged;
  }

  /**
   * {@code node}, a level's overrides at {@code path}, with each file it names
   * ({@link TraceFiles#FILE_KEYS}) written as the absolute path the loader resolves it to, so
   * the levels written into a resolved scenario name the same files wherever it is saved.
   * Keys of the level's own mapping are dotted paths; keys further in are taken literally.
   */
  private static YamlNode withAbsoluteFiles(String file, List<String> path, YamlNode node) {
    if (node instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.STRING && !s.text().isBlank()
        && TraceFiles.FILE_KEYS.contains(String.join(".", path))) {
      try {
        String absolute = Section.resolveFile(file, s.text()).toAbsolutePath().normalize().toString();
        return new YamlNode.Scalar(absolute, s.kind(), s.at());
      } catch (java.nio.file.InvalidPathException e) {
        return node; // the loader reports it
      }
    }
    if (!(node instanceof YamlNode.Mapping m) || isOneValue(m)) {
      return node;
    }
    Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
    m.entries().forEach((key, entry) -> {
      List<String> child = new ArrayList<>(path);
      child.addAll(path.isEmpty() ? List.of(key.split("\\.", -1)) : List.of(key));
      entries.put(key, new YamlNode.Entry(entry.keyAt(), withAbsoluteFiles(file, child, entry.value())));
    });
    return new YamlNode.Mapping(entries, m.at());
  }

  /** {@code from} without the key at {@code path[i..]}; as it was when there is none. */
  private static YamlNode.Mapping without(YamlNode.Mapping from, List<String> path, int i) {
    YamlNode.Entry entry = from.entries().get(path.get(i));
    if (entry == null) {
      return from;
    }
    Map<String, YamlNode.Entry> entries = new LinkedHashMap<>(from.entries());
    if (i == path.size() - 1) {
      entries.remove(path.get(i));
    } else if (entry.value() instanceof YamlNode.Mapping child) {
      entries.put(path.get(i), new YamlNode.Entry(entry.keyAt(), without(child, path, i + 1)));
    } else {
      return from;
    }
    return new YamlNode.Mapping(entries, from.at());
  }

  /** {@code manual:} with nothing after it: YAML reads null or an empty string. */
  private static boolean isNothing(YamlNode value) {
    return value instanceof YamlNode.Scalar s && s.text().isEmpty()
        && (s.kind() == YamlNode.Scalar.Kind.NULL || s.kind() == YamlNode.Scalar.Kind.STRING);
  }

  private static List<Merged> sweep(String file, YamlNode node, List<Merged> ladder, boolean named) {
    if (!(node instanceof YamlNode.Mapping m)) {
      throw new ScenarioException(file, node.at(), SWEEP,
          "must be a mapping with key and values, e.g. { key: driveUnits.count, values: [40, 60] }, got "
              + YamlNode.describe(node));
    }
    for (Map.Entry<String, YamlNode.Entry> e : m.entries().entrySet()) {
      if (!SWEEP_KEYS.contains(e.getKey())) {
        throw new ScenarioException(file, e.getValue().keyAt(), SWEEP + "." + e.getKey(), "unknown key"
            + Section.suggestion(e.getKey(), SWEEP_KEYS) + "; allowed here: " + String.join(", ", SWEEP_KEYS));
      }
    }
    YamlNode.Entry keyEntry = m.entries().get("key");
    YamlNode.Entry valuesEntry = m.entries().get("values");
    if (keyEntry == null || valuesEntry == null) {
      throw new ScenarioException(file, m.at(), SWEEP, "needs \"" + (keyEntry == null ? "key" : "values")
          + "\", e.g. { key: driveUnits.count, values: [40, 60] }");
    }
    YamlNode keyNode = keyEntry.value();
    if (!(keyNode instanceof YamlNode.Scalar k) || k.kind() != YamlNode.Scalar.Kind.STRING) {
      throw new ScenarioException(file, keyNode.at(), SWEEP + ".key",
          "must be a key path such as pickStations.armShare, got " + YamlNode.describe(keyNode));
    }
    List<String> path = keyPath(file, SWEEP + ".key", k.text(), k.at());
    YamlNode valuesNode = valuesEntry.value();
    if (!(valuesNode instanceof YamlNode.Sequence seq) || seq.items().isEmpty()) {
      throw new ScenarioException(file, valuesNode.at(), SWEEP + ".values",
          "must be a non-empty list of values, e.g. [0, 0.25, 0.5] or [30s, 45s], got "
              + YamlNode.describe(valuesNode));
    }
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < seq.items().size(); i++) {
      YamlNode item = seq.items().get(i);
      String where = SWEEP + ".values[" + i + "]";
      if (!(item instanceof YamlNode.Scalar s) || !isValue(s)) {
        throw new ScenarioException(file, item.at(), where,
            "must be a number or a quantity such as 30s or 300/h, got " + YamlNode.describe(item));
      }
      if (texts.contains(s.text())) {
        throw new ScenarioException(file, item.at(), where, Excerpt.of(s.text()) + " appears twice in the sweep");
      }
      texts.add(s.text());
    }
    if ((long) ladder.size() * texts.size() > MAX_LEVELS) {
      throw new ScenarioException(file, m.at(), SWEEP, ladder.size() * texts.size() + " levels after the sweep ("
          + ladder.size() + " levels x " + texts.size() + " values); at most " + MAX_LEVELS);
    }
    List<Merged> expanded = new ArrayList<>();
    for (Merged level : ladder) {
      for (int i = 0; i < texts.size(); i++) {
        String name = (named ? level.name() + "/" : "") + k.text() + "=" + texts.get(i);
        expanded.add(new Merged(name, put(level.root(), path, 0, k.at(), seq.items().get(i)),
            new SweepPoint(named ? level.name() : "", k.text(), texts.get(i))));
      }
    }
    return expanded;
  }

  private static boolean isValue(YamlNode.Scalar s) {
    return switch (s.kind()) {
      case INTEGER, DECIMAL -> true;
      case STRING -> !s.text().isBlank();
      default -> false;
    };
  }

  /** A dotted key path; no empty segment, and never {@code name} or {@code seed}. */
  private static List<String> keyPath(String file, String label, String key, YamlNode.Location at) {
    List<String> path = List.of(key.split("\\.", -1));
    if (path.stream().anyMatch(String::isEmpty)) {
      throw new ScenarioException(file, at, label, Excerpt.of(key) + ": a key path is keys joined by '.', "
          + "e.g. driveUnits.count; this one has an empty part");
    }
    if (FIXED.contains(path.get(0))) {
      throw new ScenarioException(file, at, label, Excerpt.of(key) + ": levels cannot change the scenario's " + path.get(0)
          + (path.get(0).equals("seed") ? "; they share it, so they are compared with common random numbers" : ""));
    }
    return path;
  }

  /** The key paths {@code value} sets at {@code path}: one per non-mapping or distribution. */
  private static void leaves(List<String> path, YamlNode value, List<List<String>> out) {
    if (value instanceof YamlNode.Mapping m && !isOneValue(m)) {
      for (String key : m.entries().keySet()) {
        List<String> child = new ArrayList<>(path);
        child.add(key);
        leaves(child, m.entries().get(key).value(), out);
      }
    } else {
      out.add(path);
    }
  }

  private static boolean isPrefix(List<String> prefix, List<String> path) {
    return prefix.size() <= path.size() && path.subList(0, prefix.size()).equals(prefix);
  }

  /**
   * {@code into} with {@code value} placed at {@code path[i..]}, by the merge rules of the class
   * comment. Returns a new mapping; {@code into} is left as it was.
   *
   * @param keyAt where the override's key stands; given to every entry the override creates
   */
  static YamlNode.Mapping put(
      YamlNode.Mapping into, List<String> path, int i, YamlNode.Location keyAt, YamlNode value) {
    Map<String, YamlNode.Entry> entries = new LinkedHashMap<>(into.entries());
    String key = path.get(i);
    YamlNode.Entry old = entries.get(key);
    YamlNode.Mapping oldMapping = old != null && old.value() instanceof YamlNode.Mapping om ? om : null;
    YamlNode placed;
    boolean kept;
    if (i < path.size() - 1) {
      YamlNode.Mapping child = oldMapping != null ? oldMapping : new YamlNode.Mapping(namedChoice(old), keyAt);
      placed = put(child, path, i + 1, keyAt, value);
      kept = oldMapping != null;
    } else if (value instanceof YamlNode.Mapping m) {
      boolean merges = oldMapping != null && !isOneValue(m);
      YamlNode.Mapping target = merges ? oldMapping : new YamlNode.Mapping(Map.of(), m.at());
      for (Map.Entry<String, YamlNode.Entry> e : m.entries().entrySet()) {
        target = put(target, List.of(e.getKey()), 0, e.getValue().keyAt(), e.getValue().value());
      }
      placed = target;
      kept = merges;
    } else {
      placed = value;
      kept = false;
    }
    entries.put(key, new YamlNode.Entry(kept ? old.keyAt() : keyAt, placed));
    return new YamlNode.Mapping(entries, into.at());
  }

  /** A distribution ({@code dist}) or a named choice with parameters ({@code name}): one value, replaced whole. */
  private static boolean isOneValue(YamlNode.Mapping m) {
    return m.entries().containsKey("dist") || m.entries().containsKey("name");
  }

  /**
   * The entries a path that goes below {@code old} starts from: a plain name is a named choice's
   * plain form, so {@code podPolicy.window} below {@code podPolicy: nearFront} keeps the name
   * ({@code {name: nearFront, window: ...}}); anything else starts empty.
   */
  private static Map<String, YamlNode.Entry> namedChoice(YamlNode.Entry old) {
    return old != null && old.value() instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.STRING
        ? Map.of("name", new YamlNode.Entry(old.keyAt(), s)) : Map.of();
  }

  /**
   * A validation failure of a level's merged tree, re-addressed to the level:
   * {@code file:line:col: levels.<name>: key.path: problem}, same location.
   */
  static ScenarioException blame(String file, String level, ScenarioException e) {
    return e.file().equals(file) ? e.blamedOn(LEVELS + "." + level) : e;
  }

  /** A node as plain Java values for Jackson, numbers exactly as written. */
  static Object plain(YamlNode node) {
    if (node instanceof YamlNode.Mapping m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.entries().forEach((k, v) -> out.put(k, plain(v.value())));
      return out;
    }
    if (node instanceof YamlNode.Sequence s) {
      return s.items().stream().map(Levels::plain).toList();
    }
    YamlNode.Scalar s = (YamlNode.Scalar) node;
    return switch (s.kind()) {
      case STRING -> s.text();
      case INTEGER, DECIMAL -> new NumberText(s.text());
      case BOOLEAN -> Boolean.valueOf(s.text().toLowerCase(Locale.ROOT).matches("true|yes|on|y"));
      case NULL -> null;
    };
  }

  /**
   * A number written back with the text it was read with ({@code 0.50} stays {@code 0.50}),
   * so sweep level names survive a round trip through the resolved scenario.
   */
  record NumberText(String text) implements JsonSerializable {
    @Override
    public void serialize(JsonGenerator gen, SerializerProvider serializers) throws IOException {
      gen.writeNumber(text);
    }

    @Override
    public void serializeWithType(JsonGenerator gen, SerializerProvider serializers, TypeSerializer typeSer)
        throws IOException {
      serialize(gen, serializers);
    }
  }
}
