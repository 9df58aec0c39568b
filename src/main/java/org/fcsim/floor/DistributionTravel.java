package org.fcsim.floor;

import org.fcsim.sim.Sampler;

/**
 * Travel given directly as two distributions per trip: storage to station (lift included) and
 * station to storage (set-down included). Fetching a pod costs nothing extra: the unit is
 * taken to start each trip under its pod. Going to a charger takes one storage leg.
 */
public final class DistributionTravel implements TravelModel {
  private final Sampler toStationSec;
  private final Sampler toStorageSec;

  public DistributionTravel(Sampler toStationSec, Sampler toStorageSec) {
    this.toStationSec = toStationSec;
    this.toStorageSec = toStorageSec;
  }

  @Override
  public double toPodSec(int[] from, Pod pod) {
    return 0;
  }

  @Override
  public double toStationSec(Pod pod, PickStation station) {
    return toStationSec.sample();
  }

  @Override
  public double toStorageSec(PickStation station, Pod pod) {
    return toStorageSec.sample();
  }

  @Override
  public double toChargerSec(int[] from, int[] charger) {
    return toStorageSec.sample();
  }
}
