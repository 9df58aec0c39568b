package org.fcsim.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Loads a scenario file: YAML → validated {@link Scenario}, plus the resolved scenario (every
 * default filled in) as YAML text. Each key is declared here once with its default and
 * range; {@code scenarios/reference.yaml} documents the same keys with comments.
 */
public final class ScenarioLoader {
  private static final YAMLMapper YAML = YAMLMapper.builder()
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .build();

  private ScenarioLoader() {}

  /** Reads and validates {@code file}; any problem is a one-line {@link ScenarioException}. */
  public static LoadedScenario load(Path file) {
    return load(file, Map.of());
  }

  /**
   * As {@link #load(Path)}, with top-level whole-number keys replaced before validation (the
   * command line's {@code --replications} and {@code --seed}), so the resolved scenario
   * records what actually ran.
   */
  public static LoadedScenario load(Path file, Map<String, Long> overrides) {
    return parse(file.toString(), readBytes(file), overrides);
  }

  /**
   * The file's bytes, at most {@link YamlTree#MAX_BYTES}; a missing or unreadable file, or a
   * bigger one, is a one-line {@link ScenarioException}. The cap is read through a bounded
   * stream, so a 3 GB file or {@code /dev/zero} (which reports size 0) costs 4 MiB at most.
   */
  static byte[] readBytes(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(YamlTree.MAX_BYTES + 1);
      if (bytes.length > YamlTree.MAX_BYTES) {
        throw new ScenarioException(file.toString(), null, "", "larger than " + (YamlTree.MAX_BYTES >> 20)
            + " MiB; a scenario file is a few KB");
      }
      return bytes;
    } catch (NoSuchFileException e) {
      throw new ScenarioException(file.toString(), null, "", "no such file");
    } catch (IOException e) {
      throw new ScenarioException(file.toString(), null, "", "cannot read: " + e.getMessage());
    }
  }

  /** The document's top-level mapping; anything else (a list, a scalar) is reported. */
  static YamlNode.Mapping rootMapping(String file, byte[] bytes) {
    YamlNode root = YamlTree.parse(file, bytes);
    if (!(root instanceof YamlNode.Mapping mapping)) {
      throw new ScenarioException(file, root.at(), "",
          "a scenario file must be a mapping of keys (name:, horizon:, ...), got " + YamlNode.describe(root));
    }
    return mapping;
  }

  /** Validates scenario text; {@code file} is used only for messages and the default name. */
  public static LoadedScenario parse(String file, byte[] bytes) {
    return parse(file, bytes, Map.of());
  }

  private static LoadedScenario parse(String file, byte[] bytes, Map<String, Long> overrides) {
    return validate(file, bytes, rootMapping(file, bytes), overrides);
  }

  private static YamlNode.Mapping withOverrides(YamlNode.Mapping mapping, Map<String, Long> overrides) {
    Map<String, YamlNode.Entry> entries = new LinkedHashMap<>(mapping.entries());
    overrides.forEach((key, value) -> {
      YamlNode.Entry old = entries.get(key);
      YamlNode.Location at = old == null ? mapping.at() : old.keyAt();
      entries.put(key, new YamlNode.Entry(at,
          new YamlNode.Scalar(Long.toString(value), YamlNode.Scalar.Kind.INTEGER, at)));
    });
    return new YamlNode.Mapping(entries, mapping.at());
  }

  private static String defaultName(String file) {
    String base = Path.of(file).getFileName().toString().replaceFirst("\\.ya?ml$", "");
    String safe = base.replaceAll("[^A-Za-z0-9._-]", "-").replaceFirst("^[^A-Za-z0-9]+", "");
    return safe.isEmpty() ? "scenario" : safe.substring(0, Math.min(80, safe.length()));
  }

  private static String toYaml(Map<String, Object> resolved) {
    try {
      return YAML.writeValueAsString(resolved);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a resolved scenario", e);
    }
  }

  /**
   * Reads {@code file} with its automation levels: the tree is parsed once, each level's
   * overrides merged into the base, and every merged tree validated as {@link #load(Path, Map)}
   * validates a file; see {@link ScenarioLevels}. A file without {@code levels:} or
   * {@code sweep:} gives the single level {@code base}, equal to what {@code load} returns.
   */
  public static ScenarioLevels loadLevels(Path file, Map<String, Long> overrides) {
    return Levels.load(file, overrides, ScenarioLoader::validate);
  }

  /** What {@code parse} does after parsing: validates one scenario tree (a level's, merged). */
  static LoadedScenario validate(String file, byte[] bytes, YamlNode.Mapping root, Map<String, Long> overrides) {
    LoadContext context = new LoadContext(file);
    Section top = new Section(context, "", withOverrides(root, overrides));
    Scenario scenario = ScenarioReader.read(top, defaultName(file));
    top.finish();
    return new LoadedScenario(file, bytes, scenario, toYaml(top.resolved()), context.declaredPaths());
  }
}
