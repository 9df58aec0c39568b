package org.fcsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.fcsim.cli.Main;
import org.fcsim.scenario.CommandLineLevels;
import org.fcsim.scenario.Scenario;
import org.fcsim.stats.ReplicationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model whose simulated time stops advancing ends with a model error naming the cause
 * instead of hanging; real work at one instant (a large backlog released at time 0) does not.
 */
class StuckTimeTest {
  /** Drive units that travel and get picked in no time: they loop at t=0 for ever. */
  private static final String ZERO_TIME_LOOP = """
      horizon: 1h
      replications: 1
      driveUnits: { count: 10, travelToStation: 0s, travelToStorage: 0s }
      pickStations: { count: 2, pickTime: 0s }
      """;

  @Test
  void aLoopOfZeroTimeActivitiesIsAModelErrorNamingTheStuckInstant() {
    Scenario s = OrderFloorTest.scenario(ZERO_TIME_LOOP);
    ModelException e = assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> assertThrows(ModelException.class, () -> new FloorModel(s, 0).run()));
    assertTrue(e.getMessage().startsWith("replication 0: simulated time stuck at t=0.0 s: 2,000,001 events at that "
        + "instant, the last in DriveUnit; "), e.getMessage());
    assertTrue(e.getMessage().endsWith("(is every task, travel and pick time 0 s?)"), e.getMessage());
  }

  @Test
  void theCommandLineShowsItAsOneLineWithExitCode1AndWritesNothing(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("zero.yaml");
    Files.writeString(file, ZERO_TIME_LOOP);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Path results = dir.resolve("results");
    int code = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Main.execute(new PrintWriter(out, true),
        new PrintWriter(err, true), "run", file.toString(), "-q", "--results", results.toString()));
    assertEquals(1, code, err.toString());
    assertEquals(1, err.toString().lines().count(), err.toString());
    assertTrue(err.toString().startsWith("fcsim: model error: replication 0: simulated time stuck at t=0.0 s"), err.toString());
    assertFalse(Files.exists(results), "nothing written");
  }

  @Test
  void aLargeBacklogReleasedAtTimeZeroRuns() {
    Scenario s = OrderFloorTest.scenario("""
        horizon: 1h
        demand: { mode: backlog, backlogOrders: 200000 }
        """);
    ReplicationResult r = new FloorModel(s, 0).run();
    assertTrue(r.values().entrySet().stream().anyMatch(e -> e.getKey().name().equals("unitsPerHour") && e.getValue() > 0));
  }

  /**
   * Manual picking with tours of up to 1,000 lines: tours are released by the batch timeout,
   * which once fired an ulp early and, rescheduled with a delay too small to move the clock,
   * fired at the same instant for ever.
   */
  @Test
  void aBatchTimeoutThatFiresAnUlpEarlyReleasesTheTour() {
    Scenario manual = CommandLineLevels.load(Path.of("scenarios/automation-ladder.yaml"), Map.of(),
        new CommandLineLevels.Sweep("pickerToParts.batchLines", List.of("1000")), null).levels().get(0).scenario().scenario();
    assertTrue(manual.pickerToParts().enabled());
    ReplicationResult r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> new FloorModel(manual, 0).run());
    assertFalse(r.values().isEmpty());
  }
}
