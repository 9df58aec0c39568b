package org.fcsim.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** fcsim's version, from the properties file Maven fills in at build time. */
public final class Version implements CommandLine.IVersionProvider {
  public static String current() {
    try (InputStream in = Version.class.getResourceAsStream("/fcsim-version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  @Override
  public String[] getVersion() {
    return new String[] {"fcsim " + current() + " (Java " + Runtime.version() + ")"};
  }
}
