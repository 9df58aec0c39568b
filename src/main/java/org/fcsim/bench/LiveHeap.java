package org.fcsim.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The live heap of one run, taken at checkpoints in simulated time: each checkpoint forces a
 * full collection and records the heap in use above what was live before the run started. Only
 * for untimed runs (a full collection takes tens of milliseconds).
 */
final class LiveHeap {
  /** One checkpoint: simulated time (s) and live heap above the idle level (bytes). */
  record Mark(double timeSec, long bytes) {}

  private final long idleBytes;
  private final List<Mark> marks = new ArrayList<>();
  private long checkpointNanos;

  /** Measures the idle level now, before the run. */
  LiveHeap() {
    this.idleBytes = HeapMeter.liveBytes();
  }

  /** Called at a checkpoint, at simulated time {@code timeSec}. */
  void checkpoint(double timeSec) {
    long start = System.nanoTime();
    marks.add(new Mark(timeSec, Math.max(0, HeapMeter.liveBytes() - idleBytes)));
    checkpointNanos += System.nanoTime() - start;
  }

  /** Wall seconds spent in checkpoints (their full collections), to take out of a run's time. */
  double checkpointSec() {
    return checkpointNanos / 1e9;
  }

  List<Mark> marks() {
    return List.copyOf(marks);
  }

  /** The largest live heap seen at a checkpoint, in bytes; 0 if none was reached. */
  long maxBytes() {
    return marks.stream().mapToLong(Mark::bytes).max().orElse(0);
  }
}
