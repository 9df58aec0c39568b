package org.fcsim.floor;

import java.util.Arrays;

/**
 * Per-cell counts of what drive units did on the floor plan ({@link FloorPlan}), for heat maps:
 * cells driven through, pod visits by the cell the pod was fetched from, faults by where the
 * unit stood. Fixed-size arrays, so recording costs the same whatever the horizon; a leg on the
 * generated grid (an x run, then a y run, as {@link GridLayout} times it) costs four array
 * writes whatever its length, through difference arrays summed once at the end.
 */
public final class FloorHeat {
  private final int width;
  private final int height;
  private final int dx;
  private final int dy;
  /** Row runs: +1 at a run's first cell, −1 after its last, per row ({@code width + 1} a row). */
  private final int[] rowRuns;
  /** Column runs, the same per column ({@code height + 1} a column). */
  private final int[] columnRuns;
  private final int[] steps;
  private final int[] podVisits;
  private final int[] faults;

  /** @param dx, dy added to a layout cell's x and y to give its plan cell */
  public FloorHeat(int width, int height, int dx, int dy) {
    this.width = width;
    this.height = height;
    this.dx = dx;
    this.dy = dy;
    rowRuns = new int[(width + 1) * height];
    columnRuns = new int[(height + 1) * width];
    steps = new int[width * height];
    podVisits = new int[width * height];
    faults = new int[width * height];
  }

  /** A leg on the generated grid from {@code from} to {@code to} (layout cells): along x at from's row, then along y. */
  public void leg(int[] from, int[] to) {
    int x0 = from[0] + dx;
    int y0 = from[1] + dy;
    int x1 = to[0] + dx;
    int y1 = to[1] + dy;
    rowRuns[y0 * (width + 1) + Math.min(x0, x1)]++;
    rowRuns[y0 * (width + 1) + Math.max(x0, x1) + 1]--;
    if (y1 != y0) {
      int first = y1 > y0 ? y0 + 1 : y1;
      int last = y1 > y0 ? y1 : y0 - 1;
      columnRuns[x1 * (height + 1) + first]++;
      columnRuns[x1 * (height + 1) + last + 1]--;
    }
  }

  /** A unit steps onto plan cell {@code cell} (traffic: legs cell by cell). */
  public void step(int cell) {
    steps[cell]++;
  }

  /** A pod is fetched from layout cell {@code cell}. */
  public void podVisit(int[] cell) {
    podVisits[index(cell)]++;
  }

  /** A unit faults at layout cell {@code cell}. */
  public void fault(int[] cell) {
    faults[index(cell)]++;
  }

  private int index(int[] cell) {
    return (cell[1] + dy) * width + cell[0] + dx;
  }

  /** Times drive units were on each plan cell (cell {@code y × width + x}) since the last reset. */
  public double[] passes() {
    double[] out = new double[width * height];
    for (int y = 0; y < height; y++) {
      int run = 0;
      for (int x = 0; x < width; x++) {
        run += rowRuns[y * (width + 1) + x];
        out[y * width + x] += run + steps[y * width + x];
      }
    }
    for (int x = 0; x < width; x++) {
      int run = 0;
      for (int y = 0; y < height; y++) {
        run += columnRuns[x * (height + 1) + y];
        out[y * width + x] += run;
      }
    }
    return out;
  }

  /** Pod visits by the cell each pod was fetched from, since the last reset. */
  public double[] podVisits() {
    return Arrays.stream(podVisits).asDoubleStream().toArray();
  }

  /** Faults by the cell where the unit stood or last stood still, since the last reset. */
  public double[] faults() {
    return Arrays.stream(faults).asDoubleStream().toArray();
  }

  /** Starts afresh (end of warm-up). */
  public void reset() {
    Arrays.fill(rowRuns, 0);
    Arrays.fill(columnRuns, 0);
    Arrays.fill(steps, 0);
    Arrays.fill(podVisits, 0);
    Arrays.fill(faults, 0);
  }
}
