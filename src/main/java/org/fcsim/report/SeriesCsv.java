package org.fcsim.report;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
 * {@code series.csv}: every replication's time series in tidy (long) form, one row per
 * (level, replication, metric, time). {@code time_h} is the end of the sampling interval in
 * simulated hours (to 9 decimals) from the start of the replication (warm-up included): a rate (unit ending in
 * "/h") is per hour over the interval that ends there, any other series is the level at that
 * time. Same number and file conventions as {@link ReplicationsCsv}; not written when no
 * replication recorded a series.
 */
final class SeriesCsv implements ResultFile {
  static final String FILE = "series.csv";
  static final String[] HEADER = {"scenario", "level", "replication", "metric", "unit", "time_h", "value"};
  static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setHeader(HEADER).setRecordSeparator('\n').build();

  @Override
  public List<String> writeInto(Path dir, RunRecord run) throws IOException {
    boolean any = run.levels().stream().flatMap(l -> l.replications().stream())
        .anyMatch(r -> r.seriesIntervalSec() > 0 && r.series().values().stream().anyMatch(s -> s.length > 0));
    if (!any) {
      return List.of();
    }
    try (Writer out = Files.newBufferedWriter(dir.resolve(FILE), StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
      for (LevelResults level : run.levels()) {
        for (ReplicationResult r : level.replications()) {
          if (r.seriesIntervalSec() <= 0) {
            continue;
          }
          String replication = Integer.toString(r.replication());
          for (Map.Entry<Metric, double[]> e : r.series().entrySet()) {
            double[] values = e.getValue();
            for (int k = 0; k < values.length; k++) {
              csv.printRecord(run.scenarioName(), level.level(), replication, e.getKey().name(), e.getKey().unit(),
                  hours((k + 1) * r.seriesIntervalSec()), PlainNumbers.format(values[k]));
            }
          }
        }
      }
    }
    return List.of(FILE);
  }

  /** Seconds as hours to 9 decimals (3.6 µs), so 100 s is {@code 0.027777778}, not 17 digits of noise. */
  static String hours(double sec) {
    return new BigDecimal(sec).divide(BigDecimal.valueOf(3600), 9, RoundingMode.HALF_EVEN)
        .stripTrailingZeros().toPlainString();
  }
}
