package org.fcsim.agent;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.fcsim.task.Role;
import org.fcsim.task.TaskType;

/**
 * Who works on the floor and when: plain data, checked on construction, no simulation.
 * Times are simulated seconds from the start of the replication.
 *
 * @param countPerShift   people of each role on each shift (a role absent or 0 has nobody); with
 *                        3 shifts and 20 pickers there are 60 picker associates, 20 per shift
 * @param skills          per role, the task types its people are cross-trained on besides
 *                        {@link Role#primaryTasks()}; done with the learning curve; may be empty
 * @param shifts          the shifts, each with its breaks; empty means one shift covering the
 *                        whole run without breaks
 * @param initialSlowdown work-time multiplier of a cross-trained task type never done before;
 *                        &gt;= 1 (1 = no learning curve)
 * @param tasksToHalve    tasks of one type after which the extra time over the primary-role time
 *                        has halved; &gt; 0
 * @param repeatEverySec  0: the shifts happen once; otherwise every shift (with its breaks)
 *                        recurs with this period (a day: 86400), worked by the same people
 * @param countByShift    roles whose headcount differs by shift: one count per shift of
 *                        {@link #effectiveShifts()}, replacing the role's {@code countPerShift}
 */
public record WorkforceSpec(Map<Role, Integer> countPerShift, Map<Role, Set<TaskType>> skills,
    List<Shift> shifts, double initialSlowdown, double tasksToHalve, double repeatEverySec,
    Map<Role, List<Integer>> countByShift) {

  /** Shifts that happen once. */
  public WorkforceSpec(Map<Role, Integer> countPerShift, Map<Role, Set<TaskType>> skills,
      List<Shift> shifts, double initialSlowdown, double tasksToHalve) {
    this(countPerShift, skills, shifts, initialSlowdown, tasksToHalve, 0);
  }

  /** The same headcount on every shift. */
  public WorkforceSpec(Map<Role, Integer> countPerShift, Map<Role, Set<TaskType>> skills,
      List<Shift> shifts, double initialSlowdown, double tasksToHalve, double repeatEverySec) {
    this(countPerShift, skills, shifts, initialSlowdown, tasksToHalve, repeatEverySec, Map.of());
  }

  /**
   * One shift; its associates are on the floor from {@code startSec} to {@code endSec}, plus
   * the rest of the task in hand at {@code endSec}.
   *
   * @param startSec        &gt;= 0
   * @param endSec          &gt; startSec; may be {@link Double#POSITIVE_INFINITY}
   * @param breaks          in time order, inside the shift, not overlapping; may be empty
   * @param breakGroups     the people of each role on the shift take their breaks in this many
   *                        groups, by rank within the role in turn (rank k in group k mod groups):
   *                        &gt;= 1, 1 = everyone at once
   * @param breakStaggerSec group g takes every break {@code g * breakStaggerSec} after its time;
   *                        &gt;= 0, and the last group's breaks must start inside the shift
   */
  public record Shift(double startSec, double endSec, List<Break> breaks, int breakGroups, double breakStaggerSec) {
    /** Everyone breaks at once. */
    public Shift(double startSec, double endSec, List<Break> breaks) {
      this(startSec, endSec, breaks, 1, 0);
    }

    public Shift {
      if (breakGroups < 1 || !(breakStaggerSec >= 0) || Double.isInfinite(breakStaggerSec)) {
        throw new IllegalArgumentException("breakGroups must be >= 1 and breakStaggerSec finite and >= 0: "
            + breakGroups + ", " + breakStaggerSec);
      }
      if (!(startSec >= 0) || Double.isInfinite(startSec)) {
        throw new IllegalArgumentException("shift startSec must be finite and >= 0: " + startSec);
      }
      if (!(endSec > startSec)) {
        throw new IllegalArgumentException("shift endSec must be > startSec " + startSec + ": " + endSec);
      }
      breaks = List.copyOf(breaks);
      for (int i = 0; i < breaks.size(); i++) {
        Break b = breaks.get(i);
        if (b.atSec() < startSec || b.atSec() >= endSec) {
          throw new IllegalArgumentException("break " + i + " at " + b.atSec() + " s is outside the shift ["
              + startSec + ", " + endSec + ") s");
        }
        if (i > 0) {
          Break before = breaks.get(i - 1);
          if (b.atSec() < before.atSec() + before.durationSec()) {
            throw new IllegalArgumentException("break " + i + " at " + b.atSec() + " s starts before break "
                + (i - 1) + " (" + before.atSec() + " s + " + before.durationSec() + " s) is over");
          }
        }
        double lastGroupAt = b.atSec() + (breakGroups - 1) * breakStaggerSec;
        if (lastGroupAt >= endSec) {
          throw new IllegalArgumentException("break " + i + " of the last group at " + lastGroupAt
              + " s is outside the shift [" + startSec + ", " + endSec + ") s");
        }
      }
    }

    /** When group {@code group} takes {@code b}. */
    public double breakAtSec(Break b, int group) {
      return b.atSec() + group * breakStaggerSec;
    }

    /** One shift from 0 to forever without breaks: what an empty shift list means. */
    public static Shift wholeRun() {
      return new Shift(0, Double.POSITIVE_INFINITY, List.of());
    }
  }

  /**
   * A break every associate of the shift takes: at {@code atSec}, or when the task in hand is
   * done if later, for the full {@code durationSec} from then.
   *
   * @param atSec       finite
   * @param durationSec finite, &gt; 0
   */
  public record Break(double atSec, double durationSec) {
    public Break {
      if (!Double.isFinite(atSec)) {
        throw new IllegalArgumentException("break atSec must be finite: " + atSec);
      }
      if (!(durationSec > 0) || Double.isInfinite(durationSec)) {
        throw new IllegalArgumentException("break durationSec must be finite and > 0: " + durationSec);
      }
    }
  }

  /** Copies the collections (role-ordered, unmodifiable) and checks every range. */
  public WorkforceSpec {
    if (!(repeatEverySec >= 0) || Double.isInfinite(repeatEverySec)) {
      throw new IllegalArgumentException("repeatEverySec must be finite and >= 0: " + repeatEverySec);
    }
    for (Shift shift : shifts) {
      if (repeatEverySec > 0 && shift.endSec() - shift.startSec() > repeatEverySec) {
        throw new IllegalArgumentException("a shift of " + (shift.endSec() - shift.startSec())
            + " s cannot repeat every " + repeatEverySec + " s");
      }
    }
    TreeMap<Role, Integer> counts = new TreeMap<>();
    for (Map.Entry<Role, Integer> e : countPerShift.entrySet()) {
      if (e.getKey() == null || e.getValue() == null || e.getValue() < 0) {
        throw new IllegalArgumentException("countPerShift needs a role and a count >= 0: " + e);
      }
      counts.put(e.getKey(), e.getValue());
    }
    countPerShift = Collections.unmodifiableMap(counts);
    TreeMap<Role, Set<TaskType>> skillCopy = new TreeMap<>();
    for (Map.Entry<Role, Set<TaskType>> e : skills.entrySet()) {
      if (e.getKey() == null || e.getValue() == null) {
        throw new IllegalArgumentException("skills needs a role and a set of task types: " + e);
      }
      TreeSet<TaskType> types = new TreeSet<>();
      for (TaskType type : e.getValue()) {
        if (type == null) {
          throw new IllegalArgumentException("skills of " + e.getKey().key() + " hold a null task type");
        }
        types.add(type);
      }
      skillCopy.put(e.getKey(), Collections.unmodifiableSet(types));
    }
    skills = Collections.unmodifiableMap(skillCopy);
    shifts = List.copyOf(shifts);
    int shiftCount = Math.max(1, shifts.size());
    TreeMap<Role, List<Integer>> byShift = new TreeMap<>();
    for (Map.Entry<Role, List<Integer>> e : countByShift.entrySet()) {
      List<Integer> perShift = List.copyOf(e.getValue());
      if (perShift.size() != shiftCount || perShift.stream().anyMatch(n -> n < 0)) {
        throw new IllegalArgumentException("countByShift of " + e.getKey().key() + " needs one count >= 0 for each of "
            + shiftCount + " shifts: " + perShift);
      }
      byShift.put(e.getKey(), perShift);
    }
    countByShift = Collections.unmodifiableMap(byShift);
    if (!(initialSlowdown >= 1) || Double.isInfinite(initialSlowdown)) {
      throw new IllegalArgumentException("initialSlowdown must be finite and >= 1: " + initialSlowdown);
    }
    if (!(tasksToHalve > 0) || Double.isInfinite(tasksToHalve)) {
      throw new IllegalArgumentException("tasksToHalve must be finite and > 0: " + tasksToHalve);
    }
  }

  /** People of {@code role} on its largest shift; 0 if absent. */
  public int count(Role role) {
    List<Integer> perShift = countByShift.get(role);
    return perShift == null ? countPerShift.getOrDefault(role, 0)
        : perShift.stream().mapToInt(Integer::intValue).max().orElse(0);
  }

  /** People of {@code role} on shift {@code shift} of {@link #effectiveShifts()}; 0 if absent. */
  public int count(Role role, int shift) {
    List<Integer> perShift = countByShift.get(role);
    return perShift == null ? countPerShift.getOrDefault(role, 0) : perShift.get(shift);
  }

  /** Cross-trained task types of {@code role}; empty if none. */
  public Set<TaskType> skillsOf(Role role) {
    return skills.getOrDefault(role, Set.of());
  }

  /** The shifts as the workforce runs them: {@link Shift#wholeRun()} if none are given. */
  public List<Shift> effectiveShifts() {
    return shifts.isEmpty() ? List.of(Shift.wholeRun()) : shifts;
  }
}
