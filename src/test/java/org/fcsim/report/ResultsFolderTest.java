package org.fcsim.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.fcsim.stats.MetricSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsFolderTest {
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final Set<String> ALL_FILES = Set.of("scenario.yaml", "summary.csv", "results.xlsx",
      "throughput.png", "throughput.svg", "utilization.png", "utilization.svg", "report.html",
      "manifest.json");

  @TempDir Path root;

  private static Set<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).collect(TreeSet::new, Set::add, Set::addAll);
    }
  }

  @Test
  void writesACompleteFolderNamedByScenarioAndUtcStart() throws IOException {
    Path folder = ResultsFolder.write(root, Runs.run());

    assertEquals(root.resolve("demo").resolve(Runs.RUN_ID), folder);
    assertEquals(ALL_FILES, names(folder));
    assertEquals(Set.of(Runs.RUN_ID), names(root.resolve("demo")), "no partial folder left");
    assertEquals("name: demo\nseed: 42\nlevels: []\n",
        Files.readString(folder.resolve("scenario.yaml"), StandardCharsets.UTF_8));
    assertEquals(Runs.summary(), SummaryCsvTest.parse(folder.resolve("summary.csv")));
  }

  @Test
  void manifestRecordsProvenance() throws IOException {
    RunRecord run = Runs.run();
    Path folder = ResultsFolder.write(root, run);
    JsonNode m = new ObjectMapper().readTree(folder.resolve("manifest.json").toFile());

    assertEquals("demo", m.get("scenarioName").asText());
    assertEquals(Path.of("scenarios", "demo.yaml").toString(), m.get("scenarioFile").asText());
    assertEquals(run.scenarioHash(), m.get("scenarioHash").asText());
    assertTrue(m.get("scenarioHash").asText().matches("sha256:[0-9a-f]{64}"));
    assertEquals(42L, m.get("seed").asLong());
    assertEquals("0.1.0", m.get("fcsimVersion").asText());
    // built by Maven in this git checkout: the commit it was built from, and whether the tree had changes
    assertTrue(m.get("gitCommit").asText().matches("[0-9a-f]{40}"), m.toString());
    assertTrue(m.get("gitModified").isBoolean(), m.toString());
    List<String> commandLine = new ArrayList<>();
    m.get("commandLine").forEach(n -> commandLine.add(n.asText()));
    assertEquals(run.commandLine(), commandLine);
    assertEquals(2, m.get("threads").asInt());
    assertEquals("2024-03-05T06:07:08.900Z", m.get("start").asText());
    assertEquals("2024-03-05T06:09:10.150Z", m.get("end").asText());
    assertEquals(121.25, m.get("wallTimeSec").asDouble(), 1e-9);
    assertEquals(System.getProperty("java.version"), m.get("javaVersion").asText());
    List<String> files = new ArrayList<>();
    m.get("files").forEach(n -> files.add(n.asText()));
    assertEquals(ALL_FILES, Set.copyOf(files));
    assertEquals(ALL_FILES.size(), files.size());
    assertEquals("manifest.json", files.get(files.size() - 1));
  }

  @Test
  void aSecondRunWithTheSameStartGetsASuffixAndLeavesTheFirstUntouched() throws IOException {
    Path first = ResultsFolder.write(root, Runs.run());
    Map<String, byte[]> before = FolderSnapshot.of(first);

    Path second = ResultsFolder.write(root, Runs.run());
    Path third = ResultsFolder.write(root, Runs.run());

    assertEquals(root.resolve("demo").resolve(Runs.RUN_ID + "-2"), second);
    assertEquals(root.resolve("demo").resolve(Runs.RUN_ID + "-3"), third);
    Map<String, byte[]> after = FolderSnapshot.of(first);
    assertEquals(before.keySet(), after.keySet());
    before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name));
    assertEquals(ALL_FILES, names(second));
  }

  @Test
  void takenNamesAreSkippedEvenWhenNotMadeByFcsim() throws IOException {
    Path scenarioDir = Files.createDirectories(root.resolve("demo"));
    Files.createDirectory(scenarioDir.resolve(Runs.RUN_ID));
    Files.createDirectory(scenarioDir.resolve(Runs.RUN_ID + "-2"));

    Path folder = ResultsFolder.write(root, Runs.run());

    assertEquals(scenarioDir.resolve(Runs.RUN_ID + "-3"), folder);
    assertEquals(Set.of(), names(scenarioDir.resolve(Runs.RUN_ID)));
  }

  @Test
  void aFailureMidwayLeavesNoFolderAtAll() {
    IOException boom = new IOException("disk full");
    ResultsFolder failing = new ResultsFolder(List.of(
        new SummaryCsv(),
        new ChartFiles(Charts.ALL.get(0)),
        (dir, run) -> {
          Files.writeString(dir.resolve("half.txt"), "half");
          throw boom;
        },
        new SummaryCsv()));

    IOException thrown = assertThrows(IOException.class, () -> failing.writeRun(root, Runs.run()));

    assertSame(boom, thrown);
    assertFalse(Files.exists(root.resolve("demo")), "not even a hidden partial folder");
  }

  /** A writer that fails while others run beside it (charts, pictures) fails the run the same way. */
  @Test
  void aFailureAmongWritersRunningAtOnceLeavesNoFolderAtAll() {
    IOException boom = new IOException("disk full");
    ResultFile failingBeside = new ResultFile() {
      @Override
      public List<String> writeInto(Path dir, RunRecord run) throws IOException {
        throw boom;
      }

      @Override
      public boolean independent() {
        return true;
      }
    };
    ResultsFolder failing = new ResultsFolder(List.of(new SummaryCsv(), new ChartFiles(Charts.ALL.get(0)), failingBeside,
        new ChartFiles(Charts.ALL.get(1)), new SummaryCsv()));

    IOException thrown = assertThrows(IOException.class, () -> failing.writeRun(root, Runs.run()));

    assertSame(boom, thrown);
    assertFalse(Files.exists(root.resolve("demo")), "not even a hidden partial folder");
  }

  /** Writers that run at once list their files in the writers' order, as one after another would. */
  @Test
  void filesWrittenAtOnceAreListedInTheWritersOrder() throws IOException {
    Charts.Spec utilization = Charts.ALL.stream().filter(c -> c.name().equals("utilization")).findFirst().orElseThrow();
    Charts.Spec throughput = Charts.ALL.stream().filter(c -> c.name().equals("throughput")).findFirst().orElseThrow();
    Path folder = new ResultsFolder(List.of(new SummaryCsv(), new ChartFiles(utilization), new ChartFiles(throughput),
        new SummaryCsv())).writeRun(root, Runs.run());
    String manifest = Files.readString(folder.resolve("manifest.json"));
    int first = manifest.indexOf("utilization.png");
    int second = manifest.indexOf("throughput.png");
    assertTrue(first > 0 && second > first, manifest);
  }

  @Test
  void aFailureLeavesEarlierRunsAndTheScenarioFolderInPlace() throws IOException {
    Path first = ResultsFolder.write(root, Runs.run());
    Map<String, byte[]> before = FolderSnapshot.of(root);
    ResultsFolder failing = new ResultsFolder(List.of(
        new SummaryCsv(),
        (dir, run) -> {
          throw new IllegalStateException("chart library bug");
        }));

    assertThrows(IllegalStateException.class, () -> failing.writeRun(root, Runs.run()));

    assertEquals(Set.of(first.getFileName().toString()), names(root.resolve("demo")));
    Map<String, byte[]> after = FolderSnapshot.of(root);
    assertEquals(before.keySet(), after.keySet());
    before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name));
  }

  @Test
  void pngChartsAreRealImagesOfTheAgreedSize() throws IOException {
    Path folder = ResultsFolder.write(root, Runs.run());
    for (String name : List.of("throughput.png", "utilization.png")) {
      byte[] bytes = Files.readAllBytes(folder.resolve(name));
      assertArrayEquals(PNG_SIGNATURE, java.util.Arrays.copyOf(bytes, 8), name);
      BufferedImage image = ImageIO.read(folder.resolve(name).toFile());
      assertNotNull(image, name);
      assertEquals(1000, image.getWidth(), name);
      assertEquals(600, image.getHeight(), name);
    }
  }

  @Test
  void svgChartsAreSvgDocumentsOfTheAgreedSize() throws IOException {
    Path folder = ResultsFolder.write(root, Runs.run());
    for (String name : List.of("throughput.svg", "utilization.svg")) {
      String svg = Files.readString(folder.resolve(name), StandardCharsets.UTF_8);
      assertTrue(svg.startsWith("<?xml"), name);
      assertTrue(svg.contains("<svg"), name);
      assertTrue(svg.matches("(?s).*<svg [^>]*width='1000(\\.0)?' height='600(\\.0)?'.*"), name);
      assertTrue(svg.contains("automation level"), name + " has its axis label as text");
    }
  }

  @Test
  void aFullRunGetsEveryTableChartAndTheReportAllListedInTheManifest() throws IOException {
    Path folder = ResultsFolder.write(root, Runs.ladder());
    Set<String> expected = new TreeSet<>(Set.of("scenario.yaml", "verdicts.csv", "transition.csv", "summary.csv", "ledger.csv",
        "replications.csv", "series.csv", "results.xlsx", "report.html", "manifest.json"));
    Charts.ALL.forEach(c -> expected.addAll(List.of(c.name() + ".png", c.name() + ".svg")));

    assertEquals(expected, names(folder));
    List<String> listed = new ArrayList<>();
    new ObjectMapper().readTree(folder.resolve("manifest.json").toFile()).get("files").forEach(n -> listed.add(n.asText()));
    assertEquals(expected, new TreeSet<>(listed));
    assertEquals(List.of("report.html", "manifest.json"), listed.subList(listed.size() - 2, listed.size()),
        "the report after everything it links to; the manifest last");
  }

  @Test
  void chartsWithoutMatchingRowsAreSkipped() throws IOException {
    List<MetricSummary> noCharts = List.of(
        new MetricSummary("manual", Runs.CYCLE, 12.0, 11.0, 13.0, 5));
    Path folder = ResultsFolder.write(root, Runs.run("demo", noCharts));

    assertEquals(Set.of("scenario.yaml", "summary.csv", "results.xlsx", "report.html", "manifest.json"), names(folder));
    String manifest = Files.readString(folder.resolve("manifest.json"));
    assertFalse(manifest.contains(".png"), manifest);
  }

  @Test
  void scenarioNamesBecomeSafeFolderNames() throws IOException {
    Path folder = ResultsFolder.write(root, Runs.run("../../etc/Peak week: 2×", Runs.summary()));

    assertEquals(root, folder.getParent().getParent());
    assertEquals("_.._etc_Peak_week_2_", folder.getParent().getFileName().toString());
    assertEquals("scenario", ResultsFolder.safeFolderName(".."));
    assertEquals("scenario", ResultsFolder.safeFolderName(""));
    assertEquals("_NUL", ResultsFolder.safeFolderName("NUL"));
    assertEquals("hidden", ResultsFolder.safeFolderName(".hidden"));
    assertEquals("peak-week_v2.1", ResultsFolder.safeFolderName("peak-week_v2.1"));
    assertEquals(100, ResultsFolder.safeFolderName("x".repeat(300)).length());
  }
}
