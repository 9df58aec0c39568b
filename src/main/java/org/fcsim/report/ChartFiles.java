package org.fcsim.report;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.fcsim.stats.MetricSummary;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * Writes one chart as {@code <name>.png} and {@code <name>.svg}, 1000×600, without a display;
 * writes nothing when the chart has no data.
 */
final class ChartFiles implements ResultFile {
  static final int WIDTH = 1000;
  static final int HEIGHT = 600;

  private final String name;
  private final Function<List<MetricSummary>, Optional<JFreeChart>> chart;

  ChartFiles(String name, Function<List<MetricSummary>, Optional<JFreeChart>> chart) {
    this.name = name;
    this.chart = chart;
  }

  @Override
  public List<String> writeInto(Path dir, RunRecord run) throws IOException {
    Optional<JFreeChart> c = chart.apply(run.summary());
    if (c.isEmpty()) {
      return List.of();
    }
    String png = name + ".png";
    String svg = name + ".svg";
    ChartUtils.saveChartAsPNG(dir.resolve(png).toFile(), c.get(), WIDTH, HEIGHT);
    SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, HEIGHT);
    c.get().draw(g2, new Rectangle(WIDTH, HEIGHT));
    Files.writeString(dir.resolve(svg), g2.getSVGDocument(), StandardCharsets.UTF_8);
    return List.of(png, svg);
  }
}
