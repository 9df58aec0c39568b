package org.fcsim.model;

import java.nio.file.Path;
import org.fcsim.scenario.Scenario;

/** The small floor {@link ReplayTest} replays, for tests in other packages. */
public final class ReplayTestScenario {
  private ReplayTestScenario() {}

  public static Scenario small(Path dir) throws Exception {
    return ReplayTest.small(dir);
  }
}
