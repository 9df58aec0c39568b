package org.fcsim.policy;

import java.util.List;
import org.fcsim.floor.PickStation;
import umontreal.ssj.rng.RandomStream;

/** Every station equally likely on every trip, regardless of load (Bernoulli routing). */
public final class UniformRandomStation implements StationPolicy {
  private final RandomStream stream;

  public UniformRandomStation(RandomStream stream) {
    this.stream = stream;
  }

  @Override
  public PickStation choose(List<PickStation> stations) {
    return stations.get(stream.nextInt(0, stations.size() - 1));
  }
}
