package org.fcsim.floor;

import java.util.Arrays;

/**
 * A binary min-heap of (key, state) pairs on primitive arrays, for the least-time searches
 * ({@link LeastTimePaths}). A state may be pushed again with a smaller key; the caller skips the
 * stale copy when it comes out. Ties come out in no promised order; searches that need a
 * deterministic path break ties themselves.
 */
final class StateHeap {
  private double[] keys = new double[64];
  private int[] states = new int[64];
  private int size;

  void push(double key, int state) {
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, size * 2);
      states = Arrays.copyOf(states, size * 2);
    }
    int i = size++;
    while (i > 0 && keys[(i - 1) / 2] > key) {
      keys[i] = keys[(i - 1) / 2];
      states[i] = states[(i - 1) / 2];
      i = (i - 1) / 2;
    }
    keys[i] = key;
    states[i] = state;
  }

  /** Empties the heap, keeping its arrays. */
  void clear() {
    size = 0;
  }

  boolean isEmpty() {
    return size == 0;
  }

  /** Key of the smallest pair. */
  double peekKey() {
    return keys[0];
  }

  /** Removes the smallest pair and returns its state. */
  int pop() {
    int top = states[0];
    double key = keys[--size];
    int state = states[size];
    int i = 0;
    while (2 * i + 1 < size) {
      int child = 2 * i + 1;
      if (child + 1 < size && keys[child + 1] < keys[child]) {
        child++;
      }
      if (keys[child] >= key) {
        break;
      }
      keys[i] = keys[child];
      states[i] = states[child];
      i = child;
    }
    keys[i] = key;
    states[i] = state;
    return top;
  }
}
