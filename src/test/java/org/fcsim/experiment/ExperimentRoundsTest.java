package org.fcsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.fcsim.scenario.Scenario;
import org.fcsim.scenario.ScenarioLevels;
import org.fcsim.scenario.ScenarioLoader;
import org.fcsim.stats.ReplicationResult;
import org.junit.jupiter.api.Test;

/** Running more replications later gives exactly the replications of one longer run. */
class ExperimentRoundsTest {
  @Test
  void laterReplicationsEqualThoseOfOneLongerRun() {
    ScenarioLevels levels = ScenarioLoader.loadLevels(Path.of("scenarios/goods-to-person.yaml"), Map.of("replications", 4L));
    Scenario s = levels.levels().get(0).scenario().scenario();
    List<ReplicationResult> whole = Experiment.run(List.of(s, s), 2, ProgressListener.NONE).get(0);
    List<List<ReplicationResult>> parts = Experiment.run(List.of(s, s), List.of(1, 3), List.of(3, 0), 1, ProgressListener.NONE);
    assertEquals(3, parts.get(0).size());
    assertTrue(parts.get(1).isEmpty());
    for (int i = 0; i < 3; i++) {
      assertEquals(whole.get(i + 1).replication(), parts.get(0).get(i).replication());
      assertEquals(whole.get(i + 1).values(), parts.get(0).get(i).values());
    }
  }
}
