package org.fcsim.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunRecordTest {
  @Test
  void scenarioHashIsSha256OfTheBytesAsRead() {
    RunRecord run = new RunRecord("abc", Path.of("abc.yaml"),
        "abc".getBytes(StandardCharsets.US_ASCII), "", 1, "v", List.of(), 1,
        Runs.START, Runs.END, List.of());
    // FIPS 180-2 test vector for "abc"
    assertEquals("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        run.scenarioHash());
  }

  @Test
  void scenarioBytesAreCopiedAndComparedByContent() {
    byte[] bytes = {1, 2, 3};
    RunRecord a = new RunRecord("s", Path.of("s.yaml"), bytes, "", 1, "v", List.of(), 1,
        Runs.START, Runs.END, List.of());
    bytes[0] = 9;
    a.scenarioBytes()[1] = 9;
    assertArrayEquals(new byte[] {1, 2, 3}, a.scenarioBytes());
    RunRecord b = new RunRecord("s", Path.of("s.yaml"), new byte[] {1, 2, 3}, "", 1, "v",
        List.of(), 1, Runs.START, Runs.END, List.of());
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
  }

  @Test
  void wallTimeIsEndMinusStartInSeconds() {
    assertEquals(121.25, Runs.run().wallTimeSec(), 1e-9);
  }

  @Test
  void rejectsEndBeforeStartAndNoThreads() {
    assertThrows(IllegalArgumentException.class, () -> new RunRecord("s", Path.of("s"),
        new byte[0], "", 1, "v", List.of(), 1, Runs.END, Runs.START, List.of()));
    assertThrows(IllegalArgumentException.class, () -> new RunRecord("s", Path.of("s"),
        new byte[0], "", 1, "v", List.of(), 0, Runs.START, Runs.END, List.of()));
  }
}
