package org.fcsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.fcsim.cli.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every scenario shipped in scenarios/ runs as a user would run it and leaves a complete results
 * folder whose tables are byte-identical to the recorded ones: a refactoring that changes any
 * number of a shipped scenario fails here. When a change of model is intended, state it in the
 * commit and record the new outputs with {@code mvn test -Dtest=ShippedScenariosTest
 * -Dfcsim.recordGolden=true}.
 */
class ShippedScenariosTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/shipped-outputs.sha256");
  private static final List<String> TABLES = List.of("summary.csv", "ledger.csv", "replications.csv", "series.csv");
  private static final boolean RECORD = Boolean.getBoolean("fcsim.recordGolden");
  private static final Map<String, String> recorded = new TreeMap<>();

  static Stream<Path> shipped() throws Exception {
    return Files.list(Path.of("scenarios")).filter(p -> p.toString().endsWith(".yaml")).sorted();
  }

  @ParameterizedTest
  @MethodSource("shipped")
  void runsAndWritesTheRecordedResults(Path scenario, @TempDir Path results) throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true),
        "run", scenario.toString(), "--quiet", "--results", results.toString());
    assertEquals(0, code, err.toString());
    String printed = out.toString().trim();
    assertTrue(printed.startsWith("Results: "), printed);
    Path folder = Path.of(printed.substring("Results: ".length()));
    assertTrue(Files.size(folder.resolve("summary.csv")) > 100);
    assertTrue(Files.exists(folder.resolve("manifest.json")));
    if (scenario.getFileName().toString().equals("automation-ladder.yaml")) {
      assertTrue(Files.size(folder.resolve("floor-passes-goods-to-person.png")) > 1000, "where drive units drove, drawn");
      assertTrue(Files.readString(folder.resolve("report.html")).contains("id=\"chart-floor-pod-visits-high-automation\""),
          "the report shows where pods were fetched from, per level");
      assertTrue(Files.readString(folder.resolve("report.html")).contains("Level goods-to-person, replication 1, 0:30:00 to "
          + "0:40:00"), "the report replays ten minutes of the goods-to-person level");
    }
    if (Files.readString(scenario).contains("traffic: true")) {
      assertTrue(Files.size(folder.resolve("floor-waits.png")) > 1000, "where drive units waited, drawn");
      assertTrue(Files.readString(folder.resolve("report.html")).contains("id=\"chart-floor-waits\""),
          "the report shows where drive units waited");
    }
    Map<String, String> expected = golden();
    for (String table : TABLES) {
      String key = scenario.getFileName() + " " + table;
      String hash = sha256(folder.resolve(table));
      if (RECORD) {
        recorded.put(key, hash);
      } else {
        assertEquals(expected.get(key), hash, key + " differs from the recorded output: a change of model must be "
            + "intended, stated, and recorded with -Dfcsim.recordGolden=true");
      }
    }
  }

  @AfterAll
  static void record() throws Exception {
    if (RECORD) {
      Files.writeString(GOLDEN, recorded.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
          .collect(Collectors.joining("\n", "", "\n")), StandardCharsets.UTF_8);
    }
  }

  private static Map<String, String> golden() throws Exception {
    Map<String, String> m = new TreeMap<>();
    for (String line : Files.readAllLines(GOLDEN, StandardCharsets.UTF_8)) {
      int last = line.lastIndexOf(' ');
      m.put(line.substring(0, last), line.substring(last + 1));
    }
    return m;
  }

  /** The file's SHA-256, or "absent" for a table the scenario does not write (the closed loop has no ledger). */
  private static String sha256(Path file) throws Exception {
    if (!Files.exists(file)) {
      return "absent";
    }
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}
