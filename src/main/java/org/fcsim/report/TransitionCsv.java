package org.fcsim.report;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.fcsim.stats.MetricSummary;

/**
 * {@code transition.csv}: the workforce from level to level against the run's baseline level
 * ({@link RunRecord#baseline()}): per level and role, people per shift, the baseline's, the
 * change, and whether the role {@code appears}, {@code vanishes}, {@code grows}, {@code shrinks}
 * or stays {@code same}; then, per level, people's hours by kind of work (routine handling,
 * judgment and exceptions, robot care) against the baseline's. Rows keep the levels' order, the
 * baseline's own among them (change 0). From the run's {@code headcount.<role>} and
 * {@code humanWorkHours.<kind>} metrics; not written for a single level or without people.
 */
public final class TransitionCsv implements ResultFile {
  public static final String FILE = "transition.csv";
  static final String[] HEADER = {"level", "what", "name", "value", "baseline", "change", "status"};
  private static final String HEADCOUNT = "headcount.";
  private static final String WORK = "humanWorkHours.";

  @Override
  public List<String> writeInto(Path dir, RunRecord run) throws IOException {
    AgainstBaseline people = crews(run);
    if (people.levels().size() < 2) {
      return List.of();
    }
    Files.writeString(dir.resolve(FILE), text(people.byLevel(), byLevel(run.summary(), WORK), run.baseline()),
        StandardCharsets.UTF_8);
    return List.of(FILE);
  }

  /** The run's people per shift, level → role → people, against its baseline. */
  static AgainstBaseline crews(RunRecord run) {
    return new AgainstBaseline(byLevel(run.summary(), HEADCOUNT), run.baseline());
  }

  /**
   * The file's text for crews (level → role → people per shift) and hours by kind of work (may
   * be empty), both against {@code baseline}, a level's name.
   */
  static String text(Map<String, Map<String, Double>> crews, Map<String, Map<String, Double>> workHours, String baseline)
      throws IOException {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).setRecordSeparator('\n').build())) {
      print(csv, new AgainstBaseline(crews, baseline), "people per shift");
      print(csv, new AgainstBaseline(workHours, baseline), "human hours");
    }
    return out.toString();
  }

  private static void print(CSVPrinter csv, AgainstBaseline values, String what) throws IOException {
    for (String level : values.levels()) {
      for (String name : values.names()) {
        double now = values.value(level, name);
        double before = values.atBaseline(name);
        csv.printRecord(level, what, name, PlainNumbers.format(now), PlainNumbers.format(before),
            PlainNumbers.format(values.change(level, name)), status(before, now));
      }
    }
  }

  static String status(double before, double now) {
    if (before == 0 && now > 0) {
      return "appears";
    }
    if (before > 0 && now == 0) {
      return "vanishes";
    }
    return now > before ? "grows" : now < before ? "shrinks" : "same";
  }

  /** level → (name after {@code prefix} → mean), levels and names in summary order. */
  static Map<String, Map<String, Double>> byLevel(List<MetricSummary> summary, String prefix) {
    Map<String, Map<String, Double>> out = new LinkedHashMap<>();
    for (MetricSummary r : summary) {
      if (r.metric().name().startsWith(prefix)) {
        out.computeIfAbsent(r.level(), k -> new LinkedHashMap<>()).put(r.metric().name().substring(prefix.length()), r.mean());
      }
    }
    List<String> levels = new ArrayList<>();
    summary.forEach(r -> {
      if (!levels.contains(r.level())) {
        levels.add(r.level());
      }
    });
    Map<String, Map<String, Double>> ordered = new LinkedHashMap<>();
    levels.forEach(l -> ordered.put(l, out.getOrDefault(l, new LinkedHashMap<>())));
    return out.isEmpty() ? out : ordered;
  }
}
