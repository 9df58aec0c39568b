package org.fcsim.sim;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import umontreal.ssj.rng.MRG32k3a;

/**
 * Named MRG32k3a random streams for one replication.
 *
 * <p>A stream's seed is derived from (scenario seed, stream name) by SHA-256, so a stream
 * never depends on how many other streams exist or in which order they were made: adding a
 * source of randomness does not shift existing ones, and nothing touches SSJ's unsynchronized
 * package seed. Replication r then uses substream r of each stream, so two scenario variants
 * with the same seed see the same numbers in replication r (common random numbers). The
 * class is a pure function of (seed, name, r): thread-safe and identical on any thread.
 */
public final class Streams {
  private static final long M1 = 4294967087L;
  private static final long M2 = 4294944443L;
  /** Made once, on class initialization; every stream is a clone with its own seed. */
  private static final MRG32k3a PROTOTYPE = new MRG32k3a();

  private final long seed;
  private final int replication;

  public Streams(long seed, int replication) {
    if (replication < 0) {
      throw new IllegalArgumentException("replication index must be >= 0: " + replication);
    }
    this.seed = seed;
    this.replication = replication;
  }

  /** A fresh stream positioned at the start of substream {@code replication} of stream {@code name}. */
  public MRG32k3a stream(String name) {
    MRG32k3a stream = PROTOTYPE.clone(); // reads only the prototype's own state: safe on any thread
    stream.setSeed(seedFor(name));
    for (int r = 0; r < replication; r++) {
      stream.resetNextSubstream();
    }
    return stream;
  }

  public int replication() {
    return replication;
  }

  long[] seedFor(String name) {
    byte[] digest = sha256(seed + "/" + name);
    ByteBuffer bytes = ByteBuffer.wrap(digest);
    long[] s = new long[6];
    for (int i = 0; i < 6; i++) {
      long word = Integer.toUnsignedLong(bytes.getInt());
      // MRG32k3a needs the first three below m1 and the last three below m2, neither triple all zero
      s[i] = word % (i < 3 ? M1 : M2);
    }
    if (s[0] == 0 && s[1] == 0 && s[2] == 0) {
      s[0] = 1;
    }
    if (s[3] == 0 && s[4] == 0 && s[5] == 0) {
      s[3] = 1;
    }
    return s;
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
