package org.fcsim.extension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's plugin example, as the README shows it: its code, service file and scenario are
 * taken from README.md, compiled and packed into a jar in a plugin folder, and run with
 * {@code fcsim run my.yaml --plugins DIR} in a child JVM (the plugin's registrations must not
 * leak into other tests).
 */
class PluginExampleTest {
  @TempDir
  Path dir;

  @Test
  void theReadmePluginRobotDoesAShareOfPackingAndItsPolicyParameterIsRead() throws Exception {
    Map<String, String> blocks = ReadmeBlocks.read(Path.of("README.md"), "readme-plugin");
    Path plugins = PluginJar.build(dir, "my-plugin.jar", blocks);
    Path scenario = dir.resolve("my.yaml");
    Files.writeString(scenario, blocks.get("my.yaml"), StandardCharsets.UTF_8);
    Path results = dir.resolve("results");
    PluginJar.Run run = PluginJar.fcsim("run", scenario.toString(), "-q", "--results", results.toString(),
        "--plugins", plugins.toString());
    assertEquals(0, run.exitCode(), run.output());

    Path folder;
    try (var runs = Files.list(results.resolve("my"))) {
      folder = runs.filter(p -> !p.getFileName().toString().startsWith(".")).findFirst().orElseThrow();
    }
    List<String> ledger = Files.readAllLines(folder.resolve("ledger.csv"));
    for (String level : List.of("oldestFirst", "pileOn")) {
      String byRobot = ledger.stream().filter(l -> l.startsWith(level + ",pack,packBot,")).findFirst().orElseThrow();
      assertTrue(byRobot.startsWith(level + ",pack,packBot,false,"), byRobot);
      assertTrue(Double.parseDouble(byRobot.split(",")[4]) > 50, "packBots packed a real share: " + byRobot);
      String byPeople = ledger.stream().filter(l -> l.startsWith(level + ",pack,packer,true,")).findFirst().orElseThrow();
      assertTrue(Double.parseDouble(byPeople.split(",")[4]) > 0, "people packed the rest: " + byPeople);
    }
    String resolved = Files.readString(folder.resolve("scenario.yaml"));
    assertTrue(resolved.contains("podPolicy:\n    name: pileOnOldest\n    window: 8\n"), resolved);
    assertTrue(resolved.contains("robots:\n  packBot:\n    count: 3\n    speedup: 2\n"), resolved);
    // The same seed at window 1 (oldest line first) and 8: only the parameter differs, so the runs differ only if it is read
    List<String> replications = Files.readAllLines(folder.resolve("replications.csv"));
    assertNotEquals(rowsOf(replications, "oldestFirst"), rowsOf(replications, "pileOn"));
  }

  private static List<String> rowsOf(List<String> csv, String level) {
    String tag = "my," + level + ",";
    List<String> rows = csv.stream().filter(l -> l.startsWith(tag)).map(l -> l.substring(tag.length())).toList();
    assertFalse(rows.isEmpty(), "no rows of " + level);
    return rows;
  }

  @Test
  void anUnreadablePluginFolderOrAFailingPluginIsOneLineAndExitCode2() throws Exception {
    PluginJar.Run missing = PluginJar.fcsim("--plugins", dir.resolve("nowhere").toString(), "validate", "scenarios/reference.yaml");
    assertEquals(2, missing.exitCode(), missing.output());
    assertEquals("fcsim: --plugins " + dir.resolve("nowhere") + ": not a readable folder of plugin jars", missing.output().strip());

    Path plugins = PluginJar.build(dir, "failing.jar", Map.of(
        "org/example/Failing.java", """
            package org.example;
            public final class Failing implements org.fcsim.extension.Plugin {
              @Override public void register() { throw new IllegalStateException("no licence file"); }
            }
            """,
        "META-INF/services/org.fcsim.extension.Plugin", "org.example.Failing\n"));
    PluginJar.Run failing = PluginJar.fcsim("validate", "scenarios/reference.yaml", "--plugins", plugins.toString());
    assertEquals(2, failing.exitCode(), failing.output());
    String line = failing.output().strip();
    assertFalse(line.contains("\n"), line);
    assertTrue(line.startsWith("fcsim: plugin org.example.Failing (from " + plugins + ") failed to register: "
        + "java.lang.IllegalStateException: no licence file"), line);
  }
}
