package org.fcsim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import umontreal.ssj.rng.MRG32k3a;

class StreamsTest {
  private static double[] draw(MRG32k3a s, int n) {
    double[] u = new double[n];
    for (int i = 0; i < n; i++) {
      u[i] = s.nextDouble();
    }
    return u;
  }

  @Test
  void aStreamIsAPureFunctionOfSeedNameAndReplication() {
    double[] a = draw(new Streams(42, 3).stream("pickTime/station-1"), 5);
    new Streams(42, 3).stream("something else created first");
    double[] b = draw(new Streams(42, 3).stream("pickTime/station-1"), 5);
    assertEquals(java.util.Arrays.toString(a), java.util.Arrays.toString(b));
  }

  @Test
  void namesSeedsAndReplicationsGiveDifferentNumbers() {
    double a = new Streams(42, 0).stream("x").nextDouble();
    assertNotEquals(a, new Streams(42, 0).stream("y").nextDouble());
    assertNotEquals(a, new Streams(43, 0).stream("x").nextDouble());
    assertNotEquals(a, new Streams(42, 1).stream("x").nextDouble());
  }

  @Test
  void replicationRIsSubstreamROfTheNamedStream() {
    MRG32k3a reference = new Streams(7, 0).stream("arrivals");
    for (int r = 0; r < 3; r++) {
      reference.resetNextSubstream();
    }
    assertEquals(reference.nextDouble(), new Streams(7, 3).stream("arrivals").nextDouble());
  }

  @Test
  void derivedSeedsAreValidForMrg32k3a() {
    for (int i = 0; i < 1000; i++) {
      long[] s = new Streams(i, 0).seedFor("stream-" + i);
      for (int k = 0; k < 6; k++) {
        long bound = k < 3 ? 4294967087L : 4294944443L;
        assertEquals(true, s[k] >= 0 && s[k] < bound);
      }
    }
  }
}
