package org.fcsim.scenario;

/**
 * User text quoted in a one-line message, kept short: text of at most {@value #MAX} characters
 * as given, longer text as its first {@value #KEPT} characters and "…" (characters
 * are code points, so an emoji is never cut in half). A pasted paragraph or a
 * 300-digit number then cannot bury the message it appears in.
 */
public final class Excerpt {
  static final int MAX = 80;
  static final int KEPT = 60;

  private Excerpt() {}

  public static String of(String text) {
    if (text.codePointCount(0, text.length()) <= MAX) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, KEPT)) + "…";
  }
}
