package org.fcsim.extension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.fcsim.task.Performer;
import org.fcsim.task.Role;
import org.fcsim.task.TaskType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Roles, task types and performers are open sets: research code registers its own, each with
 * its defaults, and scenarios, runs and output tables take them without any table elsewhere
 * needing an entry. Registration happens in a child JVM ({@link ResearchSite}) so it cannot leak
 * into the other tests.
 */
class OpenSetsTest {
  @TempDir
  Path dir;

  @Test
  void builtInsKeepTheirOrderAndDefaults() {
    assertEquals(List.of("picker", "stower", "sorter", "packer", "problemSolver", "roboticsTech", "automationOperator",
        "qualityControl"), Role.values().stream().limit(8).map(Role::key).toList());
    assertEquals(List.of("pick", "podTransport", "sort", "pack", "qualityCheck", "graspFailure", "damagedItem",
        "missingItem", "mispick", "sortJam", "driveUnitRescue", "repair", "charging"),
        TaskType.values().stream().limit(13).map(TaskType::key).toList());
    for (int i = 0; i < TaskType.values().size(); i++) {
      assertEquals(i, TaskType.values().get(i).ordinal());
    }
    assertEquals(8, Role.PICKER.defaultCount());
    assertEquals(48, TaskType.PACK.defaultTimeSec().mean(), 1e-12);
    assertNull(TaskType.PICK.defaultTimeSec(), "a station's pick time is a pickStations key, not a task time");
    assertTrue(Performer.of(Role.PACKER).human());
    assertFalse(Performer.byKey("pickArm").human());
    assertNull(Performer.byKey("nobody"));
  }

  @Test
  void aTakenOrMalformedKeyIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> TaskType.register("pack", TaskType.Category.PACKING, null));
    assertThrows(IllegalArgumentException.class, () -> Role.register("picker", Set.of(), 0));
    assertThrows(IllegalArgumentException.class, () -> Performer.robot("picker"), "a role is not a robot kind");
    assertThrows(IllegalArgumentException.class, () -> TaskType.register("Bad Key", TaskType.Category.PACKING, null));
  }

  @Test
  void aRegisteredRoleAndTaskTypeRunFromAScenarioAndReachTheLedgerAsHuman() throws Exception {
    Path file = dir.resolve("research.yaml");
    Files.writeString(file, """
        name: research
        horizon: 2h
        warmup: 10min
        replications: 2
        demand: { mode: poisson, ordersPerHour: 300/h }
        driveUnits: { count: 30 }
        associates:
          packer: { count: 0 }
          trainer: { count: 3, skills: [pack] }
          taskTimes: { coaching: 35s, pack: 30s }
        """);
    Path results = dir.resolve("results");
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), ResearchSite.class.getName(),
        "run", file.toString(), "-q", "--results", results.toString())
        .redirectErrorStream(true).start();
    String output = new String(child.getInputStream().readAllBytes());
    assertEquals(0, child.waitFor(), output);
    Path folder;
    try (var runs = Files.list(results.resolve("research"))) {
      folder = runs.filter(p -> !p.getFileName().toString().startsWith(".")).findFirst().orElseThrow();
    }
    String scenario = Files.readString(folder.resolve("scenario.yaml"));
    assertTrue(scenario.contains("trainer:") && scenario.contains("coaching:\n      dist: constant\n      value: 35s"), scenario);
    List<String> ledger = Files.readAllLines(folder.resolve("ledger.csv"));
    String packByTrainer = ledger.stream().filter(l -> l.contains(",pack,trainer,")).findFirst().orElseThrow();
    assertTrue(packByTrainer.contains(",pack,trainer,true,"), packByTrainer);
    double packs = Double.parseDouble(packByTrainer.split(",")[4]);
    assertTrue(packs > 300, "trainers packed every order: " + packByTrainer);
  }
}
