package org.fcsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.fcsim.cli.Fcsim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The order-driven floor gives the same numbers to the byte whatever the thread count. The
 * shipped automation ladder, cut down to a 2 h horizon (30 min warm-up) and 3 replications of
 * each of its five levels, is run with {@code --threads 1} and {@code --threads 2}; the summary,
 * ledger, replications and series files must be byte-identical. With two threads, replications
 * run at the same time, so anything they share (a simulator, a stream, a static counter) shows
 * up as a difference or a failure. The time limit stops a run whose replications tangle and
 * never end.
 */
class OrderFloorThreadCountTest {
  @TempDir
  Path dir;

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void oneAndTwoThreadsWriteIdenticalNumbers() throws Exception {
    String shipped = Files.readString(Path.of("scenarios/automation-ladder.yaml"));
    String cut = shipped.replaceFirst("(?m)^horizon: 8\\.5h", "horizon: 2h")
        .replaceFirst("(?m)^replications: 5", "replications: 3");
    assertNotEquals(shipped, cut);
    assertTrue(cut.contains("\nhorizon: 2h") && cut.contains("\nreplications: 3"),
        "the ladder's horizon and replications are where they were");
    Path file = dir.resolve("automation-ladder.yaml");
    Files.writeString(file, cut);

    Path[] folders = new Path[2];
    for (int threads = 1; threads <= 2; threads++) {
      Path results = dir.resolve("threads-" + threads);
      Fcsim.Outcome o = Fcsim.run("run", file.toString(), "--threads", Integer.toString(threads), "--quiet",
          "--results", results.toString());
      assertEquals(0, o.code(), o.err());
      folders[threads - 1] = Fcsim.onlyFolder(results.resolve("automation-ladder"));
    }
    for (String written : Fcsim.NUMBER_FILES) {
      assertTrue(Files.exists(folders[0].resolve(written)), "the order floor writes " + written);
    }
    String replications = Files.readString(folders[0].resolve("replications.csv"));
    for (String level : new String[] {"manual", "goods-to-person", "robotic-sort", "arm-assisted-pick", "high-automation"}) {
      assertTrue(replications.contains("automation-ladder," + level + ",2,unitsPerHour,"), level + " replication 2 in\n"
          + replications.lines().limit(5).toList());
    }
    Fcsim.assertSameNumbers(folders[0], folders[1]);
  }
}
