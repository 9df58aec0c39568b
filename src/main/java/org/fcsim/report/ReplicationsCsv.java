package org.fcsim.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.fcsim.stats.LevelResults;
import org.fcsim.stats.Metric;
import org.fcsim.stats.ReplicationResult;

/**
 * {@code replications.csv}: every replication's value of every metric, in tidy (long) form,
 * one row per (level, replication, metric), ready for pandas, R or a spreadsheet pivot. Levels
 * in run order, replications in order (numbered as the experiment numbers them, from 0: the
 * substream index), metrics in the order the replication reported them. Numbers in
 * {@link PlainNumbers} form; UTF-8 without a byte-order mark, RFC 4180, {@code \n} line ends.
 * Not written when the run has no per-replication results.
 */
final class ReplicationsCsv implements ResultFile {
  static final String FILE = "replications.csv";
  static final String[] HEADER = {"scenario", "level", "replication", "metric", "unit", "value"};
  static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setHeader(HEADER).setRecordSeparator('\n').build();

  @Override
  public List<String> writeInto(Path dir, RunRecord run) throws IOException {
    if (run.levels().stream().allMatch(l -> l.replications().isEmpty())) {
      return List.of();
    }
    try (Writer out = Files.newBufferedWriter(dir.resolve(FILE), StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
      for (LevelResults level : run.levels()) {
        for (ReplicationResult r : level.replications()) {
          for (Map.Entry<Metric, Double> e : r.values().entrySet()) {
            csv.printRecord(run.scenarioName(), level.level(), Integer.toString(r.replication()),
                e.getKey().name(), e.getKey().unit(), PlainNumbers.format(e.getValue()));
          }
        }
      }
    }
    return List.of(FILE);
  }
}
