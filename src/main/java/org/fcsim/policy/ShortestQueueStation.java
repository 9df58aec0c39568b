package org.fcsim.policy;

import java.util.List;
import org.fcsim.floor.PickStation;
import umontreal.ssj.rng.RandomStream;

/**
 * The station with the fewest pods committed to it (on their way, queued or being picked),
 * as a warehouse control system sees it when it dispatches. Ties are broken uniformly at
 * random, so no station is favoured by its index.
 */
public final class ShortestQueueStation implements StationPolicy {
  private final RandomStream stream;

  public ShortestQueueStation(RandomStream stream) {
    this.stream = stream;
  }

  @Override
  public PickStation choose(List<PickStation> stations) {
    PickStation best = null;
    int ties = 0;
    for (PickStation station : stations) {
      int load = station.committedPods();
      if (best == null || load < best.committedPods()) {
        best = station;
        ties = 1;
      } else if (load == best.committedPods() && stream.nextInt(0, ties++) == 0) {
        // reservoir sampling: each of the tied stations ends up chosen with probability 1/ties
        best = station;
      }
    }
    return best;
  }
}
