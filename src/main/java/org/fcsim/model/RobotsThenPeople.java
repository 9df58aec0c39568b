package org.fcsim.model;

import java.util.List;
import java.util.function.DoubleConsumer;
import org.fcsim.flow.RobotFleet;
import org.fcsim.flow.Work;
import org.fcsim.task.TaskType;

/**
 * Work offered first to the robot fleets plugins add ({@link RobotFleet}), in the scenario's
 * order, then to people. Whether anybody could ever do a task stays the people's answer: a
 * fleet takes work only when it has a robot free, so people must be able to do the rest.
 */
final class RobotsThenPeople implements Work {
  private final List<RobotFleet> fleets;
  private final Work people;

  RobotsThenPeople(List<RobotFleet> fleets, Work people) {
    this.fleets = List.copyOf(fleets);
    this.people = people;
  }

  @Override
  public void request(TaskType type, int post, double baseSec, DoubleConsumer onStart, Runnable onDone) {
    for (RobotFleet fleet : fleets) {
      if (fleet.offer(type, post, baseSec, onStart, onDone)) {
        return;
      }
    }
    people.request(type, post, baseSec, onStart, onDone);
  }

  @Override
  public boolean canEverDo(TaskType type, int post) {
    return people.canEverDo(type, post);
  }
}
