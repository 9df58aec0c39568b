package org.fcsim.floor;


/**
 * Travel times from the layout's drives ({@link Layout}), plus lift and set-down at the pod. On
 * the generated grid each leg is also counted on a {@link FloorHeat} when one is given (its route
 * is known: x, then y); a map's least-time routes are not traced here.
 */
public final class GridTravel implements TravelModel {
  private final Layout layout;
  private final int[][] stationCells;
  private final double liftSec;
  private FloorHeat heat;

  public GridTravel(Layout layout, int[][] stationCells, double liftSec) {
    this.layout = layout;
    this.stationCells = stationCells;
    this.liftSec = liftSec;
  }

  /** Counts every leg on {@code heat} from now on (the generated grid only). */
  public void recordOn(FloorHeat heat) {
    this.heat = layout instanceof GridLayout ? heat : null;
  }

  @Override
  public double toPodSec(int[] from, Pod pod) {
    return leg(from, pod.cell()) + liftSec;
  }

  @Override
  public double toStationSec(Pod pod, PickStation station) {
    return leg(pod.cell(), stationCells[station.index()]);
  }

  @Override
  public double toStorageSec(PickStation station, Pod pod) {
    return leg(stationCells[station.index()], pod.cell()) + liftSec;
  }

  @Override
  public double toChargerSec(int[] from, int[] charger) {
    return leg(from, charger);
  }

  @Override
  public boolean onFloor() {
    return true;
  }

  @Override
  public int[] stationCell(PickStation station) {
    return stationCells[station.index()];
  }

  private double leg(int[] from, int[] to) {
    if (heat != null) {
      heat.leg(from, to);
    }
    return layout.travelSec(from, to);
  }
}
