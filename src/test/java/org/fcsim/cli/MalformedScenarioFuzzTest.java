package org.fcsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Hand-edited scenario files go wrong in many ways; each way must end the same: one line on
 * standard error naming the file (and, where the file could be read as YAML, the line, column
 * and key path), exit code 2, no stack trace, no results folder. Each generated file is a
 * valid scenario with exactly one defect injected at a known key, so every case must fail.
 */
class MalformedScenarioFuzzTest {
  /** A valid scenario, one key per line, so a defect can replace any one line. */
  private static final List<String> VALID = List.of(
      "name: fuzz",
      "horizon: 2h",
      "warmup: 10min",
      "replications: 2",
      "seed: 7",
      "demand:",
      "  mode: poisson",
      "  ordersPerHour: 300/h",
      "  damagedPerUnit: 0.002",
      "driveUnits:",
      "  count: 10",
      "  speed: 1.5m/s",
      "  travelToStation: { dist: exponential, mean: 30s }",
      "pickStations:",
      "  count: 3",
      "  policy: shortestQueue",
      "  armShare: 0.5",
      "  pickTime: { dist: lognormal, mean: 12s, cv: 0.3 }",
      "associates:",
      "  picker: { count: 4 }",
      "levels:",
      "  more: { driveUnits.count: 20 }");

  /** (line index, replacement, expected key path or "" when the defect is below YAML level). */
  record Defect(int line, String replacement, String keyPath) {}

  @Provide
  Arbitrary<Defect> defects() {
    Arbitrary<String> junk = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12);
    Arbitrary<Integer> negative = Arbitraries.integers().between(-1_000_000, -1);
    Arbitrary<Integer> huge = Arbitraries.integers().between(2_000_000, Integer.MAX_VALUE);
    Arbitrary<Double> badProbability = Arbitraries.oneOf(Arbitraries.doubles().between(1.01, 1e6).ofScale(2),
        Arbitraries.doubles().between(-1e6, -0.01).ofScale(2));
    return Arbitraries.oneOf(
        negative.map(n -> new Defect(1, "horizon: " + n + "s", "horizon")),
        Arbitraries.integers().between(0, 100_000).map(n -> new Defect(1, "horizon: " + n, "horizon")),
        junk.map(j -> new Defect(2, "warmup: " + j, "warmup")),
        huge.map(n -> new Defect(3, "replications: " + n, "replications")),
        junk.map(j -> new Defect(3, "replications: " + j, "replications")),
        junk.map(j -> new Defect(6, "  mode: x" + j, "demand.mode")),
        negative.map(n -> new Defect(7, "  ordersPerHour: " + n + "/h", "demand.ordersPerHour")),
        badProbability.map(p -> new Defect(8, "  damagedPerUnit: " + p, "demand.damagedPerUnit")),
        huge.map(n -> new Defect(10, "  count: " + n, "driveUnits.count")),
        junk.map(j -> new Defect(10, "  count: \"" + j + "\"", "driveUnits.count")),
        junk.map(j -> new Defect(11, "  speed: " + j, "driveUnits.speed")),
        junk.map(j -> new Defect(12, "  travelToStation: { dist: q" + j + ", mean: 30s }", "driveUnits.travelToStation.dist")),
        negative.map(n -> new Defect(12, "  travelToStation: { dist: exponential, mean: " + n + "s }",
            "driveUnits.travelToStation.mean")),
        Arbitraries.just(new Defect(14, "  count: 0", "pickStations.count")),
        junk.map(j -> new Defect(15, "  policy: z" + j, "pickStations.policy")),
        badProbability.map(p -> new Defect(16, "  armShare: " + p, "pickStations.armShare")),
        junk.map(j -> new Defect(17, "  pickTime: { dist: lognormal, mean: 12s, cv: 0.3, q" + j + ": 1 }",
            "pickStations.pickTime.q")),
        junk.map(j -> new Defect(19, "  picker: { count: 4, q" + j + ": 1 }", "associates.picker.q")),
        junk.map(j -> new Defect(21, "  more: { driveUnits.q" + j + ": 20 }", "driveUnits.q")),
        junk.map(j -> new Defect(0, "q" + j + ": 1\nname: fuzz", "q")),
        Combinators.combine(Arbitraries.integers().between(0, VALID.size() - 1), junk)
            .as((line, j) -> new Defect(line, VALID.get(line) + " {" + j, "")), // unbalanced flow mapping
        Arbitraries.integers().between(0, VALID.size() - 1).map(line -> new Defect(line, "\tbad: tab", "")));
  }

  @Property(tries = 300)
  void everyMalformedFileGetsOneLineExitCode2AndNoResults(@ForAll("defects") Defect defect) throws IOException {
    String[] lines = VALID.toArray(new String[0]);
    lines[defect.line()] = defect.replacement();
    check(String.join("\n", lines).getBytes(StandardCharsets.UTF_8), defect.keyPath(), true);
  }

  @Property(tries = 50)
  void invalidUtf8AndTruncatedFilesToo(@ForAll("cuts") int cut) throws IOException {
    byte[] valid = String.join("\n", VALID).getBytes(StandardCharsets.UTF_8);
    byte[] truncated = Arrays.copyOf(valid, cut);
    byte[] broken = Arrays.copyOf(truncated, cut + 2);
    broken[cut] = (byte) 0xC3; // a two-byte UTF-8 lead followed by an ASCII byte: not UTF-8
    broken[cut + 1] = (byte) 0x28;
    check(broken, "", false);
  }

  @Provide
  Arbitrary<Integer> cuts() {
    return Arbitraries.integers().between(0, String.join("\n", VALID).length() - 1);
  }

  private static void check(byte[] content, String keyPath, boolean located) throws IOException {
    Path dir = Files.createTempDirectory("fuzz");
    try {
      Path file = dir.resolve("scenario.yaml");
      Files.write(file, content);
      Path results = dir.resolve("results");
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true),
          "run", file.toString(), "--quiet", "--results", results.toString());
      String message = err.toString();
      String shown = new String(content, StandardCharsets.UTF_8);
      assertEquals(2, code, "exit code for\n" + shown + "\n--- stderr:\n" + message);
      assertEquals(1, message.lines().count(), "one line for\n" + shown + "\n--- got:\n" + message);
      assertTrue(message.startsWith("fcsim: " + file), message);
      assertFalse(message.contains("Exception") || message.contains("\tat "), "no stack trace: " + message);
      if (located) {
        assertTrue(message.matches("fcsim: " + java.util.regex.Pattern.quote(file.toString()) + ":\\d+:\\d+: .*\\R?"),
            "line and column: " + message);
      }
      if (!keyPath.isEmpty()) {
        assertTrue(message.contains(keyPath), "key path " + keyPath + " in: " + message);
      }
      assertFalse(Files.exists(results), "no results folder");
      assertEquals("", out.toString());
    } finally {
      try (var walk = Files.walk(dir)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
