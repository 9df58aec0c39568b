package org.fcsim.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Test helper: every file under a folder, for checking that a failed write changed nothing. */
public final class FolderSnapshot {
  private FolderSnapshot() {}

  /** Every regular file under {@code dir}, by path relative to it, with its bytes. */
  public static Map<String, byte[]> of(Path dir) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator) {
        files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return files;
  }
}
