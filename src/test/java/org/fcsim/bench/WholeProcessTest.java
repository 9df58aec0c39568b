package org.fcsim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fcsim.cli.Main;
import org.junit.jupiter.api.Test;

/**
 * {@code bench --process} launches both programs as processes and reports their wall times: the
 * SSJ-only program is faster than a whole fcsim run that also writes its folder (it only
 * simulates), and the tiny network's run is the fixed cost, quicker than the big one's.
 */
class WholeProcessTest {
  private static final Pattern SEC = Pattern.compile("(\\d+\\.\\d+) s  \\(");

  @Test
  void timesBothProgramsFromLaunchToExit() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), "bench", "--process", "--rounds", "1");
    assertEquals(0, code, err.toString());
    Matcher m = SEC.matcher(out.toString());
    assertTrue(m.find(), out.toString());
    double baseline = Double.parseDouble(m.group(1));
    assertTrue(m.find(), out.toString());
    double fcsim = Double.parseDouble(m.group(1));
    assertTrue(baseline > 0.1 && fcsim > baseline, out.toString());
    assertTrue(m.find(), out.toString());
    double tinyBaseline = Double.parseDouble(m.group(1));
    assertTrue(m.find(), out.toString());
    double tinyFcsim = Double.parseDouble(m.group(1));
    assertTrue(tinyBaseline > 0.05 && tinyFcsim > tinyBaseline && tinyFcsim < fcsim, out.toString());
    assertTrue(out.toString().contains(String.format(java.util.Locale.ROOT, "fixed cost of a run (tiny fcsim run): %.2f s", tinyFcsim)),
        out.toString());
  }
}
