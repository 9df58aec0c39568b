package org.fcsim.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fcsim.agent.AssignmentPolicies;
import org.fcsim.agent.Workforce;
import org.fcsim.agent.WorkforceSpec;
import org.fcsim.flow.RobotKinds;
import org.fcsim.flow.Work;
import org.fcsim.scenario.Scenario;
import org.fcsim.sim.Sampler;
import org.fcsim.sim.Variates;
import org.fcsim.stats.Metric;
import org.fcsim.task.Performer;
import org.fcsim.task.Role;
import org.fcsim.task.TaskLedger;
import org.fcsim.task.TaskType;

/**
 * The associates: shifts, breaks, task queues ({@link Workforce}), and the base times of their
 * tasks. Declares a ledger cell for every task a staffed role can do, so every replication
 * reports the same cells; a type {@link TaskType#declaredWhereItArises declared where it arises}
 * (a stow robot's hand-off, a pack machine's jam) only where a part makes such work, so a floor
 * without those robots reports what it did before they existed.
 */
final class People implements Part {

  private final Site site;
  private final Workforce workforce;
  private final Work work;
  private final Map<TaskType, Sampler> taskTimes = new TreeMap<>();

  People(Site site) {
    this.site = site;
    Scenario.Associates people = site.scenario().associates();
    workforce = new Workforce(site.simulator(), spec(people), site.ledger(),
        AssignmentPolicies.create(people.assignmentPolicy()));
    Work byPeople = new WorkforceWork(workforce);
    work = site.scenario().robots().isEmpty() ? byPeople : new RobotsThenPeople(site.scenario().robots().stream()
        .map(kind -> RobotKinds.create(kind, site.simulator(), site.streams().stream("robot/" + kind.name()), site.ledger()))
        .toList(), byPeople);
    people.taskTimeSec().forEach((type, dist) ->
        taskTimes.put(type, Variates.of(dist, site.streams().stream("taskTime/" + type.key()))));
    for (TaskType type : TaskType.values()) {
      if (!type.declaredWhereItArises()) {
        declareDoers(type);
      }
    }
  }

  /**
   * Declares in the ledger a cell of {@code type} for every role with people able to do it: for
   * each type when the people are made, and by the part that makes the work for a type
   * {@link TaskType#declaredWhereItArises declared where it arises}.
   */
  void declareDoers(TaskType type) {
    Scenario.Associates people = site.scenario().associates();
    for (Role role : Role.values()) {
      boolean able = role.primaryTasks().contains(type) || people.skills().get(role).contains(type);
      if (able && people.countPerShift().get(role) > 0) {
        site.ledger().declare(type, Performer.of(role));
      }
    }
  }

  @Override
  public void snapshot(ReplayProbe probe) {
    probe.people(workforce.associates());
  }

  private static WorkforceSpec spec(Scenario.Associates people) {
    List<WorkforceSpec.Shift> shifts = new ArrayList<>();
    for (Scenario.Shift s : people.shifts()) {
      List<WorkforceSpec.Break> breaks = new ArrayList<>();
      for (Scenario.Break b : s.breaks()) {
        breaks.add(new WorkforceSpec.Break(b.atSec(), b.durationSec()));
      }
      shifts.add(new WorkforceSpec.Shift(s.startSec(), s.endSec(), breaks, s.breakGroups(), s.breakStaggerSec()));
    }
    return new WorkforceSpec(people.countPerShift(), people.skills(), shifts, people.initialSlowdown(), people.tasksToHalve(),
        people.shiftsRepeatSec(), people.countByShift());
  }

  /** Where the flows send work for people. */
  Work work() {
    return work;
  }

  /** Base time of each task type people do, each on its own stream. */
  Map<TaskType, Sampler> taskTimes() {
    return taskTimes;
  }

  /** Binds the first {@code posts * perPost} of {@code role} to posts (pick stations); see {@link Workforce#bindPosts}. */
  void bindPosts(Role role, int posts, int perPost) {
    workforce.bindPosts(role, posts, perPost);
  }

  @Override
  public void start() {
    workforce.start();
  }

  @Override
  public void resetStatistics() {
    workforce.resetStatistics();
  }

  @Override
  public void addMetrics(double hours, Map<Metric, Double> into) {
    into.putAll(workforce.metrics());
    Scenario.Associates people = site.scenario().associates();
    int shifts = Math.max(1, people.shifts().size());
    people.countPerShift().forEach((role, n) -> {
      if (n > 0) {
        into.put(new Metric("headcount." + role.key(), "people per shift"), (double) people.people(role) / shifts);
      }
    });
  }

  @Override
  public void addResources(double hours, Map<Metric, Double> into) {
    into.putAll(workforce.resourceMetrics(hours));
  }

  @Override
  public void sample(Map<Metric, Double> into) {
    into.put(Metrics.WAITING_TASKS, (double) workforce.queued());
  }

  /** The workforce's own bookkeeping, and the ledger's human hours between 0 and the hours people were on shift. */
  @Override
  public void checkInvariants(double now) {
    workforce.checkInvariants();
    double onShift = workforce.metrics().entrySet().stream().filter(e -> e.getKey().name().startsWith("onShiftHours."))
        .mapToDouble(Map.Entry::getValue).sum();
    TaskLedger ledger = site.ledger();
    double ledgerHuman = ledger.humanWorkSec() / 3600;
    if (ledgerHuman > onShift + 1e-6) {
      throw new IllegalStateException("the ledger holds " + ledgerHuman + " human hours but people were on shift only "
          + onShift + " h, at t=" + now + " s");
    }
  }
}
