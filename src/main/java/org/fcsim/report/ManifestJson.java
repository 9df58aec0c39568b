package org.fcsim.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code manifest.json}: what is needed to trust and reproduce a run. Keys, in order:
 * {@code scenarioName}, {@code scenarioFile}, {@code scenarioHash} ({@code sha256:<hex>} of the
 * file as read), {@code seed}, {@code fcsimVersion}, {@code gitCommit} and {@code gitModified}
 * (the commit fcsim was built from and whether its tree had changes: {@link #putBuild}),
 * {@code commandLine} (array),
 * {@code threads}, {@code start} and {@code end} (ISO-8601 UTC instants), {@code wallTimeSec},
 * {@code javaVersion}, {@code files} (every file in the run folder, this one last).
 */
final class ManifestJson {
  static final String FILE = "manifest.json";
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ManifestJson() {}

  /** Writes the manifest into {@code dir}, listing {@code filesWritten} then itself. */
  static void write(Path dir, RunRecord run, List<String> filesWritten) throws IOException {
    ObjectNode m = JSON.createObjectNode();
    m.put("scenarioName", run.scenarioName());
    m.put("scenarioFile", run.scenarioFile().toString());
    m.put("scenarioHash", run.scenarioHash());
    m.put("seed", run.seed());
    m.put("fcsimVersion", run.fcsimVersion());
    putBuild(m);
    ArrayNode commandLine = m.putArray("commandLine");
    run.commandLine().forEach(commandLine::add);
    m.put("threads", run.threads());
    m.put("start", run.start().toString());
    m.put("end", run.end().toString());
    m.put("wallTimeSec", run.wallTimeSec());
    m.put("javaVersion", System.getProperty("java.version"));
    ArrayNode files = m.putArray("files");
    filesWritten.forEach(files::add);
    files.add(FILE);
    Files.writeString(dir.resolve(FILE), JSON.writeValueAsString(m) + "\n", StandardCharsets.UTF_8);
  }

  /**
   * {@code gitCommit}: the full hash fcsim was built from; {@code gitModified}: true or false,
   * whether that tree had uncommitted changes. Either is the string "unknown" for a build
   * outside a git checkout.
   */
  static void putBuild(ObjectNode m) {
    m.put("gitCommit", Build.gitCommit());
    String modified = Build.gitModified();
    if (modified.equals("true") || modified.equals("false")) {
      m.put("gitModified", Boolean.parseBoolean(modified));
    } else {
      m.put("gitModified", Build.UNKNOWN);
    }
  }
}
