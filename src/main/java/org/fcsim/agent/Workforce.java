package org.fcsim.agent;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;
import org.fcsim.agent.Associate.State;
import org.fcsim.sim.Action;
import org.fcsim.stats.Metric;
import org.fcsim.task.Performer;
import org.fcsim.task.Role;
import org.fcsim.task.TaskLedger;
import org.fcsim.task.TaskType;
import umontreal.ssj.simevents.Simulator;

/**
 * The associates of one replication and the tasks waiting for them. Work is offered with
 * {@link #request}; an eligible idle associate chosen by the {@link AssignmentPolicy} starts it
 * at once, otherwise it waits first-come-first-served in the queue of its (task type, post)
 * until an associate who can do it becomes free (who takes urgent types, jams, before older work). Each finished task is recorded in the
 * {@link TaskLedger} under the associate's role.
 *
 * <p>Eligible means: able to do the type (a primary task of the role or a cross-trained skill),
 * and bound to the task's post if the post is &gt;= 0, unbound if it is -1.
 *
 * <p>Cost: idle associates sit in one list per (role, post), ordered by idle time, so a request
 * looks at one head per role that can do the type; queues are one {@link ArrayDeque} per (task
 * type, post). The only allocation per task is its {@link Task} record.
 *
 * <p>Shift starts, shift ends and breaks fire before other events at the same instant (priority
 * {@value #SHIFT_EVENT_PRIORITY}): a task ending exactly at the end of a shift is the last one,
 * and a task requested exactly at a shift start can go to the new shift.
 */
public final class Workforce {
  /** SSJ priority of shift and break events; lower than the default 1, so they run first. */
  public static final double SHIFT_EVENT_PRIORITY = 0.5;
  private static final double SEC_PER_HOUR = 3600;

  /**
   * One unit of work for a person: created by {@link #request}, started by one associate,
   * recorded in the ledger when done. Times in simulated seconds.
   */
  public static final class Task {
    private final TaskType type;
    private final int post;
    private final double createdSec;
    private final double baseWorkSec;
    private final DoubleConsumer onStart;
    private final Runnable onDone;
    /** Creation order; queues compare tasks of different types by it ("oldest"). */
    private final long sequence;
    private double startSec = Double.NaN;
    private double workSec = Double.NaN;

    Task(TaskType type, int post, double createdSec, double baseWorkSec, DoubleConsumer onStart, Runnable onDone,
        long sequence) {
      this.type = type;
      this.post = post;
      this.createdSec = createdSec;
      this.baseWorkSec = baseWorkSec;
      this.onStart = onStart;
      this.onDone = onDone;
      this.sequence = sequence;
    }

    void started(double startSec, double workSec) {
      this.startSec = startSec;
      this.workSec = workSec;
    }

    public TaskType type() {
      return type;
    }

    /** The post the task is for, or -1 for any unbound associate. */
    public int post() {
      return post;
    }

    public double createdSec() {
      return createdSec;
    }

    /** Work time of a primary-role associate; the actual one may be longer (learning curve). */
    public double baseWorkSec() {
      return baseWorkSec;
    }

    /** When an associate started it; NaN while queued. */
    public double startSec() {
      return startSec;
    }

    /** Actual work time; NaN while queued. */
    public double workSec() {
      return workSec;
    }

    @Override
    public String toString() {
      return "task " + sequence + " (" + type.key() + (post >= 0 ? ", post " + post : "") + ", created at "
          + createdSec + " s)";
    }
  }

  /** The integral over time of a count of associates (on shift, working), since a reset. */
  private static final class Headcount {
    private int level;
    private double areaSec;
    private double sinceSec;

    void add(int delta, double nowSec) {
      areaSec += level * (nowSec - sinceSec);
      sinceSec = nowSec;
      level += delta;
    }

    double areaSec(double nowSec) {
      return areaSec + level * (nowSec - sinceSec);
    }

    void reset(double nowSec) {
      areaSec = 0;
      sinceSec = nowSec;
    }
  }

  /** Roles and task types as registered when this workforce was made: the sizes of its arrays. */
  private final List<Role> roles = Role.values();
  private final List<TaskType> types = TaskType.values();
  private final int roleCount = roles.size();
  private final int typeCount = types.size();
  private final Simulator simulator;
  private final WorkforceSpec spec;
  private final TaskLedger ledger;
  private final AssignmentPolicy policy;
  private final List<WorkforceSpec.Shift> shifts;
  private final List<Associate> associates = new ArrayList<>();
  private final List<List<Associate>> byShift = new ArrayList<>();
  /** Per shift, its associates by break group (rank within the role, in turn). */
  private final List<List<List<Associate>>> breakGroups = new ArrayList<>();
  private final Performer[] performers = new Performer[roleCount];
  /** Per task type, the roles (with people) that can do it, in role order. */
  private final Role[][] rolesAbleTo = new Role[typeCount][];
  private final int[] posts = new int[roleCount];
  private final int[] perPost = new int[roleCount];
  /** Idle lists per role, indexed by post + 1; head = idle longest, ties lowest index. */
  private final Associate[][] idleHead = new Associate[roleCount][];
  private final Associate[][] idleTail = new Associate[roleCount][];
  /** Waiting tasks per type, indexed by post + 1; a row grows when a larger post shows up. */
  private final ArrayDeque<Task>[][] queues;
  private final Headcount[] onShift = new Headcount[roleCount];
  private final Headcount[] busy = new Headcount[roleCount];
  /** Per role and binding (0 unbound, 1 bound to a post): associates available (IDLE or WORKING), and WORKING. */
  private final Headcount[][] available = new Headcount[roleCount][2];
  private final Headcount[][] working = new Headcount[roleCount][2];
  private final int[][] queuedAtReset = new int[roleCount][2];
  private final List<Associate> candidates = new ArrayList<>(roleCount);
  private final List<Associate> candidatesView = Collections.unmodifiableList(candidates);
  private final Metric[][] roleMetrics = new Metric[roleCount][];
  private final Metric waitingTasks = new Metric("waitingTasks", "tasks");
  private int queued;
  private long nextSequence;
  private boolean started;

  public Workforce(Simulator simulator, WorkforceSpec spec, TaskLedger ledger, AssignmentPolicy policy) {
    this.simulator = simulator;
    this.spec = spec;
    this.ledger = ledger;
    this.policy = policy;
    this.shifts = spec.effectiveShifts();
    for (int s = 0; s < shifts.size(); s++) {
      List<Associate> crew = new ArrayList<>();
      List<List<Associate>> groups = new ArrayList<>();
      for (int g = 0; g < shifts.get(s).breakGroups(); g++) {
        groups.add(new ArrayList<>());
      }
      for (Role role : roles) {
        for (int k = 0; k < spec.count(role, s); k++) {
          Associate a = new Associate(associates.size(), role, s, shifts.get(s), spec.skillsOf(role),
              spec.initialSlowdown(), spec.tasksToHalve(), simulator, this);
          associates.add(a);
          crew.add(a);
          groups.get(k % groups.size()).add(a);
        }
      }
      byShift.add(crew);
      breakGroups.add(groups);
    }
    for (Role role : roles) {
      int r = role.ordinal();
      performers[r] = Performer.of(role);
      idleHead[r] = new Associate[1];
      idleTail[r] = new Associate[1];
      onShift[r] = new Headcount();
      busy[r] = new Headcount();
      for (int b = 0; b < 2; b++) {
        available[r][b] = new Headcount();
        working[r][b] = new Headcount();
      }
      roleMetrics[r] = new Metric[] {new Metric("onShiftHours." + role.key(), "h"),
          new Metric("busyHours." + role.key(), "h"), new Metric("utilization." + role.key(), "fraction")};
    }
    for (TaskType type : types) {
      rolesAbleTo[type.ordinal()] = roles.stream()
          .filter(role -> spec.count(role) > 0
              && (role.primaryTasks().contains(type) || spec.skillsOf(role).contains(type)))
          .toArray(Role[]::new);
    }
    @SuppressWarnings("unchecked")
    ArrayDeque<Task>[][] rows = (ArrayDeque<Task>[][]) new ArrayDeque<?>[typeCount][1];
    queues = rows;
  }

  // ---- set-up ----

  /**
   * Binds, on every shift, the first {@code posts * perPost} associates of {@code role} to posts
   * 0..posts-1, {@code perPost} each (rank k goes to post k / perPost); the rest of the role is
   * unbound. A shift with fewer people fills the first posts only: the others have nobody on that
   * shift. Replaces an earlier binding of the role; {@code posts = 0} unbinds everybody.
   *
   * @throws IllegalStateException after {@link #start()}
   * @throws IllegalArgumentException if the role's largest shift has fewer than {@code posts * perPost} people
   */
  public void bindPosts(Role role, int posts, int perPost) {
    if (started) {
      throw new IllegalStateException("bindPosts(" + role.key() + ") after start()");
    }
    if (posts < 0 || perPost < 1 || (long) posts * perPost > spec.count(role)) {
      throw new IllegalArgumentException("cannot bind " + posts + " posts x " + perPost + " " + role.key()
          + "s: " + spec.count(role) + " per shift");
    }
    int r = role.ordinal();
    this.posts[r] = posts;
    this.perPost[r] = perPost;
    idleHead[r] = new Associate[posts + 1];
    idleTail[r] = new Associate[posts + 1];
    for (List<Associate> crew : byShift) {
      int rank = 0;
      for (Associate a : crew) {
        if (a.role() == role) {
          a.bindTo(rank < posts * perPost ? rank / perPost : -1);
          rank++;
        }
      }
    }
  }

  /**
   * Schedules every shift start, break and shift end on the simulator, relative to simulated
   * time 0 of the replication. Associates of a shift already under way are free at once (IDLE
   * unless tasks are queued); times already past are skipped. Call once.
   */
  public void start() {
    if (started) {
      throw new IllegalStateException("workforce already started");
    }
    started = true;
    scheduleCycle(0);
  }

  /**
   * Schedules cycle {@code k} of every shift (its start, breaks and end, offset by k periods),
   * and, if shifts repeat, the scheduling of the next cycle: only one cycle ahead is ever on the
   * event list, so a long horizon costs no memory.
   */
  private void scheduleCycle(int k) {
    double now = simulator.time();
    double offset = k * spec.repeatEverySec();
    for (int s = 0; s < shifts.size(); s++) {
      WorkforceSpec.Shift shift = shifts.get(s);
      List<Associate> crew = byShift.get(s);
      if (shift.endSec() + offset <= now) {
        continue;
      }
      if (shift.startSec() + offset <= now) {
        crew.forEach(Associate::onShiftStarted);
      } else {
        at(shift.startSec() + offset - now, () -> crew.forEach(Associate::onShiftStarted));
      }
      List<List<Associate>> groups = breakGroups.get(s);
      for (WorkforceSpec.Break b : shift.breaks()) {
        for (int g = 0; g < groups.size(); g++) {
          List<Associate> group = groups.get(g);
          double atSec = shift.breakAtSec(b, g) + offset;
          if (atSec >= now) {
            at(atSec - now, () -> group.forEach(a -> a.onBreakDue(b.durationSec())));
          }
        }
      }
      if (shift.endSec() < Double.POSITIVE_INFINITY) {
        at(shift.endSec() + offset - now, () -> crew.forEach(Associate::onShiftEnded));
      }
    }
    if (spec.repeatEverySec() > 0) {
      at(offset + spec.repeatEverySec() - now, () -> scheduleCycle(k + 1));
    }
  }

  private void at(double delaySec, Runnable handler) {
    Action action = new Action(simulator, handler);
    action.setPriority(SHIFT_EVENT_PRIORITY);
    action.schedule(delaySec);
  }

  // ---- work ----

  /**
   * A task is created now. An eligible idle associate chosen by the policy starts it at once;
   * otherwise it waits in the FIFO queue of (type, post). When the work is done, the ledger
   * records it under the associate's role (wait = start - now, work = actual work time), then
   * {@code onDone} runs (the associate still holds the task), then the associate moves on.
   *
   * @param post        the post (pick station index) whose associate must do it, or -1 for any
   *                    unbound associate
   * @param baseWorkSec work time at full speed, &gt;= 0
   * @param onDone      told when the work is done; may request more tasks
   * @throws IllegalStateException if the policy returns an associate not among the candidates
   */
  public void request(TaskType type, int post, double baseWorkSec, Runnable onDone) {
    request(type, post, baseWorkSec, null, onDone);
  }

  /**
   * As {@link #request(TaskType, int, double, Runnable)}, and {@code onStart} (may be null) is
   * told the actual work seconds when an associate starts the task: inside this call if one
   * is idle, else later. It runs once the associate is {@code WORKING} on the task.
   */
  public void request(TaskType type, int post, double baseWorkSec, DoubleConsumer onStart, Runnable onDone) {
    if (post < -1 || !(baseWorkSec >= 0) || Double.isInfinite(baseWorkSec) || onDone == null) {
      throw new IllegalArgumentException("bad request " + type + " post " + post + " baseWorkSec " + baseWorkSec
          + (onDone == null ? " without onDone" : ""));
    }
    Task task = new Task(type, post, simulator.time(), baseWorkSec, onStart, onDone, nextSequence++);
    candidates.clear();
    for (Role role : rolesAbleTo[type.ordinal()]) {
      Associate head = idleHeadOf(role, post);
      if (head != null) {
        candidates.add(head);
      }
    }
    if (candidates.isEmpty()) {
      queueOf(type, post).addLast(task);
      queued++;
      return;
    }
    Associate chosen = policy.choose(type, candidatesView);
    if (chosen == null || !containsSame(candidates, chosen)) {
      throw new IllegalStateException("assignment policy " + policy.getClass().getSimpleName() + " chose " + chosen
          + " for " + task + ", not one of the candidates " + candidates + ", at t=" + simulator.time() + " s");
    }
    chosen.begin(task);
  }

  private static boolean containsSame(List<Associate> list, Associate a) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == a) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether any associate, on any shift, could ever take a task of this type for this post;
   * if not, a request would wait forever.
   */
  public boolean canEverDo(TaskType type, int post) {
    for (Role role : rolesAbleTo[type.ordinal()]) {
      int r = role.ordinal();
      for (int s = 0; s < shifts.size(); s++) {
        int n = spec.count(role, s);
        if (post == -1 ? n > posts[r] * perPost[r] : post >= 0 && post < posts[r] && n > post * perPost[r]) {
          return true;
        }
      }
    }
    return false;
  }

  // ---- called by associates ----

  /**
   * Removes and returns the oldest queued task {@code a} can do at its post: primary task types
   * first, cross-trained ones only if no primary task waits, and within each, an
   * {@link TaskType#urgent urgent} type before older work; null if none.
   */
  Task takeOldestQueued(Associate a) {
    if (queued == 0) {
      return null;
    }
    Task oldest = oldestHead(a.primaryTypes, a.post());
    if (oldest == null) {
      oldest = oldestHead(a.crossTrainedTypes, a.post());
    }
    if (oldest != null) {
      queueOf(oldest.type, oldest.post).pollFirst();
      queued--;
    }
    return oldest;
  }

  private Task oldestHead(TaskType[] types, int post) {
    Task oldest = null;
    for (TaskType type : types) {
      ArrayDeque<Task>[] row = queues[type.ordinal()];
      ArrayDeque<Task> queue = post + 1 < row.length ? row[post + 1] : null;
      Task head = queue == null ? null : queue.peekFirst();
      if (head != null && (oldest == null || before(head, oldest))) {
        oldest = head;
      }
    }
    return oldest;
  }

  /** Queue order: {@link TaskType#urgent urgent} types first, then the oldest. */
  private static boolean before(Task a, Task b) {
    boolean urgentA = a.type.urgent();
    return urgentA != b.type.urgent() ? urgentA : a.sequence < b.sequence;
  }

  void taskStarted(Task task) {
    if (task.onStart != null) {
      task.onStart.accept(task.workSec);
    }
  }

  void finished(Associate a, Task task) {
    ledger.record(task.type, performers[a.role().ordinal()], task.startSec - task.createdSec, task.workSec);
    task.onDone.run();
  }

  /** Keeps head counts and idle lists in step with each associate's state. */
  void stateChanged(Associate a, State from, State to) {
    double now = simulator.time();
    int r = a.role().ordinal();
    if (from == State.OFF_SHIFT) {
      onShift[r].add(1, now);
    } else if (to == State.OFF_SHIFT) {
      onShift[r].add(-1, now);
    }
    if (from == State.WORKING) {
      busy[r].add(-1, now);
    } else if (to == State.WORKING) {
      busy[r].add(1, now);
    }
    int b = a.post() >= 0 ? 1 : 0;
    if (from == State.WORKING) {
      working[r][b].add(-1, now);
    } else if (to == State.WORKING) {
      working[r][b].add(1, now);
    }
    boolean wasAvailable = from == State.IDLE || from == State.WORKING;
    boolean isAvailable = to == State.IDLE || to == State.WORKING;
    if (wasAvailable != isAvailable) {
      available[r][b].add(isAvailable ? 1 : -1, now);
    }
    if (from == State.IDLE) {
      unlinkIdle(a);
    } else if (to == State.IDLE) {
      linkIdle(a);
    }
  }

  // ---- idle lists and queues ----

  private Associate idleHeadOf(Role role, int post) {
    Associate[] heads = idleHead[role.ordinal()];
    return post + 1 < heads.length ? heads[post + 1] : null;
  }

  /** Appends at the tail, stepping back past associates idle since the same instant with a higher index. */
  private void linkIdle(Associate a) {
    int r = a.role().ordinal();
    int p = a.post() + 1;
    Associate before = idleTail[r][p];
    while (before != null && before.idleSinceSec() == a.idleSinceSec() && before.index() > a.index()) {
      before = before.idlePrev;
    }
    Associate after = before == null ? idleHead[r][p] : before.idleNext;
    a.idlePrev = before;
    a.idleNext = after;
    if (before == null) {
      idleHead[r][p] = a;
    } else {
      before.idleNext = a;
    }
    if (after == null) {
      idleTail[r][p] = a;
    } else {
      after.idlePrev = a;
    }
    a.listedIdle = true;
  }

  private void unlinkIdle(Associate a) {
    int r = a.role().ordinal();
    int p = a.post() + 1;
    if (a.idlePrev == null) {
      idleHead[r][p] = a.idleNext;
    } else {
      a.idlePrev.idleNext = a.idleNext;
    }
    if (a.idleNext == null) {
      idleTail[r][p] = a.idlePrev;
    } else {
      a.idleNext.idlePrev = a.idlePrev;
    }
    a.idlePrev = null;
    a.idleNext = null;
    a.listedIdle = false;
  }

  private ArrayDeque<Task> queueOf(TaskType type, int post) {
    ArrayDeque<Task>[] row = queues[type.ordinal()];
    if (post + 1 >= row.length) {
      row = Arrays.copyOf(row, Math.max(post + 2, 2 * row.length));
      queues[type.ordinal()] = row;
    }
    if (row[post + 1] == null) {
      row[post + 1] = new ArrayDeque<>();
    }
    return row[post + 1];
  }

  // ---- statistics ----

  /** End of warm-up: on-shift and busy time restart from now. The ledger is reset by its owner. */
  public void resetStatistics() {
    double now = simulator.time();
    for (int r = 0; r < roleCount; r++) {
      onShift[r].reset(now);
      for (int b = 0; b < 2; b++) {
        available[r][b].reset(now);
        working[r][b].reset(now);
        queuedAtReset[r][b] = queuedFor(r, b);
      }
      busy[r].reset(now);
    }
  }

  /**
   * At the current simulated time, since the last reset, for every role with people (in role
   * order): {@code onShiftHours.<role>} (summed over associates, any state but OFF_SHIFT),
   * {@code busyHours.<role>} (WORKING), {@code utilization.<role>} (busy / on shift, 0 if never on
   * shift); then {@code waitingTasks}, the tasks queued now.
   */
  public Map<Metric, Double> metrics() {
    double now = simulator.time();
    Map<Metric, Double> out = new LinkedHashMap<>();
    for (Role role : roles) {
      if (spec.count(role) == 0) {
        continue;
      }
      int r = role.ordinal();
      double onShiftHours = onShift[r].areaSec(now) / SEC_PER_HOUR;
      double busyHours = busy[r].areaSec(now) / SEC_PER_HOUR;
      out.put(roleMetrics[r][0], onShiftHours);
      out.put(roleMetrics[r][1], busyHours);
      out.put(roleMetrics[r][2], onShiftHours > 0 ? busyHours / onShiftHours : 0.0);
    }
    out.put(waitingTasks, (double) queued);
    return out;
  }

  /**
   * The people as resources, for finding what binds a floor: per group with people — a role,
   * or for a role bound to posts its {@code .station} associates and its {@code .floater}s apart —
   * {@code utilizationOfAvailable.<group>}, working hours over available hours (idle or working:
   * breaks and time off shift excluded), and {@code queueGrowthPerHour.<group>}, the change since
   * the reset of the tasks waiting that the group does as its role's own, per hour.
   */
  public Map<Metric, Double> resourceMetrics(double hours) {
    double now = simulator.time();
    Map<Metric, Double> out = new LinkedHashMap<>();
    for (Role role : roles) {
      int r = role.ordinal();
      for (int b = 0; b < 2; b++) {
        boolean split = posts[r] > 0;
        if (countIn(role, b) == 0) {
          continue;
        }
        String group = role.key() + (split ? (b == 1 ? ".station" : ".floater") : "");
        double availableSec = available[r][b].areaSec(now);
        out.put(new Metric("utilizationOfAvailable." + group, "fraction"),
            availableSec > 0 ? working[r][b].areaSec(now) / availableSec : Double.NaN);
        out.put(new Metric("queueGrowthPerHour." + group, "tasks/h"), (queuedFor(r, b) - queuedAtReset[r][b]) / hours);
      }
    }
    return out;
  }

  /** Associates of {@code role} on its largest such shift bound to posts (b = 1) or not (b = 0). */
  private int countIn(Role role, int b) {
    int r = role.ordinal();
    int bound = posts[r] * perPost[r];
    int most = 0;
    for (int s = 0; s < shifts.size(); s++) {
      int n = spec.count(role, s);
      most = Math.max(most, b == 1 ? Math.min(n, bound) : n - Math.min(n, bound));
    }
    return most;
  }

  /** Tasks waiting now of the role's own types, at posts (b = 1) or for anyone (b = 0). */
  private int queuedFor(int r, int b) {
    int n = 0;
    for (TaskType type : roles.get(r).primaryTasks()) {
      ArrayDeque<Task>[] row = queues[type.ordinal()];
      for (int p = b == 1 ? 1 : 0; p < (b == 1 ? row.length : Math.min(1, row.length)); p++) {
        n += row[p] == null ? 0 : row[p].size();
      }
    }
    return n;
  }

  /**
   * Checks the bookkeeping; for tests and debug runs (it scans everybody).
   *
   * @throws IllegalStateException naming the invariant, the associate or task and the time
   */
  public void checkInvariants() {
    double now = simulator.time();
    int idle = 0;
    for (Associate a : associates) {
      if ((a.state() == State.WORKING) != (a.currentTask() != null)) {
        fail("task in hand iff WORKING", a + " holds " + a.currentTask(), now);
      }
      if ((a.state() == State.IDLE) != a.listedIdle) {
        fail("idle-listed iff IDLE", a + (a.listedIdle ? " is listed idle" : " is not listed idle"), now);
      }
      if (a.state() == State.IDLE) {
        idle++;
      }
    }
    int listed = 0;
    for (int r = 0; r < roleCount; r++) {
      for (int p = 0; p < idleHead[r].length; p++) {
        Associate prev = null;
        for (Associate a = idleHead[r][p]; a != null; prev = a, a = a.idleNext) {
          listed++;
          if (a.state() != State.IDLE || a.role().ordinal() != r || a.post() + 1 != p || a.idlePrev != prev) {
            fail("idle list holds idle associates of its role and post", a + " in the list of "
                + roles.get(r).key() + " post " + (p - 1), now);
          }
          if (prev != null && (prev.idleSinceSec() > a.idleSinceSec()
              || prev.idleSinceSec() == a.idleSinceSec() && prev.index() > a.index())) {
            fail("idle list ordered by idle time, then index", a + " after " + prev, now);
          }
        }
        if (idleTail[r][p] != prev) {
          fail("idle list tail", "tail " + idleTail[r][p] + " but last " + prev, now);
        }
      }
    }
    if (listed != idle) {
      fail("every idle associate listed once", listed + " listed, " + idle + " idle", now);
    }
    int inQueues = 0;
    for (TaskType type : types) {
      ArrayDeque<Task>[] row = queues[type.ordinal()];
      for (int p = 0; p < row.length; p++) {
        if (row[p] == null || row[p].isEmpty()) {
          continue;
        }
        inQueues += row[p].size();
        for (Role role : rolesAbleTo[type.ordinal()]) {
          Associate head = idleHeadOf(role, p - 1);
          if (head != null) {
            fail("work conservation", row[p].peekFirst() + " waits while " + head + " could take it", now);
          }
        }
      }
    }
    if (inQueues != queued) {
      fail("queued count", queued + " counted, " + inQueues + " in queues", now);
    }
    for (Role role : roles) {
      int r = role.ordinal();
      double busyHours = busy[r].areaSec(now) / SEC_PER_HOUR;
      double onShiftHours = onShift[r].areaSec(now) / SEC_PER_HOUR;
      if (busyHours > onShiftHours + 1e-9) {
        fail("busy hours <= on-shift hours", role.key() + ": " + busyHours + " h busy, " + onShiftHours
            + " h on shift", now);
      }
    }
  }

  private static void fail(String invariant, String detail, double nowSec) {
    throw new IllegalStateException("invariant \"" + invariant + "\" broken: " + detail + " at t=" + nowSec + " s");
  }

  // ---- accessors ----

  /** Every associate, by index: by shift, then role order, then rank within the role. */
  public List<Associate> associates() {
    return Collections.unmodifiableList(associates);
  }

  /** Tasks waiting for an associate now. */
  public int queued() {
    return queued;
  }

  public WorkforceSpec spec() {
    return spec;
  }
}
