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
    int cellPx = picture.width() / 4;
    assertEquals(3 * cellPx, picture.height());
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(picture.png()));
    assertEquals(0x1F77B4, rgbAt(image, 0, 0, cellPx), "pick station");
    assertEquals(0xFFBF00, rgbAt(image, 3, 0, cellPx), "charger");
    assertEquals(0xC9A66B, rgbAt(image, 1, 1, cellPx), "storage");
    assertEquals(0x2CA02C, rgbAt(image, 0, 2, cellPx), "stow station");
    assertEquals(0x404040, rgbAt(image, 3, 2, cellPx), "blocked");
    assertEquals(0xF4F4F4, rgbAt(image, 1, 0, cellPx), "aisle");
    assertTrue(picture.svg().startsWith("<?xml"));
  }

  @Test
  void aHeatLayerShadesTheCellWithTheLargestValueSolidRed() throws Exception {
    double[] values = new double[12];
    values[5] = 4; // cell (1, 1)
    values[6] = 0; // cell (2, 1): no value, its own colour
    FloorPicture picture = new FloorPicture(MAP, values);
    int cellPx = picture.width() / 4;
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(picture.png()));
    assertEquals(0xD62728, rgbAt(image, 1, 1, cellPx));
    assertEquals(0xC9A66B, rgbAt(image, 2, 1, cellPx));
  }
}
