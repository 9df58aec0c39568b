package org.fcsim.report;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.fcsim.economics.LevelEconomics;
import org.fcsim.economics.Reskilling;
import org.fcsim.scenario.Scenario;

/**
 * {@code reskilling.csv}: per level against the baseline, people per shift moving along each
 * pathway ({@code move}: training hours and cost of all of them, weeks each), people of a
 * shrinking role not retrained ({@code not retrained}: no growing role or no pathway to one),
 * places filled from outside ({@code hired}), and a {@code total} row whose weeks are until
 * everyone has trained with the scenario's training capacity. Written with two or more levels.
 */
public final class ReskillingCsv implements ResultFile {
  public static final String FILE = "reskilling.csv";
  static final String[] HEADER = {"level", "baseline", "kind", "from", "to", "people", "training_hours", "cost", "weeks"};

  @Override
  public List<String> writeInto(Path dir, RunRecord run) throws IOException {
    if (run.economics() == null || run.economics().plans().size() < 2) {
      return List.of();
    }
    Files.writeString(dir.resolve(FILE), text(run.economics()), StandardCharsets.UTF_8);
    return List.of(FILE);
  }

  /** The file's text. */
  public static String text(LevelEconomics economics) throws IOException {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).setRecordSeparator('\n').build())) {
      for (Map.Entry<String, Reskilling.Plan> e : economics.plans().entrySet()) {
        String level = e.getKey();
        if (level.equals(economics.baseline())) {
          continue;
        }
        Reskilling.Plan plan = e.getValue();
        for (Reskilling.Move m : plan.moves()) {
          Scenario.Pathway p = m.pathway();
          csv.printRecord(level, economics.baseline(), "move", p.from().key(), p.to().key(), m.people(),
              PlainNumbers.format(plan.trainingHours(m)), PlainNumbers.format(m.people() * p.cost()),
              PlainNumbers.format(m.weeksEach(plan.hoursPerWeek())));
        }
        plan.leaving().forEach((role, n) -> printPeople(csv, level, economics.baseline(), "not retrained", role.key(), "", n));
        plan.hired().forEach((role, n) -> printPeople(csv, level, economics.baseline(), "hired", "", role.key(), n));
        csv.printRecord(level, economics.baseline(), "total", "", "", plan.moving(), PlainNumbers.format(plan.trainingHours()),
            PlainNumbers.format(plan.cost()), PlainNumbers.format(plan.weeks()));
      }
    }
    return out.toString();
  }

  private static void printPeople(CSVPrinter csv, String level, String baseline, String kind, String from, String to, int n) {
    try {
      csv.printRecord(level, baseline, kind, from, to, n, "", "", "");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
