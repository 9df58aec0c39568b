package org.fcsim.agent;

import java.util.List;
import org.fcsim.scenario.NamedChoice;

/** Tells the scenario loader the assignment policy names (a {@link java.util.ServiceLoader} source). */
public final class AgentChoices implements NamedChoice.Source {
  @Override
  public List<NamedChoice> choices() {
    return List.of(AssignmentPolicies.choice());
  }
}
