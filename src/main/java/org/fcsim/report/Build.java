package org.fcsim.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * What Maven recorded about this build in {@code fcsim-version.properties}: fcsim's version, the
 * git commit it was built from and whether the working tree had changes then (the
 * git-commit-id plugin). Built outside a git checkout, or run from classes no build filtered, a
 * value is {@value #UNKNOWN}.
 */
public final class Build {
  public static final String UNKNOWN = "unknown";
  private static final Properties PROPERTIES = load();

  private Build() {}

  /** fcsim's version, e.g. {@code 0.1.0}. */
  public static String version() {
    return value("version");
  }

  /** The full hash of the commit built, or {@value #UNKNOWN}. */
  public static String gitCommit() {
    return value("gitCommit");
  }

  /** {@code true} or {@code false}: whether the tree built had uncommitted changes; or {@value #UNKNOWN}. */
  public static String gitModified() {
    return value("gitModified");
  }

  private static String value(String key) {
    return known(PROPERTIES.getProperty(key));
  }

  /** A recorded value, or {@value #UNKNOWN} for none, a blank one or a placeholder Maven left unfilled. */
  static String known(String value) {
    return value == null || value.isBlank() || value.startsWith("${") ? UNKNOWN : value.trim();
  }

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = Build.class.getResourceAsStream("/fcsim-version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // no build record: every value is unknown
    }
    return p;
  }
}
