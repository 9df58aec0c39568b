package org.fcsim.scenario;

import java.nio.file.Path;

/**
 * The scenario's side of {@code floor.map}: reading the file (pinned by its SHA-256 like the
 * trace files, {@link TraceFiles}) and the counts the map fixes. With a map, the pick stations,
 * stow stations and chargers are the map's {@code K}, {@code N} and {@code C} cells: a count
 * left out is the map's, a count written must agree with it.
 */
final class FloorMaps {
  static final String MAP = "map";

  private FloorMaps() {}

  /** The map {@code floor.map} names, checked ({@link MapReach}); null without one. */
  static FloorMap read(Section floor) {
    Path file = floor.file(MAP);
    byte[] bytes = TraceFiles.contents(floor, MAP, file);
    if (file == null) {
      return null;
    }
    for (String size : new String[] {"widthCells", "lengthCells"}) {
      if (floor.has(size)) {
        throw floor.errorAt(size, "the map " + file + " sets the floor's size; leave " + size + " out");
      }
    }
    return FloorMap.parse(file.toString(), new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
  }

  /** {@code read}, the value of {@code key}, checked against the map's cells of {@code kind}; {@code read} without a map. */
  static int count(Section s, String key, int read, FloorMap map, FloorMap.Kind kind) {
    if (map == null) {
      return read;
    }
    int onMap = map.cells(kind).size();
    String what = switch (kind) {
      case PICK_STATION -> "pick stations (K)";
      case STOW_STATION -> "stow stations (N)";
      default -> "chargers (C)";
    };
    if (onMap == 0) {
      throw s.errorAt(key, "the map " + map.file() + " has no " + what);
    }
    if (s.has(key) && read != onMap) {
      throw s.errorAt(key, "the map " + map.file() + " has " + onMap + " " + what + "; leave " + key + " out or write "
          + onMap + ", got " + read);
    }
    s.resolveAs(key, onMap);
    return onMap;
  }
}
