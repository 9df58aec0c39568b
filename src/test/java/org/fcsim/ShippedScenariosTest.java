package org.fcsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.fcsim.cli.Main;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every scenario shipped in scenarios/ runs as a user would run it and leaves a complete results folder. */
class ShippedScenariosTest {
  static Stream<Path> shipped() throws Exception {
    return Files.list(Path.of("scenarios")).filter(p -> p.toString().endsWith(".yaml")).sorted();
  }

  @ParameterizedTest
  @MethodSource("shipped")
  void runsAndWritesResults(Path scenario, @TempDir Path results) throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true),
        "run", scenario.toString(), "--quiet", "--results", results.toString());
    assertEquals(0, code, err.toString());
    String printed = out.toString().trim();
    assertTrue(printed.startsWith("Results: "), printed);
    Path folder = Path.of(printed.substring("Results: ".length()));
    assertTrue(Files.size(folder.resolve("summary.csv")) > 100);
    assertTrue(Files.exists(folder.resolve("manifest.json")));
  }
}
