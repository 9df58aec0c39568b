package org.fcsim.task;

import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.DoubleSupplier;

/**
 * The task ledger of one replication: for each (task type, performer), how many tasks finished
 * and the hours spent waiting for a performer and working. A task is recorded when it finishes;
 * {@link #reset()} at the end of warm-up forgets what finished before it.
 */
public final class TaskLedger {
  /** Totals of one cell; times in seconds. */
  public static final class Cell {
    private long count;
    private double waitSec;
    private double workSec;

    public long count() {
      return count;
    }

    public double waitSec() {
      return waitSec;
    }

    public double workSec() {
      return workSec;
    }
  }

  /**
   * A cell key. Cells are listed people first, by task type then role; then robots, by kind
   * then task type: the same order however the parts of a floor declare them.
   */
  public record Key(TaskType type, Performer performer) {}

  private static final Comparator<Key> ORDER = (a, b) -> {
    boolean human = a.performer().human();
    if (human != b.performer().human()) {
      return human ? -1 : 1;
    }
    int byType = a.type().compareTo(b.type());
    int byPerformer = Integer.compare(a.performer().ordinal(), b.performer().ordinal());
    return human ? (byType != 0 ? byType : byPerformer) : (byPerformer != 0 ? byPerformer : byType);
  };

  /**
   * Hears every finished task as it is recorded, before the measurement window cuts it: a probe
   * for tests and traces (a replication's results never depend on one).
   */
  @FunctionalInterface
  public interface Listener {
    void recorded(TaskType type, Performer performer, double waitSec, double workSec);
  }

  private final Map<Key, Cell> cells = new HashMap<>();
  private Listener listener;
  private Map<Key, Cell> ordered;
  private final DoubleSupplier clock;
  private double windowStartSec;

  /** A ledger that records times as given. */
  public TaskLedger() {
    this(null);
  }

  /**
   * A ledger that counts only the part of each task inside the measurement window: a task that
   * straddles the warm-up reset contributes its waiting and working time after the reset.
   *
   * @param clock the replication's simulated time, read when a task is recorded
   */
  public TaskLedger(DoubleSupplier clock) {
    this.clock = clock;
  }

  /**
   * Records one finished task.
   *
   * @param waitSec time from the task's creation until its performer started it
   * @param workSec time the performer spent on it
   */
  public void record(TaskType type, Performer performer, double waitSec, double workSec) {
    if (listener != null) {
      listener.recorded(type, performer, waitSec, workSec);
    }
    if (clock != null) {
      double inWindow = clock.getAsDouble() - windowStartSec;
      double work = Math.min(workSec, inWindow);
      waitSec = Math.max(0, Math.min(waitSec, inWindow - work));
      workSec = work;
    }
    Cell cell = cell(new Key(type, performer));
    cell.count++;
    cell.waitSec += waitSec;
    cell.workSec += workSec;
  }

  /** Sets the one {@link Listener} (null: none). */
  public void listen(Listener listener) {
    this.listener = listener;
  }

  /** Declares a cell that may stay empty, so every replication reports the same cells. */
  public void declare(TaskType type, Performer performer) {
    cell(new Key(type, performer));
  }

  private Cell cell(Key key) {
    Cell cell = cells.get(key);
    if (cell == null) {
      cell = new Cell();
      cells.put(key, cell);
      ordered = null;
    }
    return cell;
  }

  public void reset() {
    if (clock != null) {
      windowStartSec = clock.getAsDouble();
    }
    for (Map.Entry<Key, Cell> e : cells.entrySet()) {
      e.setValue(new Cell());
    }
    ordered = null;
  }

  /** Every cell, in the order of {@link Key}; a read-only view. */
  public Map<Key, Cell> cells() {
    if (ordered == null) {
      TreeMap<Key, Cell> sorted = new TreeMap<>(ORDER);
      sorted.putAll(cells);
      ordered = Collections.unmodifiableMap(sorted);
    }
    return ordered;
  }

  /** Working seconds of all cells whose performer is human. */
  public double humanWorkSec() {
    return cells().entrySet().stream().filter(e -> e.getKey().performer().human())
        .mapToDouble(e -> e.getValue().workSec).sum();
  }
}
