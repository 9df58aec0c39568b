package org.fcsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a scenario file can cost: at most 4 MiB read, at most 100 levels of nesting, and user
 * text quoted in a message at most 80 characters long. Each limit ends in one located line.
 */
class BoundedInputTest {
  @TempDir
  Path dir;

  private static ScenarioException refused(Path file) {
    return assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> assertThrows(ScenarioException.class, () -> ScenarioLoader.loadLevels(file, Map.of())));
  }

  private static ScenarioException refused(String yaml) {
    return assertThrows(ScenarioException.class,
        () -> ScenarioLoader.parse("s.yaml", yaml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aFileOverTheCapIsRefusedWithoutReadingItAll() throws Exception {
    Path big = dir.resolve("big.yaml");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(3L << 30); // 3 GB, sparse: costs no disk
    }
    assertEquals(big + ": larger than 4 MiB; a scenario file is a few KB", refused(big).getMessage());
  }

  @Test
  void devZeroReportsSizeZeroAndIsRefusedAtTheCapToo() {
    Path zero = Path.of("/dev/zero");
    if (Files.exists(zero)) {
      assertEquals("/dev/zero: larger than 4 MiB; a scenario file is a few KB", refused(zero).getMessage());
    }
  }

  @Test
  void aFileUpToTheCapIsReadWhateverYamlParsersAllowByDefault() throws Exception {
    Path padded = dir.resolve("padded.yaml");
    String comment = "# " + "x".repeat(1000) + "\n";
    // 4.0 MB: above SnakeYAML's default limit of 3 million code points, below fcsim's 4 MiB (4.19 MB)
    Files.writeString(padded, "name: padded\nhorizon: 1h\n" + comment.repeat(4000));
    assertEquals(3600.0, ScenarioLoader.load(padded).scenario().horizonSec());
  }

  @Test
  void nestingTooDeepIsLocated() {
    ScenarioException e = refused("levels: " + "[".repeat(150) + "]".repeat(150) + "\n");
    assertEquals("s.yaml:1:108: nested more than 100 mappings or lists deep; a scenario nests five or six", e.getMessage());
    ScenarioException block = refused("a:\n" + nestedBlock(120));
    assertTrue(block.getMessage().matches("s\\.yaml:\\d+:\\d+: nested more than 100 .*"), block.getMessage());
  }

  private static String nestedBlock(int depth) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      sb.append("  ".repeat(i + 1)).append("k").append(i).append(":\n");
    }
    return sb.append("  ".repeat(depth + 1)).append("x: 1\n").toString();
  }

  @Test
  void longValuesAreQuotedShort() {
    String digits = "1" + "0".repeat(300);
    ScenarioException e = refused("horizon: " + digits + "s\n");
    assertEquals("s.yaml:1:10: horizon: must be between 1s and 8784h, got " + digits.substring(0, 60) + "…",
        e.getMessage());
    String key = "k".repeat(500);
    ScenarioException unknown = refused("demand:\n  " + key + ": 1\n");
    assertTrue(unknown.getMessage().startsWith("s.yaml:2:3: demand." + "k".repeat(60) + "…: unknown key; allowed here: "),
        unknown.getMessage());
    ScenarioException name = refused("demand: { mode: " + "z".repeat(200) + " }\n");
    assertTrue(name.getMessage().contains("unknown name \"" + "z".repeat(60) + "…\"; known: none, poisson, backlog"),
        name.getMessage());
  }

  @Test
  void anExcerptKeepsShortTextAndCutsLongTextAtWholeCharacters() {
    assertEquals("x".repeat(80), Excerpt.of("x".repeat(80)));
    assertEquals("x".repeat(60) + "…", Excerpt.of("x".repeat(81)));
    String emoji = "\uD83D\uDE9A"; // one character, two UTF-16 units
    assertEquals(emoji.repeat(60) + "…", Excerpt.of(emoji.repeat(81)));
    assertEquals(emoji.repeat(80), Excerpt.of(emoji.repeat(80)));
  }
}
