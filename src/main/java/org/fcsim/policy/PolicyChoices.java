package org.fcsim.policy;

import java.util.List;
import org.fcsim.scenario.NamedChoice;

/** Tells the scenario loader the station, pod, arm, stow and storage policy names (a {@link java.util.ServiceLoader} source). */
public final class PolicyChoices implements NamedChoice.Source {
  @Override
  public List<NamedChoice> choices() {
    return List.of(StationPolicies.choice(), PodPolicies.choice(), ArmPolicies.choice(), StowPolicies.choice(),
        StoragePolicies.choice());
  }
}
