package org.fcsim.report;

import java.awt.Color;

/**
 * Colours for automation levels, which are ordered (a ladder or a sweep): evenly spaced
 * samples of the viridis scale, dark purple for the first level to green for the last. Viridis
 * reads in order of lightness for every common colour-vision deficiency and in grey print; the
 * pale yellow end is left out because it vanishes on white. Deliberately unlike
 * {@link TaskPalette}, so a level is never mistaken for a task.
 */
final class LevelPalette {
  /** Viridis at 0, 0.1, …, 0.8 (matplotlib's values). */
  private static final int[] STOPS = {
      0x440154, 0x482878, 0x3E4989, 0x31688E, 0x26828E, 0x1F9E89, 0x35B779, 0x6DCD59, 0xB4DE2C};

  private LevelPalette() {}

  /** The colour of level {@code index} of {@code count}, interpolated along the stops. */
  static Color of(int index, int count) {
    if (count <= 1) {
      return new Color(STOPS[3]);
    }
    double t = (double) index / (count - 1) * (STOPS.length - 1);
    int i = Math.min((int) Math.floor(t), STOPS.length - 2);
    double f = t - i;
    Color a = new Color(STOPS[i]);
    Color b = new Color(STOPS[i + 1]);
    return new Color(mix(a.getRed(), b.getRed(), f), mix(a.getGreen(), b.getGreen(), f), mix(a.getBlue(), b.getBlue(), f));
  }

  private static int mix(int a, int b, double f) {
    return (int) Math.round(a + (b - a) * f);
  }
}
