package org.fcsim.scenario;

import java.util.Objects;

/**
 * Where a level sits in a sweep ({@code sweep:} in the file or {@code --set} on the command
 * line): the level of the ladder it was expanded from, the swept key and the value as written.
 * Plain data for the report, which draws a numeric sweep against its value.
 *
 * @param ladderLevel the level this point belongs to ({@code manual} for
 *                    {@code manual/driveUnits.count=40}), or "" for a file without {@code levels:}
 * @param key         the swept key path, e.g. {@code driveUnits.count}
 * @param value       the value as written, e.g. {@code 40}, {@code 0.25}, {@code 30s}, {@code 300/h}
 */
public record SweepPoint(String ladderLevel, String key, String value) {
  public SweepPoint {
    Objects.requireNonNull(ladderLevel, "ladderLevel");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
  }

  /**
   * The value as a number on an axis and its unit: a plain number as it is (unit ""), a
   * duration in seconds ("s"), a rate per hour ("/h"); {@code null} for anything else.
   */
  public Number number() {
    try {
      return new Number(Double.parseDouble(value), "");
    } catch (NumberFormatException e) {
      // not a plain number: a quantity with a unit, or text
    }
    Double sec = Quantities.parseDurationSec(value);
    if (sec != null) {
      return new Number(sec, "s");
    }
    Double perSec = Quantities.parseRatePerSec(value);
    return perSec == null ? null : new Number(perSec * 3600, "/h");
  }

  /** A sweep value on a number line: {@code x} in {@code unit} ("" for a plain number). */
  public record Number(double x, String unit) {}
}
