package org.fcsim.sim;

import java.util.function.IntFunction;
import org.fcsim.dist.DistSpec;
import umontreal.ssj.rng.MRG32k3a;
import umontreal.ssj.rng.RandomStream;
import umontreal.ssj.rng.RandomStreamBase;

/**
 * The streams of one purpose for a whole fleet ({@code travelToStation/du-0},
 * {@code travelToStation/du-1}, ...), stored flat: member i's six MRG32k3a state values are
 * entries {@code 6i} to {@code 6i+5} of one array. Each member gives exactly the numbers of the
 * SSJ stream {@link Streams#stream} makes under the same name: it starts from that stream's state
 * (seed and substream by SSJ's own {@link MRG32k3a}) and steps it with MRG32k3a's recurrence, so
 * streams are not merged and common random numbers keep their strength.
 *
 * <p>Why: an SSJ stream is an object with two more arrays of its start points, and a generator
 * and a distribution on top, about 0.5 KB per drive unit and purpose; at 10,000 drive units that
 * spread the fleet's hot state (its events) over many megabytes. Here a member costs 48 bytes of
 * state, and one generator serves the whole bank. Members only go forward: they cannot rewind
 * to the start of a stream or a substream, which nothing in a replication does.
 */
public final class StreamBank {
  private static final double M1 = 4294967087.0;
  private static final double M2 = 4294944443.0;
  private static final double NORM = 2.328306549295728E-10;
  private static final double A12 = 1403580.0;
  private static final double A13N = 810728.0;
  private static final double A21 = 527612.0;
  private static final double A23N = 1370589.0;

  private final double[] state;
  /** The member the bank's shared generators draw from; set before every draw. */
  private final Member cursor = new Member(0);

  /** Member i is the stream {@code streams.stream(prefix + i)}, for i from 0 to {@code count - 1}. */
  public StreamBank(Streams streams, String prefix, int count) {
    state = new double[6 * count];
    for (int i = 0; i < count; i++) {
      long[] s = streams.stream(prefix + i).getState();
      for (int k = 0; k < 6; k++) {
        state[6 * i + k] = s[k];
      }
    }
  }

  public int size() {
    return state.length / 6;
  }

  /** Member {@code i} as a stream of its own: a small view on the bank's state. */
  public RandomStream stream(int i) {
    return new Member(6 * checked(i));
  }

  /**
   * Samplers of {@code spec}, one per member, all drawing through one generator made by
   * {@link Variates#of}: each draw first points that generator's stream at the member. Exact
   * because those generators keep nothing between draws but their stream's state. Not for
   * concurrent use (a replication runs on one thread).
   */
  public IntFunction<Sampler> samplers(DistSpec spec) {
    Sampler shared = Variates.of(spec, cursor);
    return i -> {
      int at = 6 * checked(i);
      return () -> {
        cursor.at = at;
        return shared.sample();
      };
    };
  }

  private int checked(int i) {
    if (i < 0 || i >= size()) {
      throw new IndexOutOfBoundsException("member " + i + " of a bank of " + size() + " streams");
    }
    return i;
  }

  /** One step of MRG32k3a on the six values at {@code at}, as SSJ 3.3.2's {@code MRG32k3a.nextValue} computes it. */
  private double nextValue(int at) {
    double[] s = state;
    double p1 = A12 * s[at + 1] - A13N * s[at];
    int k = (int) (p1 / M1);
    p1 -= k * M1;
    if (p1 < 0.0) {
      p1 += M1;
    }
    s[at] = s[at + 1];
    s[at + 1] = s[at + 2];
    s[at + 2] = p1;
    double p2 = A21 * s[at + 5] - A23N * s[at + 3];
    k = (int) (p2 / M2);
    p2 -= k * M2;
    if (p2 < 0.0) {
      p2 += M2;
    }
    s[at + 3] = s[at + 4];
    s[at + 4] = s[at + 5];
    s[at + 5] = p2;
    return p1 > p2 ? (p1 - p2) * NORM : (p1 - p2 + M1) * NORM;
  }

  /** A member: SSJ's {@link RandomStreamBase} turns its values into doubles and ints as for any SSJ stream. */
  private final class Member extends RandomStreamBase {
    private static final long serialVersionUID = 1L;
    int at;

    Member(int at) {
      this.at = at;
    }

    @Override
    protected double nextValue() {
      return StreamBank.this.nextValue(at);
    }

    @Override
    public void resetStartStream() {
      throw new UnsupportedOperationException("a banked stream only goes forward");
    }

    @Override
    public void resetStartSubstream() {
      throw new UnsupportedOperationException("a banked stream only goes forward");
    }

    @Override
    public void resetNextSubstream() {
      throw new UnsupportedOperationException("a banked stream only goes forward");
    }

    @Override
    public String toString() {
      return "member " + at / 6 + " of a stream bank";
    }
  }
}
