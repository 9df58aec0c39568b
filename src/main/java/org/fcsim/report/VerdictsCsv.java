package org.fcsim.report;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.fcsim.stats.Verdict;

/**
 * {@code verdicts.csv}: one row per level — does it keep up ({@code yes}, {@code no},
 * {@code undecided}, {@code n/a} for a closed loop), demand, shipped and picked units per hour,
 * the shortfall and the growth of work in progress with their 95% intervals, the bottleneck and its utilization of
 * available time, the resource with a growing queue, a note, the pre-flight warnings joined
 * by {@code " | "}, and each further target with whether it was met ({@code met}, {@code missed},
 * {@code undecided}; the numbers are in {@code targets.csv}). Written like {@code summary.csv}; numbers plain, missing ones empty.
 */
public final class VerdictsCsv implements ResultFile {
  public static final String FILE = "verdicts.csv";
  static final String[] HEADER = {
      "level", "keeps_up", "demand_units_per_hour", "shipped_units_per_hour", "picked_units_per_hour",
      "shortfall_units_per_hour", "shortfall_ci95_low", "shortfall_ci95_high", "wip_growth_units_per_hour", "wip_growth_ci95_low", "wip_growth_ci95_high", "bottleneck",
      "bottleneck_utilization", "growing_queue", "note", "warnings", "targets"};
  static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(HEADER).setRecordSeparator('\n').build();

  @Override
  public List<String> writeInto(Path dir, RunRecord run) throws IOException {
    if (run.verdicts().isEmpty()) {
      return List.of();
    }
    Files.writeString(dir.resolve(FILE), text(run.verdicts()), StandardCharsets.UTF_8);
    return List.of(FILE);
  }

  /** The file's text for {@code verdicts}, header first. */
  public static String text(List<Verdict> verdicts) throws IOException {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
      for (Verdict v : verdicts) {
        csv.printRecord(v.level(), v.keepsUp(), PlainNumbers.format(v.demandUnitsPerHour()),
            PlainNumbers.format(v.shippedUnitsPerHour()), PlainNumbers.format(v.pickedUnitsPerHour()),
            PlainNumbers.format(v.shortfallUnitsPerHour()), PlainNumbers.format(v.shortfallLow()),
            PlainNumbers.format(v.shortfallHigh()),
            PlainNumbers.format(v.wipGrowthUnitsPerHour()), PlainNumbers.format(v.wipGrowthLow()),
            PlainNumbers.format(v.wipGrowthHigh()), v.bottleneck(), PlainNumbers.format(v.bottleneckUtilization()),
            v.growingQueue(), v.note(), String.join(" | ", v.warnings()),
            String.join(" | ", v.targets().stream().map(t -> t.name() + ": " + t.met()).toList()));
      }
    }
    return out.toString();
  }
}
