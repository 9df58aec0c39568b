package org.fcsim.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.fcsim.report.CompareReport;
import org.fcsim.report.PublishedFolder;
import org.fcsim.stats.MetricDifference;

/**
 * Writes a comparison's folder, {@code <resultsRoot>/<scenario>/compare-<run-id>/}, the way
 * {@code ResultsFolder} writes a run's: the run id is the start time ({@code yyyyMMdd-HHmmss},
 * UTC), then {@code -2}, {@code -3} … when taken; everything goes into a hidden
 * {@code .compare-<run-id>.partial-<random>} sibling, is flushed, and is renamed in one atomic
 * move, so a folder with a plain name is always complete and never overwritten.
 */
final class CompareFolder {
  static final String CSV = "compare.csv";
  static final String[] HEADER = {"metric", "unit", "level_a", "level_b", "mean_a", "mean_b", "diff",
      "paired_ci95_low", "paired_ci95_high", "unpaired_ci95_low", "unpaired_ci95_high", "replications", "significant"};

  private CompareFolder() {}

  /**
   * {@code compare.csv}: one row per metric, in the order given; {@code significant} is yes when
   * the paired 95% interval excludes 0 (per metric, unadjusted for multiple comparisons), no
   * when it holds 0, empty when it is undefined.
   */
  static String csv(String levelA, String levelB, List<MetricDifference> rows) throws IOException {
    StringWriter text = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(text,
        CSVFormat.RFC4180.builder().setHeader(HEADER).setRecordSeparator('\n').build())) {
      for (MetricDifference d : rows) {
        csv.printRecord(d.metric().name(), d.metric().unit(), levelA, levelB, number(d.meanA()), number(d.meanB()),
            number(d.diff()), number(d.pairedLow()), number(d.pairedHigh()), number(d.unpairedLow()),
            number(d.unpairedHigh()), Integer.toString(d.replications()), CompareReport.significant(d));
      }
    }
    return text.toString();
  }

  /**
   * Writes {@code files} (name → contents, in order) into a new comparison folder and
   * returns its path.
   *
   * @throws IOException if anything cannot be written; no comparison folder is then left
   */
  static Path write(Path resultsRoot, String scenarioName, Instant start, Map<String, byte[]> files) throws IOException {
    return PublishedFolder.write(resultsRoot, scenarioName, "compare-" + PublishedFolder.timeId(start), dir -> {
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        Files.write(dir.resolve(f.getKey()), f.getValue());
      }
    });
  }

  private static String number(double x) {
    return Double.isNaN(x) ? "" : Double.toString(x);
  }
}
