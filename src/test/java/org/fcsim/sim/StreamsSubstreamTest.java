package org.fcsim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import umontreal.ssj.rng.MRG32k3a;

/**
 * Replication 0 is the named stream's first substream itself, not the second; replication r
 * is r substreams on (so a shift by one in every replication cannot pass); a negative
 * replication is refused.
 */
class StreamsSubstreamTest {
  @Test
  void replicationZeroStartsAtTheSeedItself() {
    Streams streams = new Streams(7, 0);
    MRG32k3a bySeed = new MRG32k3a();
    bySeed.setSeed(streams.seedFor("arrivals"));
    MRG32k3a stream = streams.stream("arrivals");
    for (int i = 0; i < 3; i++) {
      assertEquals(bySeed.nextDouble(), stream.nextDouble(), 0);
    }
  }

  @Test
  void replicationTwoIsTwoSubstreamsOn() {
    MRG32k3a bySeed = new MRG32k3a();
    bySeed.setSeed(new Streams(7, 2).seedFor("arrivals"));
    bySeed.resetNextSubstream();
    bySeed.resetNextSubstream();
    Streams streams = new Streams(7, 2);
    assertEquals(2, streams.replication());
    assertEquals(bySeed.nextDouble(), streams.stream("arrivals").nextDouble(), 0);
  }

  @Test
  void aNegativeReplicationIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new Streams(7, -1));
    assertEquals(0, new Streams(7, 0).replication());
  }
}
