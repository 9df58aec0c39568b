package org.fcsim.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.fcsim.stats.Metric;
import org.fcsim.stats.ReplicationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cached cell gives back its per-cell grids (the heat maps of a resumed run), not only its numbers. */
class CellCacheGridsTest {
  @TempDir
  Path dir;

  @Test
  void gridsSurviveTheCache() {
    double[] waits = {0, 1.5, 0, 7.25};
    ReplicationResult r = new ReplicationResult(3, Map.of(new Metric("unitsPerHour", "units/h"), 42.0), Map.of(), 0,
        Map.of(new Metric("waitSecByCell", "s"), waits));
    new CellCache(dir, List.of("k")).save(0, 3, r);
    ReplicationResult back = new CellCache(dir, List.of("k")).find(0, 3);
    assertEquals(42.0, back.get("unitsPerHour"));
    assertArrayEquals(waits, back.grid("waitSecByCell"));
  }
}
