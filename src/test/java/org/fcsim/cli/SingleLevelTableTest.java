package org.fcsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The table a run of a file without levels prints: what matters first, in plain words. */
class SingleLevelTableTest {
  private static final String SITE = """
      name: small-site
      horizon: 1h
      warmup: 0s
      replications: 1
      demand: { mode: poisson, ordersPerHour: 300/h }
      driveUnits: { count: 24 }
      pickStations: { count: 3 }
      associates:
        picker: { count: 4 }
        sorter: { count: 2 }
        packer: { count: 6 }
        problemSolver: { count: 2 }
      """;

  @TempDir
  Path dir;

  @Test
  void itLeadsWithThroughputAgainstDemandThenUtilizationThenHumanHours() throws Exception {
    Path file = dir.resolve("site.yaml");
    Files.writeString(file, SITE);
    Fcsim.Outcome o = Fcsim.run("run", file.toString(), "--results", dir.resolve("results").toString());
    assertEquals(0, o.code(), o.err());
    List<String> lines = o.out().lines().toList();
    int head = lines.indexOf(lines.stream().filter(l -> l.startsWith("small-site: ")).findFirst().orElseThrow());
    assertTrue(lines.get(head).startsWith("small-site: 1 replication of 1h"), lines.get(head));
    List<String> metrics = lines.subList(head + 2, lines.size()).stream().takeWhile(l -> !l.startsWith("..."))
        .map(l -> l.split(" +")[0]).toList();
    assertEquals(List.of("unitsPerHour", "demandUnitsPerHour", "ordersPerHour"), metrics.subList(0, 3), o.out());
    int utilization = metrics.indexOf("utilization.picker");
    int humanHours = metrics.indexOf("humanTaskHours.total");
    assertTrue(3 < utilization && utilization < humanHours, metrics.toString());
  }
}
