package org.fcsim.floor;


/** Travel times from the layout's drives ({@link Layout}), plus lift and set-down at the pod. */
public final class GridTravel implements TravelModel {
  private final Layout layout;
  private final int[][] stationCells;
  private final double liftSec;

  public GridTravel(Layout layout, int[][] stationCells, double liftSec) {
    this.layout = layout;
    this.stationCells = stationCells;
    this.liftSec = liftSec;
  }

  @Override
  public double toPodSec(int[] from, Pod pod) {
    return layout.travelSec(from, pod.cell()) + liftSec;
  }

  @Override
  public double toStationSec(Pod pod, PickStation station) {
    return layout.travelSec(pod.cell(), stationCells[station.index()]);
  }

  @Override
  public double toStorageSec(PickStation station, Pod pod) {
    return layout.travelSec(stationCells[station.index()], pod.cell()) + liftSec;
  }

  @Override
  public double toChargerSec(int[] from, int[] charger) {
    return layout.travelSec(from, charger);
  }
}
