package org.fcsim.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Heap measurements through the JVM's memory beans. Two kinds:
 * <ul>
 *   <li><b>peak heap</b>: the most heap in use, garbage included, since {@link #settle()}: the sum
 *       of each heap pool's peak, which is what the run asked of the JVM with its default sizing;</li>
 *   <li><b>live heap</b>: heap in use right after a full collection ({@link #liveBytes()}), which is
 *       what the model really holds at that moment. The bench takes it at checkpoints in simulated
 *       time, during the untimed warm-up repetition only.</li>
 * </ul>
 */
final class HeapMeter {
  private static final List<MemoryPoolMXBean> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
      .filter(p -> p.getType() == MemoryType.HEAP).toList();

  private HeapMeter() {}

  /** Collects garbage, restarts the peak counters and returns the live heap now (bytes). */
  static long settle() {
    long live = liveBytes();
    HEAP_POOLS.forEach(MemoryPoolMXBean::resetPeakUsage);
    return live;
  }

  /** Sum of the heap pools' peak use since the last {@link #settle()}, in bytes. */
  static long peakBytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : HEAP_POOLS) {
      sum += pool.getPeakUsage().getUsed();
    }
    return sum;
  }

  /** Heap in use after a full collection, in bytes. */
  static long liveBytes() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  static double mb(long bytes) {
    return bytes / (1024.0 * 1024.0);
  }
}
