package org.fcsim.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.fcsim.stats.MetricSummary;
import org.fcsim.task.Performer;

/**
 * {@code ledger.csv}: the task ledger of every level as one table, a pivot of the summary
 * rows named {@code taskCount.<taskType>.<performer>} (tasks), {@code taskHours.<taskType>.<performer>}
 * (h) and {@code taskWaitHours.<taskType>.<performer>} (h). One row per (level, task type,
 * performer) in order of first appearance in the summary; a statistic the summary lacks is
 * an empty field, as is an undefined interval (one replication). {@code replications} comes
 * from the count row, else from the hours row, else from the wait row. Written like
 * {@code summary.csv} (RFC 4180, UTF-8, {@code \n}); not written when no row matches.
 */
final class LedgerCsv implements ResultFile {
  static final String FILE = "ledger.csv";
  static final String[] HEADER = {
      "level", "task_type", "performer", "human", "count_mean", "count_ci95_low", "count_ci95_high",
      "hours_mean", "hours_ci95_low", "hours_ci95_high", "wait_hours_mean", "replications"};
  static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setHeader(HEADER).setRecordSeparator('\n').build();

  /** One row of the pivot; any of the three statistics may be missing (null). */
  record Row(String level, String taskType, String performer, MetricSummary count, MetricSummary hours,
      MetricSummary waitHours) {

    /** "true" for a person, "false" for a robot, empty for a performer not registered in this run. */
    String human() {
      Performer known = Performer.byKey(performer);
      return known == null ? "" : Boolean.toString(known.human());
    }

    int replications() {
      MetricSummary any = count != null ? count : hours != null ? hours : waitHours;
      return any.replications();
    }
  }

  private record Key(String level, String taskType, String performer) {}

  @Override
  public List<String> writeInto(Path dir, RunRecord run) throws IOException {
    List<Row> rows = pivot(run.summary());
    if (rows.isEmpty()) {
      return List.of();
    }
    try (Writer out = Files.newBufferedWriter(dir.resolve(FILE), StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
      for (Row r : rows) {
        csv.printRecord(r.level(), r.taskType(), r.performer(), r.human(),
            mean(r.count()), low(r.count()), high(r.count()),
            mean(r.hours()), low(r.hours()), high(r.hours()),
            mean(r.waitHours()), Integer.toString(r.replications()));
      }
    }
    return List.of(FILE);
  }

  /** The ledger rows of {@code summary}; other metrics are ignored. */
  static List<Row> pivot(List<MetricSummary> summary) {
    Map<Key, MetricSummary[]> cells = new LinkedHashMap<>();
    for (MetricSummary s : summary) {
      String[] parts = s.metric().name().split("\\.", -1);
      int stat = parts.length == 3 ? List.of("taskCount", "taskHours", "taskWaitHours").indexOf(parts[0]) : -1;
      if (stat < 0 || parts[1].isEmpty() || parts[2].isEmpty()) {
        continue;
      }
      cells.computeIfAbsent(new Key(s.level(), parts[1], parts[2]), k -> new MetricSummary[3])[stat] = s;
    }
    return cells.entrySet().stream().map(e -> new Row(e.getKey().level(), e.getKey().taskType(),
        e.getKey().performer(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
  }

  private static String mean(MetricSummary s) {
    return s == null ? "" : number(s.mean());
  }

  private static String low(MetricSummary s) {
    return s == null ? "" : number(s.ci95Low());
  }

  private static String high(MetricSummary s) {
    return s == null ? "" : number(s.ci95High());
  }

  private static String number(double x) {
    return Double.isNaN(x) ? "" : Double.toString(x);
  }
}
