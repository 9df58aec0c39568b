package org.fcsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.fcsim.report.XlsxFile;

/** Runs the fcsim command line in-process for tests, capturing its output. Public for tests of other packages. */
public final class Fcsim {
  /** The files of a results folder that hold numbers: every one must be reproducible to the byte. */
  public static final List<String> NUMBER_FILES = List.of("summary.csv", "ledger.csv", "replications.csv", "series.csv");

  private Fcsim() {}

  public record Outcome(int code, String out, String err) {}

  public static Outcome run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Outcome(code, out.toString(), err.toString());
  }

  /** The one finished folder (name not starting with a dot) in {@code parent}. */
  public static Path onlyFolder(Path parent) throws Exception {
    try (Stream<Path> runs = Files.list(parent)) {
      List<Path> finished = runs.filter(p -> !p.getFileName().toString().startsWith(".")).toList();
      assertEquals(1, finished.size(), finished.toString());
      return finished.get(0);
    }
  }

  /** The rows of a CSV file after its header, split on commas (fcsim's numbers and names hold none). */
  static List<String[]> rows(Path csv) throws Exception {
    List<String> lines = Files.readAllLines(csv);
    return lines.subList(1, lines.size()).stream().map(l -> l.split(",", -1)).toList();
  }

  /**
   * Two results folders hold the same numbers: each of {@link #NUMBER_FILES} is in both or in
   * neither (a closed loop writes no ledger), and where present is byte-identical: every metric
   * of every replication, every series point, the ledger, the summary. Summary and replications
   * must be there. {@code results.xlsx}, where written, holds the same cells in both.
   */
  public static void assertSameNumbers(Path expected, Path actual) throws Exception {
    for (String file : NUMBER_FILES) {
      boolean there = Files.exists(expected.resolve(file));
      assertEquals(there, Files.exists(actual.resolve(file)), file + " in " + expected + ": " + there + ", in " + actual);
      assertTrue(there || !file.equals("summary.csv") && !file.equals("replications.csv"), file + " missing from " + expected);
      if (there) {
        assertArrayEquals(Files.readAllBytes(expected.resolve(file)), Files.readAllBytes(actual.resolve(file)),
            file + " differs between " + expected + " and " + actual);
      }
    }
    // the workbook's bytes carry the time it was written; its cells and their formats must match
    Path workbook = Path.of("results.xlsx");
    assertEquals(Files.exists(expected.resolve(workbook)), Files.exists(actual.resolve(workbook)), "results.xlsx in one only");
    if (Files.exists(expected.resolve(workbook))) {
      assertEquals(XlsxFile.open(expected.resolve(workbook)).contents(), XlsxFile.open(actual.resolve(workbook)).contents(),
          "results.xlsx differs between " + expected + " and " + actual);
    }
  }
}
