package org.fcsim.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file a scenario names (an order history, an item master), read row by row with every
 * problem located in it. The file is UTF-8 (a leading byte-order mark, as Excel writes, is
 * skipped), separated by commas with double quotes around fields that hold commas; its first
 * line names the columns, matched without regard to case; other columns are ignored and blank
 * lines skipped. A problem is a {@link ScenarioException}
 * {@code file:line:column: name: problem}, where the column is the field's position in its row
 * (1 for the first), as a spreadsheet counts, and the name is the column's.
 */
final class CsvTable {
  /** The largest CSV read, in bytes: 256 MiB, a few million order lines. */
  static final int MAX_BYTES = 256 << 20;

  private final String file;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  /** Field index of each column read, by the name the caller gave it. */
  private final Map<String, Integer> fields = new LinkedHashMap<>();
  private final int headerFields;
  private CSVRecord row;

  /**
   * Opens the table and checks its header names every column of {@code required}.
   *
   * @param file     the file as messages name it
   * @param required column names, in the case messages should show them
   * @param optional columns that may be absent ({@link #has})
   */
  CsvTable(String file, byte[] bytes, List<String> required, List<String> optional) {
    this.file = file;
    try {
      parser = CSVParser.parse(new StringReader(utf8(file, bytes)), CSVFormat.DEFAULT);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
    records = parser.iterator();
    if (!next()) {
      throw new ScenarioException(file, null, "", "the file is empty; its first line must name the columns "
          + String.join(", ", required));
    }
    List<String> header = new ArrayList<>();
    row.forEach(name -> header.add(name.trim()));
    headerFields = header.size();
    List<String> wanted = new ArrayList<>(required);
    wanted.addAll(optional);
    for (String name : wanted) {
      for (int i = 0; i < header.size(); i++) {
        if (header.get(i).toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
          if (fields.containsKey(name)) {
            throw new ScenarioException(file, new YamlNode.Location(1, i + 1), name, "a second column of this name (the first is "
                + "column " + (fields.get(name) + 1) + "); name each column once");
          }
          fields.put(name, i);
        }
      }
    }
    for (String name : required) {
      if (!fields.containsKey(name)) {
        String semicolons = header.size() == 1 && header.get(0).contains(";") ? "; separate the columns with commas" : "";
        throw new ScenarioException(file, new YamlNode.Location(1, 1), name, "no such column; the header names "
            + String.join(", ", header.stream().map(Excerpt::of).toList()) + semicolons + "; needed: " + String.join(", ", required)
            + " (in any case and order; other columns are ignored)");
      }
    }
  }

  /**
   * The bytes of {@code path}, at most {@link #MAX_BYTES}, read through a bounded stream (a device
   * that never ends costs no more).
   */
  static byte[] read(Path path) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      byte[] bytes = in.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw new IOException("larger than " + (MAX_BYTES >> 20) + " MiB");
      }
      return bytes;
    }
  }

  private static String utf8(String file, byte[] bytes) {
    int bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, bom, bytes.length - bom)).toString();
    } catch (CharacterCodingException e) {
      throw new ScenarioException(file, null, "", "not valid UTF-8 text; save the file as UTF-8 (in Excel: CSV UTF-8)");
    }
  }

  /** Moves to the next row; false after the last. */
  boolean next() {
    try {
      row = records.hasNext() ? records.next() : null;
    } catch (UncheckedIOException e) {
      throw new ScenarioException(file, new YamlNode.Location(line(), 1), "", "not valid CSV: "
          + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage()));
    }
    return row != null;
  }

  /** Whether the header names {@code column} (always, for a required one). */
  boolean has(String column) {
    return fields.containsKey(column);
  }

  /** The current row's field in {@code column}, without surrounding spaces; a row too short for it is an error. */
  String text(String column) {
    int i = fields.get(column);
    if (i >= row.size()) {
      throw error(column, "missing: this row has " + row.size() + (row.size() == 1 ? " field" : " fields")
          + ", the header " + headerFields);
    }
    return row.get(i).trim();
  }

  /** The line the current row ends on (1 is the header). */
  int line() {
    return (int) Math.min(Integer.MAX_VALUE, parser.getCurrentLineNumber());
  }

  /** A problem with the current row's field in {@code column}. */
  ScenarioException error(String column, String problem) {
    return new ScenarioException(file, new YamlNode.Location(line(), fields.get(column) + 1), column, problem);
  }
}
