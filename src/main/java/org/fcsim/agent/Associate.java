package org.fcsim.agent;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import org.fcsim.agent.Workforce.Task;
import org.fcsim.sim.Action;
import org.fcsim.task.Role;
import org.fcsim.task.TaskType;
import umontreal.ssj.simevents.Simulator;

/**
 * One person on the floor, belonging to one role and one shift, optionally bound to a post
 * (a pick station). Its cycle:
 * <ol>
 *   <li>{@code OFF_SHIFT} until {@link #onShiftStarted}; then free (step 2).</li>
 *   <li>Free: take the oldest queued task it can do at its post, primary task types before
 *       cross-trained ones, and start it ({@code WORKING}); if none is queued, {@code IDLE} until
 *       the {@link Workforce} hands it a new task through its {@link AssignmentPolicy}.</li>
 *   <li>{@link #onTaskDone}: the ledger records the task, its requester is told, then: off
 *       shift if the shift ended meanwhile (the task's overtime counted as on shift), else on
 *       break if one fell due meanwhile, else free again (step 2).</li>
 *   <li>{@link #onBreakDue}: an {@code IDLE} associate goes {@code ON_BREAK} at once, a working
 *       one after its task; {@link #onBreakOver} the full break duration later, then free.</li>
 *   <li>{@link #onShiftEnded}: {@code IDLE} or {@code ON_BREAK} go {@code OFF_SHIFT} at once;
 *       {@code WORKING} after the task in hand.</li>
 * </ol>
 * Cross-trained task types take longer at first: see {@link #multiplier}.
 */
public final class Associate {
  /** Where an associate is in its cycle; exactly one at any time. */
  public enum State { OFF_SHIFT, IDLE, WORKING, ON_BREAK }

  private final int index;
  private final Role role;
  private final int shiftIndex;
  private final WorkforceSpec.Shift shift;
  private final Set<TaskType> skills;
  private final boolean[] primary = new boolean[TaskType.values().size()];
  private final boolean[] able = new boolean[TaskType.values().size()];
  /** Primary task types, then cross-trained ones: the order a free associate looks at queues. */
  final TaskType[] primaryTypes;
  final TaskType[] crossTrainedTypes;
  private final double initialSlowdown;
  private final double tasksToHalve;
  private final long[] tasksDone = new long[TaskType.values().size()];
  private final Simulator simulator;
  private final Workforce workforce;
  private final Action taskDone;
  private final Action breakOver;
  private int post = -1;
  private State state = State.OFF_SHIFT;
  private Task task;
  private double idleSinceSec = Double.NaN;
  /** Break time fallen due but not started (the associate was working or already on break). */
  private double pendingBreakSec;
  /** The shift ended while working: go off shift when the task is done. */
  private boolean shiftOver;

  // links of the workforce's idle list for (role, post), ordered by idle time then index
  Associate idlePrev;
  Associate idleNext;
  boolean listedIdle;

  Associate(int index, Role role, int shiftIndex, WorkforceSpec.Shift shift, Set<TaskType> skills,
      double initialSlowdown, double tasksToHalve, Simulator simulator, Workforce workforce) {
    this.index = index;
    this.role = role;
    this.shiftIndex = shiftIndex;
    this.shift = shift;
    Set<TaskType> primaries = role.primaryTasks();
    TreeSet<TaskType> cross = new TreeSet<>();
    cross.addAll(skills);
    cross.removeAll(primaries);
    this.skills = Collections.unmodifiableSet(cross);
    for (TaskType t : primaries) {
      primary[t.ordinal()] = true;
      able[t.ordinal()] = true;
    }
    for (TaskType t : cross) {
      able[t.ordinal()] = true;
    }
    this.primaryTypes = primaries.toArray(new TaskType[0]);
    this.crossTrainedTypes = cross.toArray(new TaskType[0]);
    this.initialSlowdown = initialSlowdown;
    this.tasksToHalve = tasksToHalve;
    this.simulator = simulator;
    this.workforce = workforce;
    this.taskDone = new Action(simulator, this::onTaskDone);
    this.breakOver = new Action(simulator, this::onBreakOver);
  }

  // ---- the cycle ----

  void onShiftStarted() {
    if (state == State.OFF_SHIFT) {
      shiftOver = false;
      becomeFree();
    }
  }

  void onShiftEnded() {
    pendingBreakSec = 0;
    switch (state) {
      case IDLE -> moveTo(State.OFF_SHIFT);
      case ON_BREAK -> {
        breakOver.cancel();
        moveTo(State.OFF_SHIFT);
      }
      case WORKING -> shiftOver = true;
      case OFF_SHIFT -> { }
    }
  }

  /**
   * A break of {@code durationSec} falls due. Break time that falls due while on break is
   * taken right after the current one.
   */
  void onBreakDue(double durationSec) {
    switch (state) {
      case IDLE -> {
        pendingBreakSec += durationSec;
        startBreak();
      }
      case WORKING, ON_BREAK -> pendingBreakSec += durationSec;
      case OFF_SHIFT -> { }
    }
  }

  void onBreakOver() {
    if (pendingBreakSec > 0) {
      startBreak();
    } else {
      becomeFree();
    }
  }

  /** Starts {@code t} now; called when free, or by the workforce when this associate is idle. */
  void begin(Task t) {
    moveTo(State.WORKING);
    task = t;
    t.started(simulator.time(), t.baseWorkSec() * multiplier(t.type()));
    taskDone.schedule(t.workSec());
    workforce.taskStarted(t);
  }

  void onTaskDone() {
    tasksDone[task.type().ordinal()]++;
    workforce.finished(this, task); // still WORKING with the task in hand while its requester hears
    task = null;
    if (shiftOver) {
      shiftOver = false;
      moveTo(State.OFF_SHIFT);
    } else if (pendingBreakSec > 0) {
      startBreak();
    } else {
      becomeFree();
    }
  }

  private void startBreak() {
    double durationSec = pendingBreakSec;
    pendingBreakSec = 0;
    moveTo(State.ON_BREAK);
    breakOver.schedule(durationSec);
  }

  private void becomeFree() {
    Task next = workforce.takeOldestQueued(this);
    if (next != null) {
      begin(next);
    } else {
      moveTo(State.IDLE);
    }
  }

  private void moveTo(State next) {
    State before = state;
    if (before == next) {
      return;
    }
    state = next;
    if (next == State.IDLE) {
      idleSinceSec = simulator.time();
    }
    workforce.stateChanged(this, before, next);
  }

  // ---- what an associate can do, and how fast ----

  /** Whether the type is a primary task of the role or one of its cross-trained skills. */
  public boolean canDo(TaskType type) {
    return able[type.ordinal()];
  }

  /** Whether the type is one of the role's primary tasks (done without a learning curve). */
  public boolean isPrimary(TaskType type) {
    return primary[type.ordinal()];
  }

  /**
   * Work-time multiplier for the next task of {@code type}: 1 for a primary task, else
   * {@code 1 + (initialSlowdown - 1) * 0.5^(n / tasksToHalve)}, n = tasks of that type this
   * associate has finished.
   *
   * @throws IllegalArgumentException if the associate cannot do the type
   */
  public double multiplier(TaskType type) {
    if (primary[type.ordinal()]) {
      return 1;
    }
    if (!able[type.ordinal()]) {
      throw new IllegalArgumentException(this + " cannot do " + type.key());
    }
    return 1 + (initialSlowdown - 1) * Math.pow(0.5, tasksDone[type.ordinal()] / tasksToHalve);
  }

  // ---- accessors ----

  /** Unique within the workforce; by shift, then role order, then rank within the role. */
  public int index() {
    return index;
  }

  public Role role() {
    return role;
  }

  /** Index of this associate's shift in {@link WorkforceSpec#effectiveShifts()}. */
  public int shiftIndex() {
    return shiftIndex;
  }

  public WorkforceSpec.Shift shift() {
    return shift;
  }

  /** Cross-trained task types, without the role's primary ones. */
  public Set<TaskType> skills() {
    return skills;
  }

  /** The post this associate serves (pick station index), or -1 if not bound to one. */
  public int post() {
    return post;
  }

  void bindTo(int post) {
    this.post = post;
  }

  public State state() {
    return state;
  }

  /** The task in hand; {@code null} unless {@link State#WORKING}. */
  public Task currentTask() {
    return task;
  }

  /** Tasks of {@code type} finished since the start of the run (warm-up included). */
  public long tasksDone(TaskType type) {
    return tasksDone[type.ordinal()];
  }

  /** When the associate last became {@link State#IDLE}; meaningful only while idle. */
  public double idleSinceSec() {
    return idleSinceSec;
  }

  @Override
  public String toString() {
    return "associate " + index + " (" + role.key() + ", shift " + shiftIndex
        + (post >= 0 ? ", post " + post : "") + ", " + state + ")";
  }
}
