package org.fcsim.scenario;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses and prints the quantities a scenario file writes with units: durations
 * ({@code 12s}, {@code 2.5min}, {@code 8h}) and rates ({@code 300/h}). Inside fcsim every
 * duration is seconds and every rate is per second.
 */
public final class Quantities {
  private static final Map<String, Double> SECONDS_PER_UNIT = Map.of(
      "ms", 0.001, "s", 1.0, "sec", 1.0, "min", 60.0, "h", 3600.0, "d", 86400.0);
  private static final String NUMBER = "((?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?)";
  private static final Pattern DURATION = Pattern.compile(NUMBER + "\\s*(ms|sec|s|min|h|d)");
  private static final Pattern RATE = Pattern.compile(NUMBER + "\\s*/\\s*(ms|sec|s|min|h|d)");

  private static final Pattern SPEED = Pattern.compile(NUMBER + "\\s*m/s");
  private static final Pattern ACCELERATION = Pattern.compile(NUMBER + "\\s*m/s(?:2|\\^2|²)");
  private static final Pattern LENGTH = Pattern.compile(NUMBER + "\\s*(m|km)");

  public static final String SPEED_FORM = "a speed, e.g. 1.5m/s";
  public static final String ACCELERATION_FORM = "an acceleration, e.g. 1m/s2";
  public static final String LENGTH_FORM = "a length, e.g. 1m, 30m, 0.5km";
  public static final String DURATION_FORM = "a duration with a unit, e.g. 12s, 2.5min, 8h (units: ms, s, min, h, d)";
  public static final String RATE_FORM = "a rate, e.g. 300/h, 5/min, 0.2/s";

  /** The longest duration a scenario or an option may give: 366 days. */
  public static final double MAX_DURATION_SEC = 366 * 86400.0;

  private Quantities() {}

  /** Seconds in {@code text}, or {@code null} if it is not a duration with a unit. */
  public static Double parseDurationSec(String text) {
    Matcher m = DURATION.matcher(text.trim());
    return m.matches() ? Double.parseDouble(m.group(1)) * SECONDS_PER_UNIT.get(m.group(2)) : null;
  }

  /** Events per second in {@code text}, or {@code null} if it is not a rate. */
  public static Double parseRatePerSec(String text) {
    Matcher m = RATE.matcher(text.trim());
    return m.matches() ? Double.parseDouble(m.group(1)) / SECONDS_PER_UNIT.get(m.group(2)) : null;
  }

  /** Metres per second in {@code text}, or {@code null}. */
  public static Double parseSpeed(String text) {
    Matcher m = SPEED.matcher(text.trim());
    return m.matches() ? Double.parseDouble(m.group(1)) : null;
  }

  /** Metres per second squared in {@code text}, or {@code null}. */
  public static Double parseAcceleration(String text) {
    Matcher m = ACCELERATION.matcher(text.trim());
    return m.matches() ? Double.parseDouble(m.group(1)) : null;
  }

  /** Metres in {@code text}, or {@code null}. */
  public static Double parseLength(String text) {
    Matcher m = LENGTH.matcher(text.trim());
    return m.matches() ? Double.parseDouble(m.group(1)) * (m.group(2).equals("km") ? 1000 : 1) : null;
  }

  /** A duration as a scenario file would write it, in the largest unit that keeps it short. */
  public static String formatDuration(double seconds) {
    if (seconds >= 3600 && isShort(seconds / 3600)) {
      return plain(seconds / 3600) + "h";
    }
    if (seconds >= 60 && isShort(seconds / 60)) {
      return plain(seconds / 60) + "min";
    }
    return plain(seconds) + "s";
  }

  /** At most two decimals: 1.5h and 2.25min read well, 0.0333h does not. */
  private static boolean isShort(double value) {
    double hundredths = value * 100;
    return Math.abs(hundredths - Math.rint(hundredths)) < 1e-9 * Math.max(1, hundredths);
  }

  /** A rate as a scenario file would write it, per hour. */
  public static String formatRate(double perSecond) {
    return plain(perSecond * 3600) + "/h";
  }

  /** Shortest decimal text that reads back to the same double. */
  public static String plain(double value) {
    return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
  }
}
