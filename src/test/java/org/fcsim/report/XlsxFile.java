package org.fcsim.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Test helper: a workbook opened with fastexcel-reader (a different code path from the writer),
 * every sheet read whole. Cells are {@link Double} for numbers, {@link String} for text, null
 * when empty.
 */
public final class XlsxFile {
  private final Map<String, List<List<Object>>> values = new LinkedHashMap<>();
  private final Map<String, List<List<String>>> formats = new LinkedHashMap<>();

  private XlsxFile() {}

  /** Opens {@code file}; fails (IOException) when it is not a readable workbook. */
  public static XlsxFile open(Path file) throws IOException {
    XlsxFile book = new XlsxFile();
    try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false))) {
      for (Sheet sheet : wb.getSheets().toList()) {
        List<List<Object>> rows = new ArrayList<>();
        List<List<String>> rowFormats = new ArrayList<>();
        for (Row row : sheet.read()) {
          while (rows.size() < row.getRowNum() - 1) { // rows are numbered from 1; none is skipped, but be safe
            rows.add(List.of());
            rowFormats.add(List.of());
          }
          List<Object> cells = new ArrayList<>();
          List<String> cellFormats = new ArrayList<>();
          for (int c = 0; c < row.getCellCount(); c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null || cell.getType() == CellType.EMPTY ? null
                : cell.getType() == CellType.NUMBER ? (Object) cell.asNumber().doubleValue() : cell.getText());
            cellFormats.add(cell == null ? null : cell.getDataFormatString());
          }
          rows.add(cells);
          rowFormats.add(cellFormats);
        }
        book.values.put(sheet.getName(), rows);
        book.formats.put(sheet.getName(), rowFormats);
      }
    }
    return book;
  }

  /** Every cell's value and every cell's format, by sheet: equal for two workbooks with the same contents. */
  public List<Object> contents() {
    return List.of(values, formats);
  }

  /** The sheets' names, in tab order. */
  public List<String> sheets() {
    return List.copyOf(values.keySet());
  }

  /** The rows of {@code sheet}, header first; a row stops at its last non-empty cell. */
  public List<List<Object>> rows(String sheet) {
    return values.get(sheet);
  }

  /** The cell at (row, column), both from 0 (row 0 is the header); null when empty or beyond the row. */
  public Object cell(String sheet, int row, int column) {
    List<Object> r = values.get(sheet).get(row);
    return column < r.size() ? r.get(column) : null;
  }

  /** The number format code of a cell, or null when it has none. */
  public String format(String sheet, int row, int column) {
    List<String> r = formats.get(sheet).get(row);
    return column < r.size() ? r.get(column) : null;
  }

  /** The column of {@code sheet} whose header is {@code title}; fails when there is none. */
  public int column(String sheet, String title) {
    int c = values.get(sheet).get(0).indexOf(title);
    if (c < 0) {
      throw new AssertionError("no column " + title + " in " + values.get(sheet).get(0));
    }
    return c;
  }
}
