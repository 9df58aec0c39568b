package org.fcsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.fcsim.scenario.FloorMap;
import org.junit.jupiter.api.Test;

/** The floor renderer draws each cell in its kind's colour, and a heat layer over the cells that have a value. */
class FloorPictureTest {
  private static final FloorMap MAP = FloorMap.parse("t.map", "type octile\nheight 3\nwidth 4\nmap\nK..C\n.PP>\nN..@\n");

  private static int rgbAt(BufferedImage image, int x, int y, int cellPx) {
    return image.getRGB(x * cellPx + cellPx / 2, y * cellPx + cellPx / 2) & 0xFFFFFF;
  }

  @Test
  void eachCellIsDrawnInItsKindsColour() throws Exception {
    FloorPicture picture = new FloorPicture(MAP, null);
    int cellPx = picture.cellPx();
    assertEquals(24, cellPx, "a small map's cells are drawn large");
    assertTrue(picture.height() > 3 * cellPx, "the map's rows, then the legend");
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(picture.png()));
    assertEquals(0x1F77B4, rgbAt(image, 0, 0, cellPx), "pick station");
    assertEquals(0xFFBF00, rgbAt(image, 3, 0, cellPx), "charger");
    assertEquals(0xC9A66B, rgbAt(image, 1, 1, cellPx), "storage");
    assertEquals(0x2CA02C, rgbAt(image, 0, 2, cellPx), "stow station");
    assertEquals(0x404040, rgbAt(image, 3, 2, cellPx), "blocked");
    assertEquals(0xF4F4F4, rgbAt(image, 1, 0, cellPx), "aisle");
    assertEquals(0xC9A66B, image.getRGB(12, 3 * cellPx + 13) & 0xFFFFFF, "the legend's first swatch: storage");
    assertTrue(picture.svg().startsWith("<?xml"));
  }

  @Test
  void aHeatLayerShadesTheCellWithTheLargestValueSolidRed() throws Exception {
    double[] values = new double[12];
    values[5] = 4; // cell (1, 1)
    values[6] = 0; // cell (2, 1): no value, its own colour
    FloorPicture picture = new FloorPicture(MAP, values);
    int cellPx = picture.cellPx();
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(picture.png()));
    assertEquals(0xD62728, rgbAt(image, 1, 1, cellPx));
    assertEquals(0xC9A66B, rgbAt(image, 2, 1, cellPx));
  }
}
