package org.fcsim.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * A floor read from a map file ({@link MapFiles}): a grid of {@code width × height} cells, row 0
 * the map's first row, column 0 its first character. Each cell is one {@link Kind}. Drive units
 * move between the four neighbours of a cell; {@link #canMove} is the one rule every user of
 * the map (reachability, least-time travel, later traffic) applies.
 *
 * @param file   the map file as named to the loader (messages show it)
 * @param kinds  kind of cell ({@code x}, {@code y}) at {@code kinds[y * width + x]}
 * @param firstRowLine file line (1-based) of row 0, so a cell's location is {@code firstRowLine + y, x + 1}
 */
public record FloorMap(String file, int width, int height, Kind[] kinds, int firstRowLine) {
  /** Headings, in the order a quarter turn to the right steps through them; y grows downwards. */
  public static final int[] DX = {0, 1, 0, -1};
  public static final int[] DY = {-1, 0, 1, 0};

  /** What a cell is. Every kind but BLOCKED is passable to every drive unit, loaded or not. */
  public enum Kind {
    OPEN, BLOCKED, STORAGE, PICK_STATION, STOW_STATION, CHARGER, HIGHWAY,
    /** One-way lanes: heading 0 (up, {@code ^}), 1 (right, {@code >}), 2 (down, {@code v}), 3 (left, {@code <}). */
    ONE_WAY_UP, ONE_WAY_RIGHT, ONE_WAY_DOWN, ONE_WAY_LEFT;

    /** The heading a one-way lane allows, or −1 for a cell without one. */
    public int oneWay() {
      return ordinal() >= ONE_WAY_UP.ordinal() ? ordinal() - ONE_WAY_UP.ordinal() : -1;
    }
  }

  /** The {@code file} of a plan fcsim drew for a generated floor, not read from a map file. */
  public static final String GENERATED = "generated floor";

  /** A plan of a generated floor: {@code kinds} as a map would give them, no file behind it. */
  public static FloorMap generated(int width, int height, Kind[] kinds) {
    return new FloorMap(GENERATED, width, height, kinds, 0);
  }

  /** Whether this is the plan of a generated floor rather than a map read from a file. */
  public boolean isGenerated() {
    return file.equals(GENERATED);
  }

  /**
   * The map in {@code text}, checked as {@code floor.map} is (header, characters, reachability);
   * a bad map throws a {@link ScenarioException} located in {@code file}.
   */
  public static FloorMap parse(String file, String text) {
    FloorMap map = MapFiles.parse(file, text);
    MapReach.check(map);
    return map;
  }

  /** Two maps are equal when their grids are: the name they were read under does not count. */
  @Override
  public boolean equals(Object o) {
    return o instanceof FloorMap m && m.width == width && m.height == height && m.firstRowLine == firstRowLine
        && java.util.Arrays.equals(m.kinds, kinds);
  }

  @Override
  public int hashCode() {
    return 31 * width + java.util.Arrays.hashCode(kinds);
  }

  public Kind kind(int x, int y) {
    return kinds[y * width + x];
  }

  /**
   * Whether a drive unit may move from cell ({@code x}, {@code y}) to its neighbour in
   * {@code heading}: both cells are on the map and not blocked, and neither is a one-way lane
   * whose arrow points against the move (a lane is driven along its arrow, or crossed).
   */
  public boolean canMove(int x, int y, int heading) {
    int nx = x + DX[heading];
    int ny = y + DY[heading];
    if (nx < 0 || ny < 0 || nx >= width || ny >= height || kind(nx, ny) == Kind.BLOCKED || kind(x, y) == Kind.BLOCKED) {
      return false;
    }
    int against = (heading + 2) % 4;
    return kind(x, y).oneWay() != against && kind(nx, ny).oneWay() != against;
  }

  /** Cells of {@code kind} in reading order (row by row, left to right), each {x, y}. */
  public List<int[]> cells(Kind kind) {
    List<int[]> cells = new ArrayList<>();
    for (int i = 0; i < kinds.length; i++) {
      if (kinds[i] == kind) {
        cells.add(new int[] {i % width, i / width});
      }
    }
    return cells;
  }

  /** Where a cell is in the map file: {@code file:line:column}. */
  public String where(int x, int y) {
    return file + ":" + (firstRowLine + y) + ":" + (x + 1);
  }
}
