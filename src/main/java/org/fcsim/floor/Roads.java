package org.fcsim.floor;

/**
 * Drives on a floor where drive units block each other ({@code floor.traffic: true}): a leg is
 * a move cell by cell that may wait, instead of a time known when it starts.
 */
public interface Roads {
  /** Seconds from {@code from} to {@code to} with nobody in the way. */
  double freeSec(int[] from, int[] to);

  /** Drives {@code unit} from the cell it is on to {@code to}; {@code arrived} runs when it stands there. */
  void drive(int unit, int[] from, int[] to, Runnable arrived);

  /** {@code unit}, at rest, parks off the lanes where it stands (under its pod, on a charger, for repair). */
  void park(int unit);

  /** The cell {@code unit} stands on or is stepping into, {x, y}. */
  int[] cellOf(int unit);

  /** The cell of station {@code index} (pick stations, then stow stations). */
  int[] stationCell(int index);
}
