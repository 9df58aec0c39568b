package org.fcsim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.fcsim.scenario.FloorMap;
import org.jfree.svg.SVGGraphics2D;

/**
 * The one floor renderer: draws a map's cells (storage, aisles, highways, one-way lanes with
 * their arrows, pick and stow stations, chargers, blocked cells) to PNG or SVG, and optionally a
 * layer of per-cell values over it (a heat map: traffic, waits), shaded from transparent at 0
 * to solid red at the largest value. Row 0 of the map is drawn at the top.
 */
public final class FloorPicture {
  private static final Map<FloorMap.Kind, Color> COLORS = Map.ofEntries(
      Map.entry(FloorMap.Kind.OPEN, new Color(0xF4F4F4)), Map.entry(FloorMap.Kind.BLOCKED, new Color(0x404040)),
      Map.entry(FloorMap.Kind.STORAGE, new Color(0xC9A66B)), Map.entry(FloorMap.Kind.PICK_STATION, new Color(0x1F77B4)),
      Map.entry(FloorMap.Kind.STOW_STATION, new Color(0x2CA02C)), Map.entry(FloorMap.Kind.CHARGER, new Color(0xFFBF00)),
      Map.entry(FloorMap.Kind.HIGHWAY, new Color(0xD8E4F0)), Map.entry(FloorMap.Kind.ONE_WAY_UP, new Color(0xE8DFF5)),
      Map.entry(FloorMap.Kind.ONE_WAY_RIGHT, new Color(0xE8DFF5)), Map.entry(FloorMap.Kind.ONE_WAY_DOWN, new Color(0xE8DFF5)),
      Map.entry(FloorMap.Kind.ONE_WAY_LEFT, new Color(0xE8DFF5)));

  /** The legend strip under the map: what each colour is. */
  private static final List<Map.Entry<String, FloorMap.Kind>> LEGEND = List.of(
      Map.entry("storage", FloorMap.Kind.STORAGE), Map.entry("pick station", FloorMap.Kind.PICK_STATION),
      Map.entry("stow station", FloorMap.Kind.STOW_STATION), Map.entry("charger", FloorMap.Kind.CHARGER),
      Map.entry("highway", FloorMap.Kind.HIGHWAY), Map.entry("one-way lane", FloorMap.Kind.ONE_WAY_RIGHT),
      Map.entry("blocked", FloorMap.Kind.BLOCKED));
  private static final int LEGEND_PX = 26;
  private static final int MIN_WIDTH_PX = 760;

  private final FloorMap map;
  private final double[] values;
  private final int cellPx;

  /**
   * @param values one value per cell ({@code y * width + x}), ≥ 0, drawn as a heat layer; null for the layout alone
   */
  public FloorPicture(FloorMap map, double[] values) {
    this.map = map;
    this.values = values;
    this.cellPx = Math.max(3, Math.min(24, 1200 / map.width()));
  }

  /** The map's columns, or wide enough for the legend on one line. */
  public int width() {
    return Math.max(map.width() * cellPx, MIN_WIDTH_PX);
  }

  /** Pixels a cell takes each way. */
  public int cellPx() {
    return cellPx;
  }

  /** The map's rows, then the legend strip. */
  public int height() {
    return map.height() * cellPx + LEGEND_PX;
  }

  public byte[] png() throws IOException {
    BufferedImage image = new BufferedImage(width(), height(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    draw(g);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  /** A standalone SVG document. */
  public String svg() {
    SVGGraphics2D g = new SVGGraphics2D(width(), height());
    draw(g);
    return g.getSVGDocument();
  }

  private void draw(Graphics2D g) {
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width(), height());
    double max = 0;
    for (int i = 0; values != null && i < values.length; i++) {
      max = Math.max(max, values[i]);
    }
    g.setStroke(new BasicStroke(Math.max(1f, cellPx / 8f)));
    for (int y = 0; y < map.height(); y++) {
      for (int x = 0; x < map.width(); x++) {
        FloorMap.Kind kind = map.kind(x, y);
        Rectangle2D cell = new Rectangle2D.Double(x * cellPx, y * cellPx, cellPx, cellPx);
        g.setColor(COLORS.get(kind));
        g.fill(cell);
        if (kind.oneWay() >= 0 && cellPx >= 6) {
          g.setColor(new Color(0x6A3D9A));
          g.draw(arrow(x, y, kind.oneWay()));
        }
        if (max > 0 && values[y * map.width() + x] > 0) {
          g.setColor(new Color(214, 39, 40, (int) Math.round(255 * values[y * map.width() + x] / max)));
          g.fill(cell);
        }
      }
    }
    legend(g, max > 0);
  }

  private void legend(Graphics2D g, boolean heat) {
    int top = map.height() * cellPx;
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    int x = 6;
    int box = 12;
    int baseline = top + LEGEND_PX / 2 + 5;
    List<Map.Entry<String, Color>> keys = new java.util.ArrayList<>();
    LEGEND.forEach(e -> keys.add(Map.entry(e.getKey(), COLORS.get(e.getValue()))));
    if (heat) {
      keys.add(Map.entry("heat: redder = more", new Color(214, 39, 40)));
    }
    for (Map.Entry<String, Color> key : keys) {
      g.setColor(key.getValue());
      g.fillRect(x, top + (LEGEND_PX - box) / 2, box, box);
      g.setColor(Color.DARK_GRAY);
      g.drawRect(x, top + (LEGEND_PX - box) / 2, box, box);
      g.drawString(key.getKey(), x + box + 4, baseline);
      x += box + 12 + g.getFontMetrics().stringWidth(key.getKey());
    }
  }

  /** A chevron pointing along {@code heading} in the middle of the cell. */
  private Path2D arrow(int x, int y, int heading) {
    double cx = (x + 0.5) * cellPx;
    double cy = (y + 0.5) * cellPx;
    double r = cellPx * 0.3;
    double dx = FloorMap.DX[heading];
    double dy = FloorMap.DY[heading];
    Path2D p = new Path2D.Double();
    p.moveTo(cx - dx * r + dy * r, cy - dy * r - dx * r);
    p.lineTo(cx + dx * r, cy + dy * r);
    p.lineTo(cx - dx * r - dy * r, cy - dy * r + dx * r);
    return p;
  }
}
