package org.fcsim.cli;

import org.fcsim.report.Build;
import picocli.CommandLine;

/** fcsim's version, from the properties file Maven fills in at build time ({@link Build}). */
public final class Version implements CommandLine.IVersionProvider {
  public static String current() {
    return Build.version();
  }

  @Override
  public String[] getVersion() {
    String commit = Build.gitCommit();
    return new String[] {"fcsim " + current() + " (Java " + Runtime.version() + ")"
        + (commit.equals(Build.UNKNOWN) ? "" : ", git " + commit.substring(0, Math.min(12, commit.length()))
        + (Build.gitModified().equals("true") ? " with uncommitted changes" : ""))};
  }
}
