package org.fcsim.flow;

import java.util.function.DoubleConsumer;
import org.fcsim.scenario.Choice;
import org.fcsim.task.TaskLedger;
import org.fcsim.task.TaskType;
import umontreal.ssj.rng.RandomStream;
import umontreal.ssj.simevents.Simulator;

/**
 * The robots of one kind research code adds (a plugin; {@link RobotKinds}), in one replication:
 * they take a share of the work the flows send to people ({@link Work}). Every task is offered
 * to the fleets a scenario names under {@code robots:}, in that order, at the instant it is
 * requested; a task no fleet takes goes to people. A fleet that takes a task does it on the
 * replication's own simulator and records it in the ledger under its robot performer
 * ({@code Performer.robot(kind)}, so {@code ledger.csv} shows it with {@code human=false}).
 * One instance serves one replication only.
 */
public interface RobotFleet {
  /**
   * @param post    −1 for work anyone able may do; else the station the work is bound to
   * @param baseSec the work's time for a person, before any learning-curve slowdown
   * @param onStart if not null, must be run when the robot starts, with its work seconds
   * @param onDone  must be run once, when the robot has finished, if the fleet takes the task
   * @return whether the fleet takes the task; false leaves it to people
   */
  boolean offer(TaskType type, int post, double baseSec, DoubleConsumer onStart, Runnable onDone);

  /** Makes a fleet for one replication. */
  @FunctionalInterface
  interface Factory {
    /**
     * @param parameters the kind's parameters as the scenario sets them, every one filled in
     * @param stream     the fleet's own random stream ({@code robot/<kind>}), substream of the replication
     * @param ledger     where the fleet records the tasks it does
     */
    RobotFleet create(Choice parameters, Simulator simulator, RandomStream stream, TaskLedger ledger);
  }
}
