package org.fcsim.scenario;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario file's levels with changes made on the command line rather than in the file:
 * a sweep ({@code fcsim sweep --set key=v1,v2}) and a warm-up ({@code --warmup}).
 *
 * <p>A command-line sweep is read exactly as a {@code sweep:} section of the file would be
 * ({@code Levels}): it expands every level into one level per value, named
 * {@code <level>/<key>=<value>} ({@code <key>=<value>} for a file without levels), and it
 * replaces any {@code sweep:} the file has, so the resolved scenario records the sweep that
 * ran and reloads to the same levels. A warm-up replaces {@code warmup} in the base and in
 * every level, as {@code --replications} replaces {@code replications}.
 */
public final class CommandLineLevels {
  private CommandLineLevels() {}

  /**
   * A sweep given on the command line.
   *
   * @param key    dotted key path, e.g. {@code driveUnits.count}
   * @param values the values as written, in order, e.g. {@code 5}, {@code 0.25}, {@code 30s}
   */
  public record Sweep(String key, List<String> values) {
    public Sweep {
      values = List.copyOf(values);
    }

    /**
     * Reads {@code KEY=V1,V2,...}; the key path and the values are checked further when the
     * scenario loads.
     *
     * @throws IllegalArgumentException saying what is wrong, with an example
     */
    public static Sweep parse(String text) {
      int eq = text.indexOf('=');
      if (eq <= 0 || eq == text.length() - 1) {
        throw new IllegalArgumentException("expected KEY=V1,V2,..., e.g. driveUnits.count=40,60,80, got \"" + Excerpt.of(text) + "\"");
      }
      List<String> values = new ArrayList<>();
      for (String v : text.substring(eq + 1).split(",", -1)) {
        if (v.isBlank()) {
          throw new IllegalArgumentException(Excerpt.of(text) + ": an empty value; values are separated by single commas, "
              + "e.g. driveUnits.count=40,60,80");
        }
        values.add(v.trim());
      }
      return new Sweep(text.substring(0, eq).trim(), values);
    }
  }

  /**
   * One key set to one value on the command line ({@code fcsim run --set driveUnits.count=40}),
   * in the base and in every level after the level's own overrides and the sweep, as
   * {@code --warmup} sets {@code warmup}.
   *
   * @param option the option that set it, e.g. {@code --set}: a problem with the value is its
   * @param key    dotted key path, e.g. {@code driveUnits.count}
   * @param value  the value as written, e.g. {@code 40}, {@code 30s}
   */
  public record Setting(String option, String key, String value) {
    /**
     * Reads {@code KEY=VALUE}; the key path and the value are checked when the scenario loads.
     *
     * @throws IllegalArgumentException saying what is wrong, with an example; a list of values
     *                                  points to {@code fcsim sweep}
     */
    public static Setting parse(String option, String text) {
      int eq = text.indexOf('=');
      if (eq <= 0 || eq == text.length() - 1 || text.substring(eq + 1).isBlank()) {
        throw new IllegalArgumentException("expected KEY=VALUE, e.g. driveUnits.count=40, got \"" + Excerpt.of(text) + "\"");
      }
      String key = text.substring(0, eq).trim();
      if (text.indexOf(',', eq) >= 0) {
        throw new IllegalArgumentException(Excerpt.of(text) + ": one value only; to run each of several values, use "
            + "'fcsim sweep --set " + Excerpt.of(text) + "'");
      }
      List<String> path = List.of(key.split("\\.", -1));
      if (path.stream().anyMatch(String::isBlank)) {
        throw new IllegalArgumentException(Excerpt.of(text) + ": a key path is keys joined by '.', e.g. driveUnits.count=40");
      }
      if (path.get(0).equals("seed") || path.get(0).equals("name")) {
        throw new IllegalArgumentException(Excerpt.of(text) + ": the scenario's " + path.get(0) + " cannot be set here"
            + (path.get(0).equals("seed") ? "; use --seed" : ""));
      }
      return new Setting(option, key, text.substring(eq + 1).trim());
    }
  }

  /**
   * Reads, expands and validates {@code file}'s levels as {@link ScenarioLoader#loadLevels}
   * does, with the command line's changes.
   *
   * @param overrides top-level whole-number keys ({@code replications}, {@code seed})
   * @param sweep     a sweep replacing the file's, or {@code null} for the file's own
   * @param warmupSec a warm-up in seconds for the base and every level, or {@code null} for
   *                  the file's
   * @throws ScenarioException for a bad file, sweep or warm-up; a problem with the sweep itself
   *                           is reported as {@code file: --set: problem}
   */
  public static ScenarioLevels load(Path file, Map<String, Long> overrides, Sweep sweep, Double warmupSec) {
    return load(file, overrides, sweep, warmupSec, List.of());
  }

  /**
   * As {@link #load(Path, Map, Sweep, Double)}, with keys set to single values. A problem with
   * a value the command line gave (a sweep's, a setting's, the warm-up) is the option's, not a
   * line of the file: {@code file: --set: [level L: ]key: problem}.
   */
  public static ScenarioLevels load(
      Path file, Map<String, Long> overrides, Sweep sweep, Double warmupSec, List<Setting> settings) {
    String name = file.toString();
    byte[] bytes = ScenarioLoader.readBytes(file);
    YamlNode.Mapping mapping = ScenarioLoader.rootMapping(name, bytes);
    if (sweep != null) {
      mapping = withSweep(mapping, sweep);
    }
    Levels levels;
    try {
      levels = Levels.read(name, mapping);
    } catch (ScenarioException e) {
      throw sweep != null && e.keyPath().startsWith(Levels.SWEEP) ? asOption(name, e) : e;
    }
    List<Setting> all = new ArrayList<>(settings);
    if (warmupSec != null) {
      all.add(new Setting("--warmup", "warmup", durationText(warmupSec)));
    }
    Map<String, String> optionOfKey = new LinkedHashMap<>();
    all.forEach(setting -> optionOfKey.put(setting.key(), setting.option()));
    if (sweep != null) {
      optionOfKey.putIfAbsent(sweep.key(), "--set");
    }
    YamlNode.Mapping base = withSettings(levels.base(), all);
    LoadedScenario loadedBase;
    try {
      loadedBase = ScenarioLoader.validate(name, bytes, base, overrides);
    } catch (ScenarioException e) {
      throw asOption(name, null, optionOfKey, e);
    }
    if (levels.writtenYaml().isEmpty()) { // no levels: and no sweep: one level, the base
      return Levels.withKnownBaseline(name, base, new ScenarioLevels(loadedBase,
          List.of(new ScenarioLevels.Level(Levels.BASE, loadedBase)), loadedBase.resolvedYaml()));
    }
    List<ScenarioLevels.Level> loaded = new ArrayList<>();
    for (Levels.Merged level : levels.levels()) {
      YamlNode.Mapping tree = withSettings(level.root(), all);
      try {
        loaded.add(new ScenarioLevels.Level(level.name(), ScenarioLoader.validate(name, bytes, tree, overrides),
            level.point()));
      } catch (ScenarioException e) {
        ScenarioException option = asOption(name, level.name(), optionOfKey, e);
        throw option != e ? option : Levels.blame(name, level.name(), e);
      }
    }
    Map<String, YamlNode> values = new LinkedHashMap<>();
    all.forEach(setting -> values.put(setting.key(), setting.option().equals("--warmup")
        ? new YamlNode.Scalar(setting.value(), YamlNode.Scalar.Kind.STRING, null) : scalar(setting.value())));
    return Levels.withKnownBaseline(name, base,
        new ScenarioLevels(loadedBase, loaded, loadedBase.resolvedYaml() + levels.writtenYaml(values)));
  }

  /**
   * A warm-up as the loader reads it: whole seconds stay whole ({@code 1530s}), fractions are
   * written exactly ({@code 152.5s}).
   */
  public static String durationText(double seconds) {
    return new BigDecimal(Double.toString(seconds)).stripTrailingZeros().toPlainString() + "s";
  }

  /** {@code root} with its {@code sweep:} replaced by {@code sweep}; the nodes have no location. */
  private static YamlNode.Mapping withSweep(YamlNode.Mapping root, Sweep sweep) {
    List<YamlNode> values = new ArrayList<>();
    for (String v : sweep.values()) {
      values.add(scalar(v));
    }
    Map<String, YamlNode.Entry> fields = new LinkedHashMap<>();
    fields.put("key", new YamlNode.Entry(null, new YamlNode.Scalar(sweep.key(), YamlNode.Scalar.Kind.STRING, null)));
    fields.put("values", new YamlNode.Entry(null, new YamlNode.Sequence(values, null)));
    Map<String, YamlNode.Entry> entries = new LinkedHashMap<>(root.entries());
    entries.remove(Levels.SWEEP);
    entries.put(Levels.SWEEP, new YamlNode.Entry(null, new YamlNode.Mapping(fields, null)));
    return new YamlNode.Mapping(entries, root.at());
  }

  /** One value as YAML reads it ({@code 5} a whole number, {@code 0.5} a decimal, {@code 30s} text). */
  private static YamlNode scalar(String text) {
    YamlNode parsed;
    try {
      parsed = YamlTree.parse("--set", text.getBytes(StandardCharsets.UTF_8));
    } catch (ScenarioException e) {
      return new YamlNode.Scalar(text, YamlNode.Scalar.Kind.STRING, null);
    }
    if (parsed instanceof YamlNode.Scalar s) {
      return new YamlNode.Scalar(s.text(), s.kind(), null);
    }
    return new YamlNode.Scalar(text, YamlNode.Scalar.Kind.STRING, null);
  }

  /**
   * {@code tree} with every setting put at its key: the warm-up as a duration at the line of
   * the warm-up it replaces, a {@code --set} value as YAML reads it, without a location (as a
   * command-line sweep's values).
   */
  private static YamlNode.Mapping withSettings(YamlNode.Mapping tree, List<Setting> settings) {
    for (Setting setting : settings) {
      if (setting.option().equals("--warmup")) {
        YamlNode.Entry old = tree.entries().get("warmup");
        YamlNode.Location at = old == null ? tree.at() : old.keyAt();
        tree = Levels.put(tree, List.of("warmup"), 0, at, new YamlNode.Scalar(setting.value(), YamlNode.Scalar.Kind.STRING, at));
      } else {
        tree = Levels.put(tree, List.of(setting.key().split("\\.", -1)), 0, null, scalar(setting.value()));
      }
    }
    return tree;
  }

  /**
   * A problem at a key the command line set (longer than a horizon; not a number; an unknown
   * key) is the option's, not the line of the file it replaced:
   * {@code file: --warmup: [level L: ]problem}, {@code file: --set: [level L: ]key: problem}.
   * Any other problem is returned as it is.
   */
  private static ScenarioException asOption(String file, String level, Map<String, String> optionOfKey, ScenarioException e) {
    for (Map.Entry<String, String> set : optionOfKey.entrySet()) {
      if (!e.keyPath().equals(set.getKey()) && !e.keyPath().startsWith(set.getKey() + ".")) {
        continue;
      }
      String where = set.getValue().equals("--warmup") ? "" : e.keyPath() + ": ";
      ScenarioException option = new ScenarioException(file, null, set.getValue(),
          (level == null ? "" : "level " + level + ": ") + where + e.problem());
      option.initCause(e);
      return option;
    }
    return e;
  }

  /** {@code file: sweep.values[1]: problem} → {@code file: --set: problem}. */
  private static ScenarioException asOption(String file, ScenarioException e) {
    String message = e.getMessage();
    String marker = e.keyPath() + ": ";
    int at = message.indexOf(marker);
    String problem = at < 0 ? message : message.substring(at + marker.length());
    ScenarioException option = new ScenarioException(file, null, "--set", problem);
    option.initCause(e);
    return option;
  }
}
