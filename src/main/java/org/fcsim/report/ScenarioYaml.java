package org.fcsim.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.OptionalDouble;
import org.fcsim.scenario.Quantities;

/**
 * Facts the charts need from the resolved scenario ({@link RunRecord#resolvedScenarioYaml()}),
 * read from its text because a run record is plain data. Unreadable or missing values give
 * empty results: a chart then leaves out what it cannot know rather than fail the run.
 */
final class ScenarioYaml {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private final JsonNode root;

  ScenarioYaml(String resolvedYaml) {
    JsonNode r;
    try {
      r = YAML.readTree(resolvedYaml);
    } catch (IOException | RuntimeException e) {
      r = null;
    }
    root = r == null || !r.isObject() ? YAML.createObjectNode() : r;
  }

  /**
   * The warm-up of {@code level} in seconds: the level's own {@code warmup} override (the level
   * of a sweep point {@code <level>/<key>=<value>} is the part before the slash), or the
   * swept value when the sweep's key is {@code warmup}, else the base scenario's.
   */
  OptionalDouble warmupSec(String level) {
    String base = level.contains("/") ? level.substring(0, level.indexOf('/')) : level;
    String marker = "warmup=";
    int at = level.lastIndexOf(marker);
    if (at >= 0 && "warmup".equals(root.path("sweep").path("key").asText(null))) {
      return duration(level.substring(at + marker.length()));
    }
    JsonNode own = root.path("levels").path(base).get("warmup");
    return duration(own != null ? own.asText() : root.path("warmup").asText(null));
  }

  private static OptionalDouble duration(String text) {
    Double sec = text == null ? null : Quantities.parseDurationSec(text);
    return sec == null ? OptionalDouble.empty() : OptionalDouble.of(sec);
  }
}
