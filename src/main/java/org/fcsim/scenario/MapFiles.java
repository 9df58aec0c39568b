package org.fcsim.scenario;

import java.util.Map;

/**
 * Reads {@code floor.map}: the plain-text grid maps of the public multi-agent path-finding
 * benchmarks (movingai.com), plus fcsim's own characters for what a fulfilment floor holds.
 *
 * <pre>
 * type octile
 * height 3
 * width 5
 * map
 * K.P.C
 * ..@..
 * &lt;&lt;&lt;&lt;&lt;
 * </pre>
 *
 * The benchmark characters: {@code .} and {@code G} open floor; {@code @}, {@code O}, {@code T}
 * blocked; {@code S} (swamp) open floor, {@code W} (water) blocked. fcsim's: {@code P} a
 * storage cell (a pod's home), {@code K} a pick station, {@code N} a stow station, {@code C}
 * a charger, {@code H} a highway cell (open floor drawn as a highway), {@code ^ > v <} one-way
 * lanes. Every cell but a blocked one is passable to every drive unit (a unit drives under
 * stored pods, as on today's generated grid). Errors point at the map file's line and column.
 */
final class MapFiles {
  static final Map<Character, FloorMap.Kind> CHARACTERS = Map.ofEntries(
      Map.entry('.', FloorMap.Kind.OPEN), Map.entry('G', FloorMap.Kind.OPEN), Map.entry('S', FloorMap.Kind.OPEN),
      Map.entry('@', FloorMap.Kind.BLOCKED), Map.entry('O', FloorMap.Kind.BLOCKED), Map.entry('T', FloorMap.Kind.BLOCKED),
      Map.entry('W', FloorMap.Kind.BLOCKED), Map.entry('P', FloorMap.Kind.STORAGE), Map.entry('K', FloorMap.Kind.PICK_STATION),
      Map.entry('N', FloorMap.Kind.STOW_STATION), Map.entry('C', FloorMap.Kind.CHARGER), Map.entry('H', FloorMap.Kind.HIGHWAY),
      Map.entry('^', FloorMap.Kind.ONE_WAY_UP), Map.entry('>', FloorMap.Kind.ONE_WAY_RIGHT),
      Map.entry('v', FloorMap.Kind.ONE_WAY_DOWN), Map.entry('<', FloorMap.Kind.ONE_WAY_LEFT));
  private static final String KEY = "floor.map";
  private static final int MAX_SIDE = 10_000;

  private MapFiles() {}

  /** The map in {@code text} of the file named {@code file}; located errors for a bad header or grid. */
  static FloorMap parse(String file, String text) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      lines[i] = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
    }
    if (!header(lines, 0).equals("type octile")) {
      throw error(file, 1, 1, "a map file starts with the line 'type octile', got '" + Excerpt.of(header(lines, 0)) + "'");
    }
    int height = side(file, lines, 1, "height");
    int width = side(file, lines, 2, "width");
    if (!header(lines, 3).equals("map")) {
      throw error(file, 4, 1, "expected the line 'map' before the grid, got '" + Excerpt.of(header(lines, 3)) + "'");
    }
    FloorMap.Kind[] kinds = new FloorMap.Kind[width * height];
    for (int y = 0; y < height; y++) {
      int line = 5 + y;
      if (4 + y >= lines.length || (lines[4 + y].isEmpty() && 4 + y == lines.length - 1)) {
        throw error(file, line, 1, "the map has " + y + " rows; its header says height " + height);
      }
      String row = lines[4 + y];
      for (int x = 0; x < Math.min(width, row.length()); x++) {
        FloorMap.Kind kind = CHARACTERS.get(row.charAt(x));
        if (kind == null) {
          throw error(file, line, x + 1, "unknown map character '" + row.charAt(x) + "'; allowed: "
              + ". G S (open), @ O T W (blocked), P (storage), K (pick station), N (stow station), C (charger), "
              + "H (highway), ^ > v < (one-way lanes)");
        }
        kinds[y * width + x] = kind;
      }
      if (row.length() != width) {
        throw error(file, line, Math.min(width, row.length()) + 1, "row " + (y + 1) + " has " + row.length()
            + " characters; its header says width " + width);
      }
    }
    for (int i = 4 + height; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        throw error(file, i + 1, 1, "more rows than the header's height " + height);
      }
    }
    return new FloorMap(file, width, height, kinds, 5);
  }

  private static String header(String[] lines, int index) {
    return index < lines.length ? lines[index].strip() : "";
  }

  private static int side(String file, String[] lines, int index, String word) {
    String[] parts = header(lines, index).split("\\s+");
    if (parts.length == 2 && parts[0].equals(word) && parts[1].matches("\\d{1,5}")) {
      int value = Integer.parseInt(parts[1]);
      if (value >= 1 && value <= MAX_SIDE) {
        return value;
      }
    }
    throw error(file, index + 1, 1, "expected '" + word + " N' with N from 1 to " + MAX_SIDE + ", got '"
        + Excerpt.of(header(lines, index)) + "'");
  }

  static ScenarioException error(String file, int line, int column, String problem) {
    return new ScenarioException(file, new YamlNode.Location(line, column), KEY, problem);
  }
}
