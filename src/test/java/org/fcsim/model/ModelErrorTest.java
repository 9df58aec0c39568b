package org.fcsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fcsim.cli.Main;
import org.fcsim.policy.ArmPolicies;
import org.fcsim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An error inside the model — here a research policy that throws — ends the run with one line
 * naming the replication, the simulated time, the failing handler and the cause; never a bare
 * stack trace, and no results folder.
 */
class ModelErrorTest {
  private static final String ARM_FLOOR = """
      horizon: 2h
      replications: 2
      demand: { mode: poisson, ordersPerHour: 200/h }
      floor: { widthCells: 20, lengthCells: 10, pods: 100 }
      driveUnits: { count: 6, travel: grid }
      pickStations: { count: 2, armShare: 1 }
      arms: { policy: failsOnPolybags }
      associates: { picker: { count: 2 } }
      """;

  static {
    // running out of heap, as a scenario within every range can (a backlog of 100,000,000 orders is valid)
    ArmPolicies.register("exhaustsTheHeap", () -> itemClass -> {
      throw new OutOfMemoryError("Java heap space");
    });
    ArmPolicies.register("failsOnPolybags", () -> itemClass -> {
      if (itemClass.name().equals("polybag")) {
        throw new IllegalStateException("policy cannot judge item class " + itemClass.name());
      }
      return itemClass.armEligible();
    });
  }

  @Test
  void aFailingPolicyNamesReplicationTimeHandlerAndCause() {
    Scenario s = OrderFloorTest.scenario(ARM_FLOOR);
    ModelException e = assertThrows(ModelException.class, () -> new FloorModel(s, 1).run());
    // the failing code (the research policy), the event handler that called it, and the cause
    assertTrue(e.getMessage().matches("replication 1 failed at t=[0-9.E]+ s in ModelErrorTest\\.lambda\\$[\\w$]+ "
        + "\\(ModelErrorTest\\.java:\\d+\\) during \\w+(\\$\\w+)?\\.\\w+ \\(\\w+\\.java:\\d+\\): "
        + "java.lang.IllegalStateException: policy cannot judge item class polybag"), e.getMessage());
  }

  @Test
  void theCommandLineShowsItAsOneLineWithExitCode1(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("arms.yaml");
    Files.writeString(file, ARM_FLOOR);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true),
        "run", file.toString(), "--quiet", "--results", dir.resolve("results").toString());
    assertEquals(1, code);
    assertEquals(1, err.toString().lines().count(), err.toString());
    assertTrue(err.toString().startsWith("fcsim: model error: replication "), err.toString());
    assertFalse(err.toString().contains("\tat "));
    assertFalse(Files.exists(dir.resolve("results").resolve("arms").resolve("summary.csv")));
  }

  @Test
  void runningOutOfMemoryIsOneLineWithExitCode1NotAStackTrace(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("arms.yaml");
    Files.writeString(file, ARM_FLOOR.replace("failsOnPolybags", "exhaustsTheHeap"));
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
        "run", file.toString(), "--quiet", "--results", dir.resolve("results").toString());
    assertEquals(1, code, err.toString());
    assertTrue(err.toString().matches("fcsim: out of memory: the scenario needs more than the \\d+ MB heap Java was "
        + "given; run fewer --threads at once, or give Java more with FCSIM_JAVA_OPTS=-Xmx<size>\\R"), err.toString());
    assertFalse(Files.exists(dir.resolve("results")), "nothing written");
  }
}
