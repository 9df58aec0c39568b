package org.fcsim.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.fcsim.economics.Payback;

/**
 * {@code payback.csv}: per step up from one level to the next, the extra investment, the yearly
 * saving in running cost with its paired 95% interval, and the payback in years with the range
 * the saving's interval gives (empty when it never pays back or pays at once; {@code reads}
 * says which). Written when the scenario has costs and more than one level.
 */
final class PaybackCsv implements ResultFile {
  static final String FILE = "payback.csv";
  static final String[] HEADER = {"from", "to", "investment", "saving_per_year", "saving_ci95_low", "saving_ci95_high",
      "payback_years", "payback_years_low", "payback_years_high", "reads"};

  @Override
  public List<String> writeInto(Path dir, RunRecord run) throws IOException {
    if (run.economics() == null || run.economics().steps().isEmpty()) {
      return List.of();
    }
    Files.writeString(dir.resolve(FILE), text(run.economics().steps()), StandardCharsets.UTF_8);
    return List.of(FILE);
  }

  static String text(List<Payback.Step> steps) throws IOException {
    java.io.StringWriter out = new java.io.StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).setRecordSeparator('\n').build())) {
      for (Payback.Step s : steps) {
        csv.printRecord(s.from(), s.to(), PlainNumbers.format(s.investment()), PlainNumbers.format(s.savingPerYear()),
            PlainNumbers.format(s.savingLow()), PlainNumbers.format(s.savingHigh()), PlainNumbers.format(s.years()),
            PlainNumbers.format(s.yearsLow()), PlainNumbers.format(s.yearsHigh()), s.text());
      }
    }
    return out.toString();
  }
}
