package org.fcsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.fcsim.report.FolderSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Results that cannot be written end with one line naming the folder and the reason, exit
 * code 1, no folder under a real name and earlier results untouched. The tests run as root,
 * where no permission bit stops a write, so the obstacle is a file where a folder must go.
 */
class UnwritableResultsTest {
  @TempDir
  Path dir;

  @Test
  void aFileWhereTheScenarioFolderGoesStopsTheRunWithExitCode1() throws Exception {
    Path results = dir.resolve("results");
    Files.createDirectories(results);
    Files.writeString(results.resolve("closed-network-validation"), "in the way");
    Fcsim.Outcome o = Fcsim.run("run", "scenarios/closed-network-validation.yaml", "-r", "2", "-q", "--results",
        results.toString());
    assertEquals(1, o.code(), o.err());
    assertEquals("fcsim: cannot write results in " + results.resolve("closed-network-validation") + ": "
        + results.toAbsolutePath().resolve("closed-network-validation/.cells") + ": Not a directory\n",
        o.err().replace("\r", ""));
    assertEquals("", o.out());
    assertEquals(java.util.Set.of("closed-network-validation"), FolderSnapshot.of(results).keySet());
  }

  @Test
  void aComparisonToo() throws Exception {
    Path results = dir.resolve("results");
    Files.createDirectories(results);
    Files.writeString(results.resolve("automation-ladder"), "in the way");
    Fcsim.Outcome o = Fcsim.run("compare", "scenarios/automation-ladder.yaml", "--levels", "manual,goods-to-person",
        "-r", "2", "-q", "--results", results.toString());
    assertEquals(1, o.code(), o.err());
    assertEquals("fcsim: cannot write results in " + results.resolve("automation-ladder")
        + ": a file of that name is in the way\n", o.err().replace("\r", ""));
    assertEquals(1, FolderSnapshot.of(results).size());
  }

  @Test
  void aFailureAfterAnEarlierRunLeavesThatRunUntouchedAndNoNewFolder() throws Exception {
    Path results = dir.resolve("results");
    String[] args = {"run", "scenarios/closed-network-validation.yaml", "-r", "2", "-q", "--results", results.toString()};
    assertEquals(0, Fcsim.run(args).code());
    Path scenario = results.resolve("closed-network-validation");
    Path earlier = Fcsim.onlyFolder(scenario);
    Files.writeString(scenario.resolve(".cells"), "in the way"); // where the run keeps its finished cells
    Map<String, byte[]> before = FolderSnapshot.of(results);

    Fcsim.Outcome o = Fcsim.run(args);

    assertEquals(1, o.code(), o.err());
    assertEquals(1, o.err().lines().count(), o.err());
    assertTrue(o.err().startsWith("fcsim: cannot write results in " + scenario + ": "), o.err());
    assertEquals(earlier, Fcsim.onlyFolder(scenario));
    Map<String, byte[]> after = FolderSnapshot.of(results);
    assertEquals(before.keySet(), after.keySet());
    before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name));
  }

  @Test
  void theReasonNamesThePathThatFailedUnlessItIsTheFolder() {
    Path folder = Path.of("results/demo");
    assertEquals("cannot write results in results/demo: No space left on device",
        new UnwritableResults(folder, new IOException("No space left on device")).getMessage());
    assertEquals("cannot write results in results/demo: results/demo/.x/summary.csv: No space left on device",
        new UnwritableResults(folder, new FileSystemException("results/demo/.x/summary.csv", null,
            "No space left on device")).getMessage());
    assertEquals("cannot write results in results/demo: permission denied",
        new UnwritableResults(folder, new AccessDeniedException("results/demo")).getMessage());
  }
}
