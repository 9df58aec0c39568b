package org.fcsim.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code floor.png} and {@code floor.svg}: the layout of a run whose floor came from a map
 * ({@link FloorPicture}); nothing for a generated floor. Also the report's figure of it.
 */
final class FloorFiles implements ResultFile {
  static final String NAME = "floor";
  private static final String CAPTION = "Floor layout from the map: storage (tan), aisles (light), highways (blue-grey), "
      + "one-way lanes (lilac, arrows), pick stations (blue), stow stations (green), chargers (amber), blocked (dark).";

  @Override
  public List<String> writeInto(Path dir, RunRecord run) throws IOException {
    if (run.floorMap() == null) {
      return List.of();
    }
    FloorPicture picture = new FloorPicture(run.floorMap(), null);
    Files.write(dir.resolve(NAME + ".png"), picture.png());
    Files.writeString(dir.resolve(NAME + ".svg"), picture.svg(), StandardCharsets.UTF_8);
    return List.of(NAME + ".png", NAME + ".svg");
  }

  /** The report's figure of the layout, the SVG embedded; "" for a generated floor. */
  static String figure(RunRecord run) {
    if (run.floorMap() == null) {
      return "";
    }
    FloorPicture picture = new FloorPicture(run.floorMap(), null);
    return HtmlReport.figure(NAME, CAPTION, picture.width(), picture.height(), picture.svg());
  }
}
