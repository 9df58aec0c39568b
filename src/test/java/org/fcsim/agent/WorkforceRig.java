package org.fcsim.agent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fcsim.sim.Action;
import org.fcsim.task.Role;
import org.fcsim.task.TaskLedger;
import org.fcsim.task.TaskType;
import umontreal.ssj.simevents.Simulator;
import umontreal.ssj.simevents.eventlist.Henriksen;

/**
 * A workforce on a real SSJ simulator, with requests and probes scheduled at absolute times and
 * an event log of "time:what" lines, for exact small cases. Each logged completion names the
 * associate that did it, found through the request's start callback.
 */
final class WorkforceRig {
  final Simulator simulator = new Simulator(new Henriksen());
  final TaskLedger ledger = new TaskLedger();
  final List<String> log = new ArrayList<>();
  final Workforce workforce;
  private final Set<Workforce.Task> claimed = Collections.newSetFromMap(new IdentityHashMap<>());

  WorkforceRig(WorkforceSpec spec, AssignmentPolicy policy) {
    simulator.init();
    workforce = new Workforce(simulator, spec, ledger, policy);
  }

  static WorkforceSpec spec(Map<Role, Integer> counts, Map<Role, Set<TaskType>> skills,
      List<WorkforceSpec.Shift> shifts) {
    return new WorkforceSpec(counts, skills, shifts, 1, 1);
  }

  Associate associate(int index) {
    return workforce.associates().get(index);
  }

  void at(double timeSec, Runnable handler) {
    new Action(simulator, handler).schedule(timeSec - simulator.time());
  }

  /** At {@code timeSec}, requests a task; when done, logs "t:label by #i wait=w work=x". */
  void request(double timeSec, TaskType type, int post, double baseWorkSec, String label) {
    at(timeSec, () -> requestNow(type, post, baseWorkSec, label));
  }

  void requestNow(TaskType type, int post, double baseWorkSec, String label) {
    Associate[] doer = new Associate[1];
    Workforce.Task[] task = new Workforce.Task[1];
    workforce.request(type, post, baseWorkSec, workSec -> {
      // onStart runs right after each start, so the started task not yet claimed is this one
      for (Associate a : workforce.associates()) {
        Workforce.Task t = a.currentTask();
        if (t != null && t.startSec() == simulator.time() && claimed.add(t)) {
          doer[0] = a;
          task[0] = t;
          return;
        }
      }
      throw new AssertionError("no task started at " + simulator.time());
    }, () -> {
      Workforce.Task t = task[0];
      if (doer[0].currentTask() != t) {
        throw new AssertionError(label + " done but " + doer[0] + " does not hold it");
      }
      log.add(simulator.time() + ":" + label + " by #" + doer[0].index() + " wait=" + (t.startSec() - t.createdSec())
          + " work=" + t.workSec());
    });
  }

  /** At {@code timeSec}, logs "t:[state of each associate] queued=n". */
  void probe(double timeSec) {
    at(timeSec, () -> log.add(simulator.time() + ":" + states() + " queued=" + workforce.queued()));
  }

  List<Associate.State> states() {
    return workforce.associates().stream().map(Associate::state).toList();
  }

  /** Starts the workforce and runs until no event is left. */
  void run() {
    workforce.start();
    simulator.start();
  }
}
