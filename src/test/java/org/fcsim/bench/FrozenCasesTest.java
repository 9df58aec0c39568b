package org.fcsim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The scaling study's cases are frozen (docs/performance.md, Scaling): the site day and its
 * scaling rule, the closed network's scenario at every fleet size, and the SSJ-only baseline
 * program. A change to any of them breaks the comparison with earlier tables; these fail first.
 */
class FrozenCasesTest {
  private static final int[] FLEETS = {100, 300, 1000, 3000, 10_000};

  @Test
  void theScalingStudysScenariosAreUnchanged() throws Exception {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    for (int n : FLEETS) {
      md.update(SiteDay.yaml(n / 3000.0, 1).getBytes(StandardCharsets.UTF_8));
      md.update(new ClosedNetwork(n, Math.max(1, n / 20), 1_000_000).yaml().getBytes(StandardCharsets.UTF_8));
    }
    assertEquals("bd6611ba53c5526cc1577c0522c8c5b0c22ec6a1c83b99d11c7207df0ba9dbcd", HexFormat.of().formatHex(md.digest()));
  }

  @Test
  void theBaselineProgramRunsAsFrozen() {
    ClosedNetwork network = new ClosedNetwork(100, 5, 20_000);
    Bench.Outcome run = Bench.count(null, 0, network::runBaseline);
    assertEquals(59_925, run.events());
    assertEquals(19_984, run.work());
  }

  @Test
  void theFrozenSizingIsTheFrozenSiteAndTheMemoryStudysIsLarger() {
    assertEquals(SiteDay.yaml(10_000 / 3000.0, 1), SiteDay.yaml(10_000 / 3000.0, 1, SiteDay.Sizing.FROZEN));
    assertEquals(SiteDay.yaml(1, 1), SiteDay.yaml(1, 1, MemoryAtScale.keepingUp(1)));
    assertNotEquals(SiteDay.scenario(10_000 / 3000.0, 1).driveUnits().count(),
        SiteDay.scenario(10_000 / 3000.0, 1, MemoryAtScale.keepingUp(10_000 / 3000.0)).driveUnits().count());
    assertEquals(1035, SiteDay.associates(1, SiteDay.Sizing.FROZEN));
  }
}
