package org.fcsim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every file a shipped scenario names, in a value or a comment ({@code ../layouts/site-aisles.map},
 * {@code layouts/README.md}), is in the repository: a reader who follows a citation finds it.
 */
class ShippedScenarioCitationsTest {
  private static final Pattern FILE = Pattern.compile("[A-Za-z0-9_./~-]*[A-Za-z0-9_-]\\.(md|map|csv|yaml|yml|py|txt|pdf|json)\\b");
  private static final Path ROOT = Path.of("").toAbsolutePath();
  /** Names that look like files but are not citations: a results folder's file and a key path. */
  private static final Set<String> NOT_FILES = Set.of("scenario.yaml", "floor.map");

  @Test
  void everyFileAShippedScenarioNamesIsInTheRepository() throws Exception {
    List<String> missing = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
      for (Path scenario : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        List<String> lines = Files.readAllLines(scenario);
        for (int i = 0; i < lines.size(); i++) {
          Matcher m = FILE.matcher(lines.get(i));
          while (m.find()) {
            if (!NOT_FILES.contains(m.group()) && !inRepository(scenario, m.group())) {
              missing.add(scenario + ":" + (i + 1) + ": " + m.group());
            }
          }
        }
      }
    }
    assertEquals(List.of(), missing, "files named by shipped scenarios but not in the repository");
  }

  /** Found beside the scenario (as the loader resolves paths) or from the repository root, and inside it. */
  private static boolean inRepository(Path scenario, String name) {
    for (Path base : List.of(scenario.toAbsolutePath().getParent(), ROOT)) {
      Path p = base.resolve(name).normalize();
      if (p.startsWith(ROOT) && Files.exists(p)) {
        return true;
      }
    }
    return false;
  }
}
