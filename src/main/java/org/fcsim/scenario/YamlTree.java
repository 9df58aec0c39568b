package org.fcsim.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads YAML bytes into a {@link YamlNode} tree with locations, using Jackson's YAML parser.
 * Rejects what YAML allows but a scenario must not contain: duplicate keys, several
 * documents, and anchors/aliases beyond what Jackson resolves.
 */
final class YamlTree {
  private static final String NOT_UTF8 = "not valid UTF-8 text; save the file as UTF-8";
  /**
   * The largest scenario file read, in bytes: 4 MiB. A scenario file is a few KB; 4 MiB still holds an
   * empirical distribution of 700,000 values, and its tree takes about 300 MB of heap at worst.
   */
  static final int MAX_BYTES = 4 << 20;
  /** The deepest nesting of mappings and lists; a scenario nests five or six levels. */
  static final int MAX_DEPTH = 100;
  private static final YAMLFactory FACTORY = YAMLFactory.builder()
      .loaderOptions(loaderOptions())
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
      .build();

  private final String file;
  private final JsonParser parser;

  private YamlTree(String file, JsonParser parser) {
    this.file = file;
    this.parser = parser;
  }

  /** SnakeYAML's own cap (3 million code points by default) raised to ours, so ours is the one users meet. */
  private static LoaderOptions loaderOptions() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_BYTES);
    return options;
  }

  /** Parses one YAML document; a malformed document raises {@link ScenarioException}. */
  static YamlNode parse(String file, byte[] bytes) {
    try (JsonParser parser = FACTORY.createParser(new ByteArrayInputStream(bytes))) {
      YamlTree tree = new YamlTree(file, parser);
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new ScenarioException(file, new YamlNode.Location(1, 1), "", "the file is empty");
      }
      YamlNode root;
      try {
        root = tree.node(first);
      } catch (StreamConstraintsException e) { // Jackson gives no location: take the parser's
        throw new ScenarioException(file, tree.location(), "", "nested more than " + MAX_DEPTH
            + " mappings or lists deep; a scenario nests five or six");
      }
      if (parser.nextToken() != null) {
        throw new ScenarioException(file, tree.location(), "",
            "more than one YAML document; a scenario file holds exactly one");
      }
      return root;
    } catch (CharConversionException e) {
      throw new ScenarioException(file, null, "", NOT_UTF8);
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      YamlNode.Location at = loc == null ? null : new YamlNode.Location(loc.getLineNr(), loc.getColumnNr());
      if (isEncodingProblem(e)) {
        throw new ScenarioException(file, at, "", NOT_UTF8);
      }
      throw new ScenarioException(file, at, "", "not valid YAML: " + firstLine(e.getOriginalMessage()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isEncodingProblem(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CharConversionException) {
        return true;
      }
    }
    return false;
  }

  private YamlNode node(JsonToken token) throws IOException {
    YamlNode.Location at = location();
    switch (token) {
      case START_OBJECT: {
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
          String key = parser.currentName();
          YamlNode.Location keyAt = location();
          YamlNode value = node(parser.nextToken());
          if (entries.containsKey(key)) {
            throw new ScenarioException(file, keyAt, key, "this key appears twice in the same mapping");
          }
          entries.put(key, new YamlNode.Entry(keyAt, value));
        }
        return new YamlNode.Mapping(entries, at);
      }
      case START_ARRAY: {
        List<YamlNode> items = new ArrayList<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
          items.add(node(t));
        }
        return new YamlNode.Sequence(items, at);
      }
      case VALUE_STRING:
        return new YamlNode.Scalar(parser.getText(), YamlNode.Scalar.Kind.STRING, at);
      case VALUE_NUMBER_INT:
        return new YamlNode.Scalar(parser.getText(), YamlNode.Scalar.Kind.INTEGER, at);
      case VALUE_NUMBER_FLOAT:
        return new YamlNode.Scalar(parser.getText(), YamlNode.Scalar.Kind.DECIMAL, at);
      case VALUE_TRUE:
      case VALUE_FALSE:
        return new YamlNode.Scalar(parser.getText(), YamlNode.Scalar.Kind.BOOLEAN, at);
      case VALUE_NULL:
        return new YamlNode.Scalar("", YamlNode.Scalar.Kind.NULL, at);
      default:
        throw new ScenarioException(file, at, "", "unsupported YAML content (" + token + ")");
    }
  }

  private YamlNode.Location location() {
    JsonLocation loc = parser.currentTokenLocation();
    return new YamlNode.Location(loc.getLineNr(), loc.getColumnNr());
  }

  /** SnakeYAML's messages span lines with code excerpts; keep the sentences, drop the excerpts. */
  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable content";
    }
    StringBuilder sb = new StringBuilder();
    for (String line : message.split("\\R")) {
      if (line.isBlank() || Character.isWhitespace(line.charAt(0)) || line.startsWith(" in ")) {
        continue;
      }
      sb.append(sb.length() == 0 ? "" : "; ").append(line.trim());
    }
    return sb.length() == 0 ? "unreadable content" : sb.toString();
  }
}
