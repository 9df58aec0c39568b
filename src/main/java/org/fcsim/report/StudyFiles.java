package org.fcsim.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.jfree.chart.JFreeChart;

/** What the folders of studies ({@code capacity}, {@code staff}) write alike: a chart's two files, and the manifest. */
final class StudyFiles {
  static final int WIDTH = 1200;
  static final int HEIGHT = 700;
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private StudyFiles() {}

  /** Writes {@code <name>.png} and {@code <name>.svg}; returns the SVG document, for inlining in the report. */
  static String chart(Path dir, String name, JFreeChart chart) throws IOException {
    Files.write(dir.resolve(name + ".png"), ChartFiles.png(chart, WIDTH, HEIGHT));
    String svg = ChartFiles.svg(chart, WIDTH, HEIGHT);
    Files.writeString(dir.resolve(name + ".svg"), svg, StandardCharsets.UTF_8);
    return svg;
  }

  /** An SVG document from {@link #chart} as a figure of a report, inline. */
  static String figure(String svg) {
    return "<figure>" + svg.substring(svg.indexOf("<svg")) + "</figure>\n";
  }

  /** {@code manifest.json}: the study's kind, scenario, seed, version and git commit, command line, times, and its files. */
  static void manifest(Path dir, String kind, String scenarioName, Path scenarioFile, long seed, String fcsimVersion,
      List<String> commandLine, Instant start, Instant end, List<String> files) throws IOException {
    ObjectNode m = JSON.createObjectNode();
    m.put("kind", kind).put("scenario", scenarioName).put("scenarioFile", scenarioFile.toString()).put("seed", seed)
        .put("fcsimVersion", fcsimVersion);
    ManifestJson.putBuild(m);
    m.put("start", start.toString()).put("end", end.toString());
    commandLine.forEach(m.putArray("commandLine")::add);
    files.forEach(m.putArray("files")::add);
    Files.writeString(dir.resolve("manifest.json"), JSON.writeValueAsString(m) + "\n", StandardCharsets.UTF_8);
  }
}
