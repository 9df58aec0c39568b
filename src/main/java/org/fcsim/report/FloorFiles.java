package org.fcsim.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fcsim.stats.LevelResults;
import org.fcsim.stats.ReplicationResult;

/**
 * The floor's pictures ({@link FloorPicture}), PNG and SVG: {@code floor} the layout, then per
 * level the heat maps its replications reported, each the mean over replications of a per-cell
 * grid measured after warm-up, drawn over the layout: {@code floor-passes} (where drive units
 * drove), {@code floor-pod-visits} (pods by the cell they were fetched from), {@code floor-faults}
 * (where units faulted, and so where people walked in to rescue them) and {@code floor-waits}
 * (where units stood blocked, traffic only) and {@code floor-people-picking} (hours people picked
 * at each station). With several levels the names end in
 * {@code -<level>}. A map's layout is always drawn; a generated floor's only with heat maps.
 * The report embeds the PNGs (an SVG of every cell is large).
 */
final class FloorFiles implements ResultFile {
  static final String NAME = "floor";
  private static final String CAPTION = "Floor layout: storage (tan), aisles (light), highways (blue-grey), "
      + "one-way lanes (lilac, arrows), pick stations (blue), stow stations (green), chargers (amber), blocked (dark).";

  /** A grid the model reports, the file it becomes, and what its picture says. */
  private record Layer(String grid, String file, String caption) {}

  private static final List<Layer> LAYERS = List.of(
      new Layer("driveUnitPassesByCell", "passes", "Where drive units drove: times a unit was on each cell"),
      new Layer("podVisitsByCell", "pod-visits", "Pod visits by the cell each pod was fetched from"),
      new Layer("faultsByCell", "faults", "Where drive units faulted, and people walked in to rescue them (the "
          + "pod's storage cell on pod legs, else where the unit last stood)"),
      new Layer("waitSecByCell", "waits", "Where drive units waited: seconds a unit stood blocked on each cell"),
      new Layer("peoplePickingHoursByCell", "people-picking", "Where people picked: hours the pick positions of each "
          + "station without an arm were occupied (picking, or a pod waiting for a floating picker); the problem-solve "
          + "desk and sorting and packing have no place on the plan"));

  @Override
  public boolean independent() {
    return true;
  }

  @Override
  public List<String> writeInto(Path dir, RunRecord run) throws IOException {
    List<String> written = new ArrayList<>();
    for (Map.Entry<String, Picture> e : pictures(run).entrySet()) {
      Files.write(dir.resolve(e.getKey() + ".png"), e.getValue().picture().png());
      Files.writeString(dir.resolve(e.getKey() + ".svg"), e.getValue().picture().svg(), StandardCharsets.UTF_8);
      written.add(e.getKey() + ".png");
      written.add(e.getKey() + ".svg");
    }
    return written;
  }

  /**
   * The report's figures, by file name: the layout, then the heat maps; empty when nothing is
   * drawn. A PNG already written in {@code dir} (may be null) is embedded as it is, not drawn again.
   */
  static Map<String, String> figures(RunRecord run, Path dir) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, Picture> e : pictures(run).entrySet()) {
      FloorPicture p = e.getValue().picture();
      Path written = dir == null ? null : dir.resolve(e.getKey() + ".png");
      byte[] png = written != null && Files.exists(written) ? Files.readAllBytes(written) : p.png();
      out.put(e.getKey(), HtmlReport.figure(e.getKey(), e.getValue().caption(), p.width(), p.height(), "image/png",
          Base64.getEncoder().encodeToString(png)));
    }
    return out;
  }

  private record Picture(FloorPicture picture, String caption) {}

  private static Map<String, Picture> pictures(RunRecord run) {
    Map<String, Picture> out = new LinkedHashMap<>();
    if (run.floorMap() == null) {
      return out;
    }
    int cells = run.floorMap().width() * run.floorMap().height();
    boolean several = run.levels().size() > 1;
    Map<String, Picture> heat = new LinkedHashMap<>();
    for (LevelResults l : run.levels()) {
      for (Layer layer : LAYERS) {
        double[] mean = meanGrid(l.replications(), layer.grid(), cells);
        if (mean != null) {
          String name = NAME + "-" + layer.file() + (several ? "-" + PublishedFolder.safeFolderName(l.level()) : "");
          String caption = layer.caption() + (several ? " (level " + l.level() + ")" : "")
              + "; mean over replications after warm-up, redder = more, the layout's colours underneath.";
          heat.put(name, new Picture(new FloorPicture(run.floorMap(), mean), caption));
        }
      }
    }
    if (!heat.isEmpty() || !run.floorMap().isGenerated()) {
      out.put(NAME, new Picture(new FloorPicture(run.floorMap(), null), CAPTION));
    }
    out.putAll(heat);
    return out;
  }

  /**
   * The mean of the replications' grids named {@code grid}, or null if any lacks one of
   * {@code cells} cells (not measured, or another floor) or all are zero (nothing to show).
   */
  static double[] meanGrid(List<ReplicationResult> replications, String grid, int cells) {
    if (replications.isEmpty()) {
      return null;
    }
    double[] sum = new double[cells];
    boolean any = false;
    for (ReplicationResult r : replications) {
      double[] g = r.grid(grid);
      if (g == null || g.length != cells) {
        return null;
      }
      for (int i = 0; i < cells; i++) {
        sum[i] += g[i] / replications.size();
        any |= g[i] != 0;
      }
    }
    return any ? sum : null;
  }
}
