package org.fcsim.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fcsim.stats.LevelResults;
import org.fcsim.stats.ReplicationResult;

/**
 * {@code floor.png} and {@code floor.svg}: the layout of a run whose floor came from a map
 * ({@link FloorPicture}); with traffic on, also {@code floor-waits.png}/{@code .svg} per level
 * (suffixed {@code -<level>} when the run has several): where drive units stood blocked, the
 * mean over replications of seconds per cell after warm-up, as a heat layer over the layout.
 * Nothing for a generated floor. Also the report's figures of them.
 */
final class FloorFiles implements ResultFile {
  static final String NAME = "floor";
  /** The grid {@code waitSecByCell} the model reports with traffic on. */
  static final String WAIT_GRID = "waitSecByCell";
  private static final String CAPTION = "Floor layout from the map: storage (tan), aisles (light), highways (blue-grey), "
      + "one-way lanes (lilac, arrows), pick stations (blue), stow stations (green), chargers (amber), blocked (dark).";

  @Override
  public List<String> writeInto(Path dir, RunRecord run) throws IOException {
    List<String> written = new ArrayList<>();
    for (Map.Entry<String, FloorPicture> e : pictures(run).entrySet()) {
      Files.write(dir.resolve(e.getKey() + ".png"), e.getValue().png());
      Files.writeString(dir.resolve(e.getKey() + ".svg"), e.getValue().svg(), StandardCharsets.UTF_8);
      written.add(e.getKey() + ".png");
      written.add(e.getKey() + ".svg");
    }
    return written;
  }

  /** The report's figures, by file name: the layout, then where units waited per level; empty for a generated floor. */
  static Map<String, String> figures(RunRecord run) {
    Map<String, String> out = new LinkedHashMap<>();
    pictures(run).forEach((name, picture) -> out.put(name, HtmlReport.figure(name, caption(run, name), picture.width(),
        picture.height(), picture.svg())));
    return out;
  }

  private static String caption(RunRecord run, String name) {
    if (name.equals(NAME)) {
      return CAPTION;
    }
    String level = levelOf(run, name);
    return "Where drive units waited" + (run.levels().size() > 1 ? " (level " + level + ")" : "")
        + ": seconds a unit stood blocked on each cell after warm-up, mean over replications, redder = longer "
        + "(the layout's colours underneath).";
  }

  private static String levelOf(RunRecord run, String name) {
    for (LevelResults l : run.levels()) {
      if (name.equals(waitsName(run, l.level()))) {
        return l.level();
      }
    }
    return "";
  }

  private static String waitsName(RunRecord run, String level) {
    return run.levels().size() > 1 ? NAME + "-waits-" + PublishedFolder.safeFolderName(level) : NAME + "-waits";
  }

  private static Map<String, FloorPicture> pictures(RunRecord run) {
    Map<String, FloorPicture> out = new LinkedHashMap<>();
    if (run.floorMap() == null) {
      return out;
    }
    out.put(NAME, new FloorPicture(run.floorMap(), null));
    int cells = run.floorMap().width() * run.floorMap().height();
    for (LevelResults l : run.levels()) {
      double[] mean = meanGrid(l.replications(), cells);
      if (mean != null) {
        out.put(waitsName(run, l.level()), new FloorPicture(run.floorMap(), mean));
      }
    }
    return out;
  }

  /** The mean of the replications' wait grids, or null if any lacks one of {@code cells} cells (no traffic, another map). */
  static double[] meanGrid(List<ReplicationResult> replications, int cells) {
    if (replications.isEmpty()) {
      return null;
    }
    double[] sum = new double[cells];
    for (ReplicationResult r : replications) {
      double[] g = r.grid(WAIT_GRID);
      if (g == null || g.length != cells) {
        return null;
      }
      for (int i = 0; i < cells; i++) {
        sum[i] += g[i] / replications.size();
      }
    }
    return sum;
  }
}
