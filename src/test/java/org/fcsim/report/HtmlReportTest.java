package org.fcsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class HtmlReportTest {
  private static final String HOSTILE_YAML = Runs.LADDER_YAML
      + "# <script>alert('x')</script> & <b>bold</b> \"quoted\" ünïcode → 2×\n";
  private static String html;
  private static Document page;

  @TempDir
  Path dir;

  @BeforeAll
  static void render() throws Exception {
    html = HtmlReport.render(Runs.ladder(HOSTILE_YAML), List.of("summary.csv", "report.html", "manifest.json"));
    page = parse(html);
  }

  /** Parses the page as XML: stricter than any browser, so a page that passes is well formed. */
  static Document parse(String text) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> elements(String tag) {
    return elements(page, tag);
  }

  private static List<Element> elements(Document in, String tag) {
    NodeList nodes = in.getElementsByTagName(tag);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }

  private static Element byId(String id) {
    return byId(page, id);
  }

  private static Element byId(Document in, String id) {
    return elements(in, "*").stream().filter(e -> id.equals(e.getAttribute("id"))).findFirst().orElseThrow(
        () -> new AssertionError("no element with id " + id));
  }

  @Test
  void embedsEveryChartAsAnSvgImageAndSaysHowManyToExpect() {
    List<Element> charts = elements("img").stream().filter(e -> e.getAttribute("class").equals("chart")).toList();

    assertEquals(Charts.ALL.size(), charts.size());
    Element body = elements("body").get(0);
    assertEquals(Integer.toString(charts.size()), body.getAttribute("data-charts-expected"));
    for (Charts.Spec spec : Charts.ALL) {
      Element img = (Element) byId("chart-" + spec.name()).getElementsByTagName("img").item(0);
      String src = img.getAttribute("src");
      assertTrue(src.startsWith("data:image/svg+xml;base64,"), spec.name());
      String svg = new String(Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1)), StandardCharsets.UTF_8);
      assertTrue(svg.contains("<svg"), spec.name());
      assertEquals(Integer.toString(spec.width()), img.getAttribute("width"));
    }
  }

  @Test
  void theScenarioIsShownAsTextNeverAsMarkup() {
    Element pre = (Element) byId("scenario").getElementsByTagName("pre").item(0);

    assertEquals(HOSTILE_YAML, pre.getTextContent());
    assertEquals(0, pre.getElementsByTagName("*").getLength(), "no elements inside the scenario text");
    assertEquals(1, elements("script").size(), "only the report's own script");
    assertTrue(html.contains("# &lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;"));
    assertTrue(html.contains("ünïcode → 2×"), "UTF-8 text stays as characters");
  }

  @Test
  void isSelfContained() {
    assertTrue(elements("link").isEmpty(), "no stylesheet links");
    for (Element e : elements("*")) {
      for (String attr : List.of("src", "href")) {
        String v = e.getAttribute(attr);
        assertFalse(v.matches("(?i)^(https?:|//).*"), e.getTagName() + " " + attr + "=" + v);
      }
    }
    assertFalse(html.contains("@import") || html.contains("url("), "no external CSS resources");
  }

  @Test
  void hasTheKeyTables() {
    String throughput = byId("throughput").getTextContent();
    assertTrue(throughput.contains("units shipped (units/h)") && throughput.contains("orders shipped (orders/h)"));
    assertTrue(throughput.contains("101.0") && throughput.contains("[98.5, 103.5]"), throughput);

    String tasks = byId("tasks").getTextContent();
    assertTrue(tasks.contains("robot care (h)") && tasks.contains("total (h)"), tasks);

    Element ledger = byId("ledger");
    assertEquals(2, ledger.getElementsByTagName("details").getLength(), "one ledger table per level");
    String ledgerText = ledger.getTextContent();
    assertTrue(ledgerText.contains("pick arm") && ledgerText.contains("robot") && ledgerText.contains("20.0%"), ledgerText);

    String utilization = byId("utilization").getTextContent();
    assertTrue(utilization.contains("robotics tech") && utilization.contains("availability"), utilization);
    assertTrue(utilization.contains("81.0% [78.5, 83.5]"), utilization);

    String cycle = byId("cycle-time").getTextContent();
    assertTrue(cycle.contains("p99 (min)") && cycle.contains("30.0"), cycle);
  }

  @Test
  void rolesGainedAndLostAreAgainstTheRunsBaselineWhichItNames() throws Exception {
    Document crews = parse(HtmlReport.render(TransitionCsvTest.run("middle"), List.of("report.html")));
    String text = byId(crews, "transition").getTextContent();
    assertTrue(text.contains("against the baseline, middle "), text);
    assertTrue(text.contains("rolefirstmiddle (baseline)last"), text);
    assertTrue(text.contains("picker40 (+30)104 (-6)"), text);
    assertTrue(text.contains("roboticsTech0 (-2)23 (+1)"), text);
  }

  @Test
  void listsTheManifestFields() {
    String manifest = byId("manifest").getTextContent();
    RunRecord run = Runs.ladder(HOSTILE_YAML);
    for (String s : List.of("scenarioHash", run.scenarioHash(), "seed", "fcsim run scenarios/ladder.yaml",
        "2024-03-05T06:07:08.900Z", "javaVersion", "manifest.json")) {
      assertTrue(manifest.contains(s), s);
    }
    assertEquals("fcsim run 'a b' 'it'\\''s'", HtmlReport.commandLine(List.of("fcsim", "run", "a b", "it's")));
  }

  @Test
  void aRunWithoutPerReplicationResultsStillGetsAReportWithTheChartsItHas() throws Exception {
    Document small = parse(HtmlReport.render(Runs.run("<demo>", Runs.summary()), List.of("report.html")));
    Element body = (Element) small.getElementsByTagName("body").item(0);

    assertEquals("2", body.getAttribute("data-charts-expected"), "throughput and utilization");
    assertEquals("fcsim report: <demo>", small.getElementsByTagName("title").item(0).getTextContent());
  }

  @Test
  void theResultsFolderWritesItAndTheManifestListsIt() throws Exception {
    Path folder = ResultsFolder.write(dir, Runs.ladder());
    String written = Files.readString(folder.resolve(HtmlReport.FILE), StandardCharsets.UTF_8);

    parse(written);
    assertTrue(Files.readString(folder.resolve("manifest.json")).contains("\"report.html\""));
    for (String f : List.of("summary.csv", "replications.csv", "series.csv", "over-time.svg", "manifest.json")) {
      assertTrue(written.contains("<a href=\"" + f + "\">"), f);
    }
  }
}
