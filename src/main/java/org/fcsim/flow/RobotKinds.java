package org.fcsim.flow;

import java.util.List;
import org.fcsim.policy.Registry;
import org.fcsim.scenario.Choice;
import org.fcsim.scenario.NamedChoice;
import org.fcsim.task.Performer;
import org.fcsim.task.TaskLedger;
import umontreal.ssj.rng.RandomStream;
import umontreal.ssj.simevents.Simulator;

/**
 * Robot kinds that research code adds, by the name a scenario's {@code robots:} mapping uses
 * ({@code robots: { packBot: { count: 2 } }}). fcsim ships none: its own robots (drive units,
 * arms, stow robots, pack machines) have their own sections.
 */
public final class RobotKinds implements NamedChoice.Source {
  private static final Registry<RobotFleet.Factory> REGISTRY = new Registry<>("robot kind");

  /**
   * Adds a robot kind taking {@code parameters}, and its performer ({@link Performer#robot}).
   *
   * @throws IllegalArgumentException if the name is taken (as a robot kind or a role) or malformed
   */
  public static void register(String kind, List<NamedChoice.Parameter> parameters, RobotFleet.Factory factory) {
    Performer.robot(kind);
    REGISTRY.register(kind, parameters, factory);
  }

  public static List<String> names() {
    return REGISTRY.names();
  }

  /** A new fleet of {@code choice}'s kind for one replication. */
  public static RobotFleet create(Choice choice, Simulator simulator, RandomStream stream, TaskLedger ledger) {
    return REGISTRY.get(choice.name()).create(choice, simulator, stream, ledger);
  }

  /** Publishes the kinds to the scenario loader ({@link java.util.ServiceLoader}). */
  @Override
  public List<NamedChoice> choices() {
    return List.of(REGISTRY);
  }
}
