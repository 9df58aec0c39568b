package org.fcsim.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.fcsim.experiment.Experiment;
import org.fcsim.experiment.ProgressListener;
import org.fcsim.scenario.Scenario;
import org.fcsim.scenario.ScenarioLoader;
import org.fcsim.stats.ReplicationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One pack machine beside packers who cannot keep up with the rest: a jam must not wait behind
 * the packers' own backlog, or the machine stands jammed for most of the day and its orders pile
 * onto the same packers (before jams were {@link org.fcsim.task.TaskType#urgent urgent}, this
 * floor's first replication had jams waiting 7 minutes and availability 0.25; the test then fails).
 * A jam's mean wait stays under a minute in every
 * replication; the machine's availability stays near its jam-only bound, 144 s packing per jam
 * (1 in 20 orders of 7.2 s) over 144 + 90 s clearing: 0.62.
 */
class JamsBeforeBacklogTest {
  @TempDir
  Path dir;

  @Test
  void aJammedMachineIsClearedBeforeThePackersBacklog() throws Exception {
    Path file = dir.resolve("busy-packers.yaml");
    Files.writeString(file, """
        horizon: 4.5h
        warmup: 30min
        replications: 3
        """ + PackMachinesTest.FLOOR + """
        associates: { picker: { count: 6 }, sorter: { count: 3 }, packer: { count: 3 } }
        packing: { machines: 1, maxUnits: 3, jamPerOrder: 0.05 }
        """);
    Scenario s = ScenarioLoader.loadLevels(file, Map.of()).levels().get(0).scenario().scenario();
    List<ReplicationResult> reps = Experiment.run(List.of(s), 2, ProgressListener.NONE).get(0);
    for (ReplicationResult r : reps) {
      double busy = r.get("utilization.packer");
      double jamWaitSec = 3600 * r.get("taskWaitHours.packJam.packer") / r.get("taskCount.packJam.packer");
      double availability = r.get("availability.packMachines");
      String line = String.format("packers %.2f busy, a jam waits %.0f s, availability %.2f", busy, jamWaitSec, availability);
      assertTrue(busy > 0.95, "the packers are saturated: " + line);
      assertTrue(jamWaitSec < 60, line);
      assertTrue(availability > 0.5, line);
    }
  }
}
