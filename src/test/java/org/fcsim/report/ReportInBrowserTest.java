package org.fcsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens {@code report.html} in headless Chromium and checks that every chart decoded and was
 * laid out. Without Chromium the test is skipped, unless the environment variable {@code CI}
 * is set: there it fails, because CI ({@code .ci/run}) installs Chromium. {@code -Dchromium=PATH}
 * names another browser binary.
 */
class ReportInBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Pattern BODY = Pattern.compile("<body[^>]*>");
  private Path browser;

  @TempDir
  Path dir;

  /** Per test, not per class, so each skipped test is reported as skipped with the reason. */
  @BeforeEach
  void findChromium() {
    Optional<Path> found = chromium();
    String lookedFor = System.getProperty("chromium") != null
        ? System.getProperty("chromium") + " (-Dchromium)" : CHROMIUM + " and 'chromium' on PATH";
    if (found.isEmpty()) {
      String ci = System.getenv("CI");
      if (ci != null && !ci.isBlank()) {
        fail("CI is set but Chromium is not installed (looked for " + lookedFor + "); "
            + ".ci/run installs it with apt-get install chromium");
      }
      Assumptions.abort("Chromium not installed (looked for " + lookedFor + "): skipping the "
          + "browser check of report.html; install it with apt-get install chromium, or set CI to make this a failure");
    }
    browser = found.get();
  }

  /**
   * The system property {@code chromium} (a path) when given, else {@code /usr/bin/chromium},
   * else {@code chromium} on the PATH.
   */
  private static Optional<Path> chromium() {
    String given = System.getProperty("chromium");
    if (given != null) {
      return Files.isExecutable(Path.of(given)) ? Optional.of(Path.of(given)) : Optional.empty();
    }
    if (Files.isExecutable(CHROMIUM)) {
      return Optional.of(CHROMIUM);
    }
    String path = System.getenv("PATH");
    for (String d : path == null ? new String[0] : path.split(File.pathSeparator)) {
      Path p = Path.of(d, "chromium");
      if (!d.isEmpty() && Files.isExecutable(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  @Test
  void everyChartOfARealReportRenders() throws Exception {
    Path report = ResultsFolder.write(dir.resolve("results"), Runs.ladder()).resolve(HtmlReport.FILE);

    String body = renderedBody(report);
    int expected = attribute(body, "data-charts-expected");
    assertTrue(expected > 0, body);
    assertEquals(Charts.ALL.size(), expected);
    assertEquals(expected, attribute(body, "data-charts-rendered"), body);
  }

  @Test
  void aChartThatCannotDecodeIsNotCounted() throws Exception {
    String html = HtmlReport.render(Runs.ladder(), List.of());
    int start = html.indexOf("base64,") + "base64,".length();
    String broken = html.substring(0, start) + "bm90IGFuIFNWRw==" + html.substring(html.indexOf('"', start));
    Path report = Files.writeString(dir.resolve("broken.html"), broken, StandardCharsets.UTF_8);

    String body = renderedBody(report);
    assertEquals(Charts.ALL.size() - 1, attribute(body, "data-charts-rendered"), body);
  }

  /**
   * A report with a replay of a real replication (ten minutes of the small order-driven floor of
   * {@code ReplayTest}) plays in Chromium: the page's script runs without an error, reads every
   * frame, and draws something different at the first frame and at the last.
   */
  @Test
  void theReplayLoadsAndWhatItDrawsChangesAsTimeAdvances() throws Exception {
    org.fcsim.scenario.Scenario s = org.fcsim.model.ReplayTestScenario.small(dir);
    org.fcsim.stats.Replay replay = new org.fcsim.model.FloorModel(s, 0).replay("base", 1800, 600, 2);
    RunRecord plain = Runs.ladder();
    RunRecord run = new RunRecord(plain.scenarioName(), plain.scenarioFile(), plain.scenarioBytes(),
        plain.resolvedScenarioYaml(), plain.seed(), plain.fcsimVersion(), plain.commandLine(), plain.threads(), plain.start(),
        plain.end(), plain.summary(), plain.levels(), plain.verdicts(), plain.baseline(), plain.economics(),
        org.fcsim.floor.FloorPlan.of(s).map(), null, replay);
    Path report = Files.writeString(dir.resolve("replay.html"), HtmlReport.render(run, List.of()), StandardCharsets.UTF_8);

    String body = renderedBody(report);
    assertTrue(!body.contains("data-script-errors"), "no script error: " + body);
    assertEquals(301, attribute(body, "data-replay-frames"), body);
    long first = Long.parseLong(attributeText(body, "data-replay-first"));
    long last = Long.parseLong(attributeText(body, "data-replay-last"));
    assertTrue(first != last, "the first and last frames look different: " + body);
  }

  /**
   * The automation ladder's own report, from {@code fcsim run} with one replication a level:
   * in Chromium every figure (charts, the floor plan and its heat maps) renders and the replay of
   * its goods-to-person level plays without a script error, different at its first and last frame.
   */
  @Test
  void theLaddersReportShowsItsFloorAndPlaysItsReplay() throws Exception {
    Path results = dir.resolve("ladder-results");
    org.fcsim.cli.Fcsim.Outcome run = org.fcsim.cli.Fcsim.run("run", "scenarios/automation-ladder.yaml", "-q", "-r", "1",
        "--results", results.toString());
    assertEquals(0, run.code(), run.toString());
    Path report;
    try (java.util.stream.Stream<Path> files = Files.walk(results)) {
      report = files.filter(p -> p.getFileName().toString().equals(HtmlReport.FILE)).findFirst().orElseThrow();
    }
    String body = renderedBody(report);
    int expected = attribute(body, "data-charts-expected");
    assertTrue(expected > Charts.ALL.size(), "charts and floor pictures: " + body);
    assertEquals(expected, attribute(body, "data-charts-rendered"), body);
    assertTrue(!body.contains("data-script-errors"), "no script error: " + body);
    assertEquals(301, attribute(body, "data-replay-frames"), body);
    assertTrue(!attributeText(body, "data-replay-first").equals(attributeText(body, "data-replay-last")), body);
  }

  private static String attributeText(String tag, String name) {
    Matcher m = Pattern.compile(name + "=\"([^\"]*)\"").matcher(tag);
    if (!m.find()) {
      fail("no " + name + " in " + tag);
    }
    return m.group(1);
  }

  /** The opening body tag of the DOM after Chromium loaded the page and ran its script. */
  private String renderedBody(Path page) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(dir, "chromium-profile");
    Path out = dir.resolve("dom.html");
    Path err = dir.resolve("chromium.log");
    List<String> command = new ArrayList<>(List.of(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + profile, "--virtual-time-budget=5000", "--dump-dom",
        page.toUri().toString()));
    Process chromium = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!chromium.waitFor(60, TimeUnit.SECONDS)) {
      chromium.descendants().forEach(ProcessHandle::destroyForcibly);
      chromium.destroyForcibly();
      fail("Chromium did not finish within 60 s: " + String.join(" ", command));
    }
    String dom = Files.readString(out, StandardCharsets.UTF_8);
    Matcher m = BODY.matcher(dom);
    if (chromium.exitValue() != 0 || !m.find()) {
      fail("Chromium exited with " + chromium.exitValue() + " and no page body; its log:\n"
          + Files.readString(err, StandardCharsets.UTF_8));
    }
    return m.group();
  }

  private static int attribute(String tag, String name) {
    Matcher m = Pattern.compile(name + "=\"(\\d+)\"").matcher(tag);
    if (!m.find()) {
      fail("no " + name + " in " + tag);
    }
    return Integer.parseInt(m.group(1));
  }
}
