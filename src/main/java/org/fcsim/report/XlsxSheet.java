package org.fcsim.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * One sheet of a results folder's {@code results.xlsx}: a bold header row and rows of
 * cells, each a {@link String}, a {@link Num} (a real number with its display format, so sorting
 * and charts work) or {@code null} (empty: a value that does not exist); the header row and the
 * first column are frozen. Written with FastExcel.
 *
 * @param name   the sheet's tab, at most 31 characters, none of {@code []:*?/\}
 * @param header the column titles
 * @param rows   the cells of each row, each row at most as long as the header
 */
record XlsxSheet(String name, List<String> header, List<List<Object>> rows) {

  /** A number cell: the exact double, shown with an Excel format code (see {@link CellFormats}). */
  record Num(double value, String format) {}

  /**
   * Columns that name things and stay text even when every entry reads as a number (a level
   * or role may be called {@code 2}): a title, or {@code <sheet>.<title>} where the title holds
   * numbers in other tables ({@code transition}'s {@code baseline} is a number of people).
   */
  private static final Set<String> LABELS = Set.of("level", "from", "to", "name", "role", "equipment",
      "target", "metric", "task_type", "performer", "reskilling.baseline");

  private static final int WIDEST = 60;

  /**
   * A sheet holding a CSV table of this folder as it was written: the same header, rows and
   * fields, where a column whose every non-empty field is a number (and that is not a
   * {@link #LABELS label}) becomes number cells formatted by {@link CellFormats} over the whole
   * column, as a percent when its title says {@code utilization}. Empty fields are empty cells.
   */
  static XlsxSheet fromCsv(String name, String csvText) throws IOException {
    List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csvText)).getRecords();
    List<String> header = records.get(0).toList();
    List<CSVRecord> body = records.subList(1, records.size());
    String[] formats = new String[header.size()];
    for (int c = 0; c < header.size(); c++) {
      double[] column = numbers(body, c);
      if (column != null && !LABELS.contains(header.get(c)) && !LABELS.contains(name + "." + header.get(c))) {
        formats[c] = CellFormats.of(column, header.get(c).contains("utilization"));
      }
    }
    List<List<Object>> rows = new ArrayList<>();
    for (CSVRecord r : body) {
      List<Object> row = new ArrayList<>();
      for (int c = 0; c < r.size(); c++) {
        String field = r.get(c);
        row.add(field.isEmpty() ? null : formats[c] == null ? field : new Num(Double.parseDouble(field), formats[c]));
      }
      rows.add(row);
    }
    return new XlsxSheet(name, header, rows);
  }

  /** Reads a CSV file written earlier into the same folder. */
  static XlsxSheet fromCsvFile(String name, Path csv) throws IOException {
    return fromCsv(name, Files.readString(csv, StandardCharsets.UTF_8));
  }

  /** The column's numbers (NaN where empty), or null when a field is not a number or all are empty. */
  private static double[] numbers(List<CSVRecord> body, int column) {
    double[] out = new double[body.size()];
    boolean any = false;
    for (int i = 0; i < body.size(); i++) {
      String field = column < body.get(i).size() ? body.get(i).get(column) : "";
      if (field.isEmpty()) {
        out[i] = Double.NaN;
        continue;
      }
      try {
        out[i] = Double.parseDouble(field);
      } catch (NumberFormatException notANumber) {
        return null;
      }
      if (Double.isNaN(out[i]) || Double.isInfinite(out[i])) {
        return null; // "NaN" or "Infinity" written as words stay words
      }
      any = true;
    }
    return any ? out : null;
  }

  /**
   * Writes {@code sheets}, in order, as the workbook {@code file}. The cells are the same for the
   * same sheets; the file's bytes are not, since FastExcel stamps the time of writing into the
   * document properties ({@code docProps/core.xml}, {@code dcterms:created}; zip entries carry a fixed date).
   */
  static void write(Path file, List<XlsxSheet> sheets, String fcsimVersion) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook book = new Workbook(out, "fcsim", appVersion(fcsimVersion));
      for (XlsxSheet s : sheets) {
        s.fill(book.newWorksheet(s.name()));
      }
      book.finish();
    }
  }

  private void fill(Worksheet ws) {
    int[] widths = new int[header.size()];
    for (int c = 0; c < header.size(); c++) {
      ws.value(0, c, header.get(c));
      widths[c] = header.get(c).length();
    }
    ws.range(0, 0, 0, header.size() - 1).style().bold().set();
    for (int r = 0; r < rows.size(); r++) {
      List<Object> row = rows.get(r);
      for (int c = 0; c < row.size(); c++) {
        Object cell = row.get(c);
        if (cell instanceof Num n) {
          ws.value(r + 1, c, n.value());
          ws.style(r + 1, c).format(n.format()).set();
          widths[c] = Math.max(widths[c], 10);
        } else if (cell != null) {
          ws.value(r + 1, c, cell.toString());
          widths[c] = Math.max(widths[c], cell.toString().length());
        }
      }
    }
    for (int c = 0; c < widths.length; c++) {
      ws.width(c, Math.min(WIDEST, widths[c] + 2));
    }
    ws.freezePane(1, 1); // the header and the first column (level or metric) stay in view
  }

  /** FastExcel wants {@code major.minor} as the application's version; "0.1.0" gives "0.1". */
  static String appVersion(String fcsimVersion) {
    Matcher m = Pattern.compile("^(\\d{1,2})\\.(\\d{1,4})").matcher(fcsimVersion);
    return m.find() ? m.group(1) + "." + m.group(2) : "0.0";
  }
}
