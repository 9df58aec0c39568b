package org.fcsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code floor.map}: the map fixes storage, stations and chargers, and a bad map or a count that
 * disagrees with it stops the load with one located line (the map's line and column, or the
 * scenario key).
 */
class FloorMapFilesTest {
  @TempDir
  Path dir;

  private static final String HEADER = "type octile\nheight 4\nwidth 6\nmap\n";
  private static final String GOOD = HEADER + "@K@@K@\n......\n.PP.P.\nN..C..\n";

  private LoadedScenario load(String map, String yaml) throws Exception {
    Files.writeString(dir.resolve("floor.map"), map);
    Path file = dir.resolve("s.yaml");
    Files.writeString(file, "floor:\n  map: floor.map\n" + yaml);
    return ScenarioLoader.load(file);
  }

  private String mapError(String map) {
    return assertThrows(ScenarioException.class, () -> load(map, "")).getMessage();
  }

  @Test
  void theMapGivesStorageStationsAndChargers() throws Exception {
    Scenario s = load(GOOD, "inbound: { casesPerHour: 10/h }\ninventory: {}\n").scenario();
    assertEquals(3, s.floor().pods(), "pods default to the storage cells");
    assertEquals(6, s.floor().widthCells());
    assertEquals(4, s.floor().lengthCells());
    assertEquals(2, s.pickStations().count());
    assertEquals(1, s.inbound().stowStations());
    assertEquals(1, s.driveUnits().battery().chargers());
  }

  @Test
  void badCharactersRowsAndHeadersPointIntoTheMap() {
    String file = dir.resolve("floor.map").toString();
    assertEquals(file + ":7:3: floor.map: unknown map character 'x'; allowed: . G S (open), @ O T W (blocked), P (storage), "
        + "K (pick station), N (stow station), C (charger), H (highway), ^ > v < (one-way lanes)",
        mapError(HEADER + "@K@@K@\n......\n.Px.P.\nN..C..\n"));
    assertEquals(file + ":6:6: floor.map: row 2 has 5 characters; its header says width 6",
        mapError(HEADER + "@K@@K@\n.....\n.PP.P.\nN..C..\n"));
    assertEquals(file + ":1:1: floor.map: a map file starts with the line 'type octile', got 'type grid'",
        mapError("type grid\n" + GOOD.substring(GOOD.indexOf('\n') + 1)));
    assertEquals(file + ":2:1: floor.map: expected 'height N' with N from 1 to 10000, got 'height four'",
        mapError(GOOD.replace("height 4", "height four")));
    assertEquals(file + ":8:1: floor.map: the map has 3 rows; its header says height 4",
        mapError(HEADER + "@K@@K@\n......\n.PP.P.\n"));
  }

  @Test
  void aStationOrStorageCutOffIsLocated() {
    String file = dir.resolve("floor.map").toString();
    // the right station stands behind a wall
    assertEquals(file + ":5:6: floor.map: no drive unit can reach this pick station from storage",
        mapError(HEADER + "@K@@@K\n....@@\n.PP.P.\n......\n".replace("width 6", "width 6")));
    // the storage cell at row 3, column 6 is walled in
    assertEquals(file + ":7:6: floor.map: a drive unit in this storage cell cannot reach the pick station at "
        + file + ":5:2", mapError(HEADER + "@K@@@@\n.....@\n.PP.@P\n......\n".replace("......\n", "....@@\n")));
    // a one-way lane lets units into the storage cell's corridor but never out
    assertEquals(file + ":7:1: floor.map: a drive unit in this storage cell cannot reach the pick station at "
        + file + ":5:2", mapError(HEADER + "@K@@@@\n@....P\nP<....\n@@@@@@\n"));
  }

  @Test
  void countsThatDisagreeWithTheMapAreLocatedAtTheirKey() throws Exception {
    String yaml = dir.resolve("s.yaml").toString();
    assertEquals(yaml + ":4:10: pickStations.count: the map " + dir.resolve("floor.map") + " has 2 pick stations (K); "
        + "leave count out or write 2, got 3", assertThrows(ScenarioException.class,
            () -> load(GOOD, "pickStations:\n  count: 3\n")).getMessage());
    assertEquals(yaml + ":3:9: floor.pods: must be at most the map's 3 storage cells (P), got 4",
        assertThrows(ScenarioException.class, () -> load(GOOD, "  pods: 4\n")).getMessage());
    assertEquals(2, load(GOOD, "pickStations:\n  count: 2\n").scenario().pickStations().count());
    Files.writeString(dir.resolve("s.yaml"), "floor:\n  storagePolicy: nearestFree\n");
    assertEquals(yaml + ":2:18: floor.storagePolicy: needs a floor read from a map (floor.map); a generated floor keeps ownCell",
        assertThrows(ScenarioException.class, () -> ScenarioLoader.load(dir.resolve("s.yaml"))).getMessage());
    assertEquals("nearestFree", load(GOOD, "  storagePolicy: nearestFree\n").scenario().floor().storagePolicy().name());
  }
}
