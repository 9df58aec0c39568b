package org.fcsim.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.fcsim.stats.MetricSummary;

/**
 * {@code summary.csv}: one row per {@link MetricSummary}, in the run's order. RFC 4180 quoting
 * by Commons CSV, UTF-8 without a byte-order mark, {@code \n} line ends. Numbers are written
 * with {@link Double#toString} (locale-independent, round-trips exactly); {@code NaN}, the CI
 * bounds of a single replication, is an empty field.
 */
final class SummaryCsv implements ResultFile {
  static final String FILE = "summary.csv";
  static final String[] HEADER = {
      "level", "metric", "unit", "mean", "ci95_low", "ci95_high", "replications"};
  static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setHeader(HEADER).setRecordSeparator('\n').build();

  @Override
  public List<String> writeInto(Path dir, RunRecord run) throws IOException {
    try (Writer out = Files.newBufferedWriter(dir.resolve(FILE), StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
      for (MetricSummary row : run.summary()) {
        csv.printRecord(row.level(), row.metric().name(), row.metric().unit(),
            number(row.mean()), number(row.ci95Low()), number(row.ci95High()),
            Integer.toString(row.replications()));
      }
    }
    return List.of(FILE);
  }

  private static String number(double x) {
    return Double.isNaN(x) ? "" : Double.toString(x);
  }
}
