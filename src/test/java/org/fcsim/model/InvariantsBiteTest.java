package org.fcsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fcsim.cli.Main;
import org.fcsim.flow.UnitCounts;
import org.fcsim.policy.PodPolicies;
import org.fcsim.scenario.Scenario;
import org.fcsim.sim.Streams;
import org.fcsim.task.Performer;
import org.fcsim.task.Role;
import org.fcsim.task.TaskLedger;
import org.fcsim.task.TaskType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import umontreal.ssj.simevents.Simulator;

/**
 * The end-of-replication invariants are wired into real runs and stop them. A research pod
 * policy with a bookkeeping bug (it "reserves" the pod it fetches by bumping its open-unit
 * count) runs without any exception during the simulation; only the invariants notice, and the
 * run must stop with their one line. Bounds hold both ways: a negative ledger entry is caught.
 */
class InvariantsBiteTest {
  private static final String FLOOR = """
      horizon: 2h
      replications: 2
      demand: { mode: poisson, ordersPerHour: 300/h }
      floor: { widthCells: 20, lengthCells: 10, pods: 100 }
      driveUnits: { count: 8, travel: grid }
      pickStations: { count: 2, podPolicy: reservesItsPod }
      associates: { picker: { count: 2 } }
      """;

  static {
    PodPolicies.register("reservesItsPod", () -> pending -> {
      var pod = pending.iterator().next();
      pod.addOpenUnits(1);
      return pod;
    });
  }

  @Test
  void aBookkeepingBugInARealReplicationStopsTheRunWithTheInvariantsLine() {
    Scenario s = OrderFloorTest.scenario(FLOOR);
    ModelException e = assertThrows(ModelException.class, () -> new FloorModel(s, 1).run());
    assertTrue(e.getMessage().matches("replication 1: invariant broken: pods count \\d+ open units but their open lines "
        + "hold \\d+ at t=7200\\.0 s"), e.getMessage());
  }

  @Test
  void theCommandLineSaysItInOneLineAndWritesNoResults(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("reserving.yaml");
    Files.writeString(file, FLOOR);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true),
        "run", file.toString(), "--quiet", "--results", dir.resolve("results").toString());
    assertEquals(1, code);
    assertEquals(1, err.toString().lines().count(), err.toString());
    assertTrue(err.toString().contains("invariant broken: pods count"), err.toString());
    assertTrue(Files.notExists(dir.resolve("results").resolve("reserving").resolve("summary.csv")));
  }

  @Test
  void negativeLedgerHoursAreCaught() {
    Simulator simulator = new Simulator();
    Scenario s = OrderFloorTest.scenario(FLOOR);
    Site site = new Site(s, simulator, new Streams(1, 0), new TaskLedger(), new UnitCounts(), null);
    Ledger ledger = new Ledger(site);
    site.ledger().record(TaskType.PACK, Performer.of(Role.PACKER), 0, 30);
    ledger.checkInvariants(0);
    site.ledger().record(TaskType.PACK, Performer.of(Role.PACKER), 0, -45);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> ledger.checkInvariants(0));
    assertTrue(e.getMessage().startsWith("ledger cell pack.packer holds 2 tasks, -15.0 s work"), e.getMessage());
  }
}
