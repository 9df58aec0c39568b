package org.fcsim.extension;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Code blocks a document marks for a test: a line {@code <!-- MARK: path -->} followed by a
 * fenced block ({@code ```}); the block's lines are the file at {@code path}.
 */
final class ReadmeBlocks {
  private ReadmeBlocks() {}

  static Map<String, String> read(Path document, String mark) throws java.io.IOException {
    List<String> lines = Files.readAllLines(document);
    Map<String, String> blocks = new LinkedHashMap<>();
    String prefix = "<!-- " + mark + ": ";
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(prefix) && lines.get(i).endsWith(" -->")) {
        String path = lines.get(i).substring(prefix.length(), lines.get(i).length() - 4).strip();
        if (!lines.get(i + 1).startsWith("```")) {
          throw new IllegalStateException(document + ":" + (i + 2) + ": a fenced block must follow " + path);
        }
        StringBuilder text = new StringBuilder();
        for (int j = i + 2; !lines.get(j).startsWith("```"); j++) {
          text.append(lines.get(j)).append('\n');
        }
        blocks.put(path, text.toString());
      }
    }
    return blocks;
  }
}
