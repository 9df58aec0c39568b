package org.fcsim.floor;

/**
 * How long a drive unit's legs take. Called once per leg, when the leg starts; lift and
 * set-down are included in the leg that needs them.
 */
public interface TravelModel {
  /** From where the unit stands to under the pod, plus lifting it. */
  double toPodSec(int[] from, Pod pod);

  /** From the pod's storage cell to the station's queue. */
  double toStationSec(Pod pod, PickStation station);

  /** From the station back to the pod's storage cell, plus setting it down. */
  double toStorageSec(PickStation station, Pod pod);

  /** From where the unit stands to a charger. */
  double toChargerSec(int[] from, int[] charger);

  /** Whether legs run between cells of a floor (else their times are drawn, and nothing has a place). */
  default boolean onFloor() {
    return false;
  }

  /** The cell of {@code station}, where the floor has one; null for travel from distributions. */
  default int[] stationCell(PickStation station) {
    return null;
  }
}
