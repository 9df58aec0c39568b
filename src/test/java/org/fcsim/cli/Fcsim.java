package org.fcsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Runs the fcsim command line in-process for tests, capturing its output. */
final class Fcsim {
  private Fcsim() {}

  record Outcome(int code, String out, String err) {}

  static Outcome run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Outcome(code, out.toString(), err.toString());
  }

  /** The one finished folder (name not starting with a dot) in {@code parent}. */
  static Path onlyFolder(Path parent) throws Exception {
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
}
