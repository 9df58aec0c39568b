package org.fcsim.stats;

import java.util.List;

/**
 * A window of one replication as frames for the report's animation: plain numbers, no simulator
 * state. Frame {@code f} is the floor at {@code startSec + f × stepSec}. Positions are in cells of
 * the floor plan ({@code planWidth × planHeight}; a layout cell is shifted by {@code dx, dy}).
 *
 * @param xy            per frame and drive unit, x then y: {@code xy[(f × units + u) × 2]}
 * @param states        per frame and drive unit, an index into {@code unitStates}; +64 while it carries a pod
 * @param stationCells  each pick station's layout cell {x, y}
 * @param queues        per frame and station, pods queued or being picked: {@code queues[f × stations + s]}
 * @param activities    what people can be doing, "idle" and "break" included
 * @param people        per frame and activity, how many people: {@code people[f × activities + a]}
 * @param armsBusy      per frame, robotic arms picking; {@code arms} in all
 */
public record Replay(String level, int replication, double startSec, double stepSec, int frames, int planWidth,
    int planHeight, int dx, int dy, int units, List<String> unitStates, float[] xy, byte[] states,
    int[][] stationCells, int[] queues, List<String> activities, int[] people, int arms, int[] armsBusy) {
  /** Added to a unit's state while it carries a pod. */
  public static final int CARRYING = 64;
}
