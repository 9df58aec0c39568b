package org.fcsim.report;

import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * Writes one chart as {@code <name>.png} and {@code <name>.svg} at the chart's size, without a
 * display; writes nothing when the chart has no data.
 */
final class ChartFiles implements ResultFile {
  private final Charts.Spec spec;

  ChartFiles(Charts.Spec spec) {
    this.spec = spec;
  }

  @Override
  public boolean independent() {
    return true;
  }

  @Override
  public List<String> writeInto(Path dir, RunRecord run) throws IOException {
    Optional<JFreeChart> c = spec.build().apply(run);
    if (c.isEmpty()) {
      return List.of();
    }
    String png = spec.name() + ".png";
    String svg = spec.name() + ".svg";
    Files.write(dir.resolve(png), png(c.get(), spec.width(), spec.height()));
    Files.writeString(dir.resolve(svg), svg(c.get(), spec.width(), spec.height()), StandardCharsets.UTF_8);
    return List.of(png, svg);
  }

  static byte[] png(JFreeChart chart, int width, int height) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ChartUtils.writeChartAsPNG(out, chart, width, height);
    return out.toByteArray();
  }

  /** The chart as a standalone SVG document (with an XML declaration). */
  static String svg(JFreeChart chart, int width, int height) {
    SVGGraphics2D g2 = new SVGGraphics2D(width, height);
    g2.setGeomDoubleConverter(ChartFiles::twoDecimals);
    chart.draw(g2, new Rectangle(width, height));
    return g2.getSVGDocument();
  }

  /** Coordinates to 1/100 pixel: invisible, and a third of the file size of full doubles. */
  private static String twoDecimals(double x) {
    return Double.toString(Math.round(x * 100) / 100.0);
  }
}
