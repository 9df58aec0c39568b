package org.fcsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.fcsim.stats.MetricSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every chart of {@link Charts#ALL}: drawn to PNG and SVG at its size, or skipped without its data. */
class ChartsTest {
  @TempDir
  Path dir;

  @Test
  void theRegistryNamesTheSevenChartsInReportOrder() {
    assertEquals(List.of("roles", "throughput", "human-hours-by-task", "human-vs-robot-share", "utilization", "over-time",
        "cost-per-unit", "order-cycle-time"), Charts.ALL.stream().map(Charts.Spec::name).toList());
  }

  @Test
  void everyChartOfAFullRunIsAPngOfItsSizeAndAnSvg() throws Exception {
    RunRecord run = Runs.ladder();
    for (Charts.Spec spec : Charts.ALL) {
      List<String> written = new ChartFiles(spec).writeInto(dir, run);

      assertEquals(List.of(spec.name() + ".png", spec.name() + ".svg"), written, spec.name());
      BufferedImage png = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(dir.resolve(spec.name() + ".png"))));
      assertNotNull(png, spec.name());
      assertEquals(spec.width(), png.getWidth(), spec.name());
      assertEquals(spec.height(), png.getHeight(), spec.name());
      String svg = Files.readString(dir.resolve(spec.name() + ".svg"));
      assertTrue(svg.matches("(?s).*<svg [^>]*width='" + spec.width() + "(\\.0)?' height='" + spec.height()
          + "(\\.0)?'.*"), spec.name());
    }
  }

  @Test
  void chartsWithoutTheirDataAreSkippedAndWriteNothing() throws Exception {
    RunRecord closedLoop = Runs.run("closed", List.of(
        new MetricSummary("base", Runs.UPH, 100, 90, 110, 3),
        new MetricSummary("base", Runs.PICK_UTIL, 0.5, 0.4, 0.6, 3)));
    Set<String> drawn = Charts.ALL.stream().filter(s -> s.build().apply(closedLoop).isPresent())
        .map(Charts.Spec::name).collect(Collectors.toSet());
    assertEquals(Set.of("throughput", "utilization"), drawn);

    Charts.Spec overTime = Charts.ALL.stream().filter(s -> s.name().equals("over-time")).findFirst().orElseThrow();
    assertEquals(List.of(), new ChartFiles(overTime).writeInto(dir, closedLoop));
    try (var files = Files.list(dir)) {
      assertEquals(0, files.count());
    }
  }
}
