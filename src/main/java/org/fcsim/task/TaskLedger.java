package org.fcsim.task;

import java.util.LinkedHashMap;
import java.util.Map;
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

  /** A cell key; ordering is by task type, then first appearance of the performer. */
  public record Key(TaskType type, Performer performer) {}

  private final Map<Key, Cell> cells = new LinkedHashMap<>();
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
    if (clock != null) {
      double inWindow = clock.getAsDouble() - windowStartSec;
      double work = Math.min(workSec, inWindow);
      waitSec = Math.max(0, Math.min(waitSec, inWindow - work));
      workSec = work;
    }
    Cell cell = cells.computeIfAbsent(new Key(type, performer), k -> new Cell());
    cell.count++;
    cell.waitSec += waitSec;
    cell.workSec += workSec;
  }

  /** Declares a cell that may stay empty, so every replication reports the same cells. */
  public void declare(TaskType type, Performer performer) {
    cells.computeIfAbsent(new Key(type, performer), k -> new Cell());
  }

  public void reset() {
    if (clock != null) {
      windowStartSec = clock.getAsDouble();
    }
    for (Map.Entry<Key, Cell> e : cells.entrySet()) {
      e.setValue(new Cell());
    }
  }

  /** Cells in declaration/first-record order. */
  public Map<Key, Cell> cells() {
    return cells;
  }

  /** Working seconds of all cells whose performer is human. */
  public double humanWorkSec() {
    return cells.entrySet().stream().filter(e -> e.getKey().performer().human())
        .mapToDouble(e -> e.getValue().workSec).sum();
  }
}
