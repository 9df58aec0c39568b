package org.fcsim.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.fcsim.stats.TargetCheck;
import org.fcsim.stats.Verdict;

/**
 * {@code targets.csv}: per level, each target of the scenario's {@code targets:} section — its
 * limit, the metric judged (for a family, the member that decided), its mean and 95% interval,
 * and {@code met}, {@code missed} or {@code undecided}. Not written when no level has a target.
 */
final class TargetsCsv implements ResultFile {
  static final String FILE = "targets.csv";
  static final String[] HEADER = {"level", "target", "metric", "unit", "limit", "mean", "ci95_low", "ci95_high", "met"};

  @Override
  public List<String> writeInto(Path dir, RunRecord run) throws IOException {
    if (run.verdicts().stream().allMatch(v -> v.targets().isEmpty())) {
      return List.of();
    }
    try (Writer out = Files.newBufferedWriter(dir.resolve(FILE), StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).setRecordSeparator('\n').build())) {
      for (Verdict v : run.verdicts()) {
        for (TargetCheck t : v.targets()) {
          csv.printRecord(v.level(), t.name(), t.metric(), t.unit(), PlainNumbers.format(t.limit()),
              PlainNumbers.format(t.mean()), PlainNumbers.format(t.low()), PlainNumbers.format(t.high()), t.met());
        }
      }
    }
    return List.of(FILE);
  }
}
