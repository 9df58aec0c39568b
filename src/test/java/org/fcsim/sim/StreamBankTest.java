package org.fcsim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.function.IntFunction;
import org.fcsim.dist.DistSpec;
import org.junit.jupiter.api.Test;
import umontreal.ssj.rng.MRG32k3a;
import umontreal.ssj.rng.RandomStream;

/** A banked stream gives SSJ's MRG32k3a numbers for the same name, number for number. */
class StreamBankTest {
  private static final int MEMBERS = 7;

  /** SSJ's own streams for the bank's members, at replication {@code r} (substream r). */
  private static MRG32k3a[] reference(long seed, int r, String prefix) {
    MRG32k3a[] s = new MRG32k3a[MEMBERS];
    for (int i = 0; i < MEMBERS; i++) {
      s[i] = new Streams(seed, r).stream(prefix + i);
    }
    return s;
  }

  @Test
  void membersDrawWhatSsjDrawsInAnyInterleavingAndReplication() {
    for (int r : new int[] {0, 1, 4}) {
      StreamBank bank = new StreamBank(new Streams(20261206, r), "travel/du-", MEMBERS);
      MRG32k3a[] ssj = reference(20261206, r, "travel/du-");
      RandomStream[] members = new RandomStream[MEMBERS];
      for (int i = 0; i < MEMBERS; i++) {
        members[i] = bank.stream(i);
      }
      MRG32k3a order = new MRG32k3a(); // which member draws next, and how
      for (int n = 0; n < 200_000; n++) {
        int i = order.nextInt(0, MEMBERS - 1);
        if (order.nextDouble() < 0.5) {
          assertEquals(ssj[i].nextDouble(), members[i].nextDouble(), "draw " + n + ", member " + i + ", replication " + r);
        } else {
          int hi = order.nextInt(0, 300);
          assertEquals(ssj[i].nextInt(0, hi), members[i].nextInt(0, hi), "draw " + n + ", member " + i + ", replication " + r);
        }
      }
    }
  }

  @Test
  void twoViewsOfOneMemberShareItsState() {
    StreamBank bank = new StreamBank(new Streams(3, 2), "x/", 2);
    MRG32k3a ssj = new Streams(3, 2).stream("x/1");
    RandomStream a = bank.stream(1);
    RandomStream b = bank.stream(1);
    assertEquals(ssj.nextDouble(), a.nextDouble());
    assertEquals(ssj.nextDouble(), b.nextDouble());
  }

  @Test
  void samplersOfEveryDistributionMatchVariatesOnSsjStreams() {
    List<DistSpec> specs = List.of(new DistSpec.Exponential(30), new DistSpec.Uniform(5, 7), new DistSpec.Triangular(1, 2, 6),
        new DistSpec.Lognormal(5, 0.35), new DistSpec.Gamma(4, 0.5), new DistSpec.Erlang(6, 3),
        new DistSpec.Empirical(new double[] {1, 2, 2, 3}), new DistSpec.Constant(4));
    for (DistSpec spec : specs) {
      StreamBank bank = new StreamBank(new Streams(99, 3), "d/", MEMBERS);
      MRG32k3a[] ssj = reference(99, 3, "d/");
      IntFunction<Sampler> of = bank.samplers(spec);
      Sampler[] banked = new Sampler[MEMBERS];
      Sampler[] direct = new Sampler[MEMBERS];
      for (int i = 0; i < MEMBERS; i++) {
        banked[i] = of.apply(i);
        direct[i] = Variates.of(spec, ssj[i]);
      }
      MRG32k3a order = new MRG32k3a();
      for (int n = 0; n < 20_000; n++) {
        int i = order.nextInt(0, MEMBERS - 1);
        assertEquals(direct[i].sample(), banked[i].sample(), spec + ", draw " + n + ", member " + i);
      }
    }
  }

  @Test
  void membersOnlyGoForwardAndStayInTheBank() {
    StreamBank bank = new StreamBank(new Streams(1, 0), "x/", 3);
    assertThrows(UnsupportedOperationException.class, () -> bank.stream(0).resetStartSubstream());
    assertThrows(IndexOutOfBoundsException.class, () -> bank.stream(3));
    assertEquals(3, bank.size());
  }
}
