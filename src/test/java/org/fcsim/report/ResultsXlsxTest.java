package org.fcsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** results.xlsx of a run folder, opened with fastexcel-reader and held against the CSV files beside it. */
class ResultsXlsxTest {
  @TempDir static Path root;
  private static Path folder;
  private static XlsxFile book;

  /** One ladder run folder, tables and workbook only (no charts: they are slow), for every test. */
  @BeforeAll
  static void writeLadder() throws Exception {
    folder = new ResultsFolder(List.of(new VerdictsCsv(), new TargetsCsv(), new TransitionCsv(), new ReskillingCsv(),
        new PaybackCsv(), new SummaryCsv(), new LedgerCsv(), new ResultsXlsx())).writeRun(root, Runs.ladder());
    book = XlsxFile.open(folder.resolve("results.xlsx"));
  }

  /** The rows of a CSV file, header first. */
  private static List<CSVRecord> csv(Path file) throws Exception {
    return CSVFormat.RFC4180.parse(new StringReader(Files.readString(file))).getRecords();
  }

  /** The rows of a CSV file after its header, fields by column title. */
  private static List<CSVRecord> body(Path file) throws Exception {
    return CSVFormat.RFC4180.builder().setHeader().build().parse(new StringReader(Files.readString(file))).getRecords();
  }

  private static int row(XlsxFile book, String sheet, String metric) {
    List<List<Object>> rows = book.rows(sheet);
    for (int r = 1; r < rows.size(); r++) {
      if (metric.equals(rows.get(r).get(0))) {
        return r;
      }
    }
    throw new AssertionError("no row " + metric + " in " + sheet);
  }

  @Test
  void oneSheetPerTableOfTheFolderSummaryFirst() throws Exception {

    assertEquals(List.of("summary", "verdicts", "ledger", "transition"), book.sheets());
    List<String> tables = new ArrayList<>(List.of("summary.csv"));
    ResultsXlsx.TABLES.stream().filter(t -> Files.exists(folder.resolve(t))).forEach(tables::add);
    assertEquals(tables.stream().map(t -> t.replace(".csv", "")).toList(), book.sheets(), "every table there, no other");
  }

  @Test
  void theSummarySheetIsWideAndHoldsSummaryCsvsExactNumbers() throws Exception {
    List<CSVRecord> summary = body(folder.resolve("summary.csv"));

    assertEquals(List.of("metric", "unit", "manual", "high-automation", "± manual", "± high-automation"),
        book.rows("summary").get(0));
    assertEquals(List.of("replications", "replications", 3.0, 3.0), book.rows("summary").get(1));
    for (CSVRecord r : summary) {
      int row = row(book, "summary", r.get("metric"));
      String where = r.get("level") + " " + r.get("metric");
      assertEquals(r.get("unit"), book.cell("summary", row, 1), where);
      assertEquals(Double.parseDouble(r.get("mean")), book.cell("summary", row, book.column("summary", r.get("level"))), where);
      double halfWidth = (Double.parseDouble(r.get("ci95_high")) - Double.parseDouble(r.get("ci95_low"))) / 2;
      assertEquals(halfWidth, book.cell("summary", row, book.column("summary", "± " + r.get("level"))), where);
    }
    long means = book.rows("summary").stream().skip(2).mapToLong(r -> r.subList(2, Math.min(4, r.size())).stream()
        .filter(java.util.Objects::nonNull).count()).sum();
    assertEquals(summary.size(), means, "every row of summary.csv is one mean cell, and nothing else is");
  }

  @Test
  void aLevelWithoutAMetricAndASingleReplicationLeaveEmptyCells() throws Exception {
    Path dir = Files.createDirectory(root.resolve("demo-only"));
    assertEquals(List.of("results.xlsx"), new ResultsXlsx().writeInto(dir, Runs.run()));
    XlsxFile book = XlsxFile.open(dir.resolve("results.xlsx"));

    int arms = row(book, "summary", "utilization.arms");
    assertNull(book.cell("summary", arms, book.column("summary", "manual")), "manual has no arms");
    assertEquals(0.6, book.cell("summary", arms, book.column("summary", "arms")));
    assertNull(book.cell("summary", arms, book.column("summary", "± arms")), "one replication: no interval");
  }

  @Test
  void numbersAreFormattedToTheirUnitAndSize() throws Exception {

    assertEquals("0.0%", book.format("summary", row(book, "summary", "utilization.picker"), 2));
    assertEquals("0.0%", book.format("summary", row(book, "summary", "utilization.picker"), 4), "half-widths too");
    assertEquals("#,##0", book.format("summary", row(book, "summary", "unitsPerHour"), 3), "101 and 151: whole");
    assertEquals("0.00", book.format("summary", row(book, "summary", "humanTaskHours.total"), 3), "7.1 and 2.1");
    assertEquals("#,##0", book.format("summary", row(book, "summary", "orderCycleSec.p99"), 2));
    assertEquals("0.000", book.format("summary", row(book, "summary", "costPerUnit.capital"), 2));
    assertEquals("#,##0", book.format("summary", row(book, "summary", "headcount.picker"), 2));
    int hours = book.column("ledger", "hours_mean");
    assertEquals("0.00", book.format("ledger", 1, hours), "ledger hours up to 5.1 h");
  }

  @Test
  void everyOtherSheetIsItsCsvFileCellForCellNumbersAsNumbers() throws Exception {

    for (String sheet : book.sheets().subList(1, book.sheets().size())) {
      List<CSVRecord> table = csv(folder.resolve(sheet + ".csv"));
      assertEquals(table.size(), book.rows(sheet).size(), sheet);
      for (int r = 0; r < table.size(); r++) {
        for (int c = 0; c < table.get(r).size(); c++) {
          String field = table.get(r).get(c);
          Object cell = book.cell(sheet, r, c);
          String where = sheet + " row " + r + " column " + table.get(0).get(c);
          if (field.isEmpty()) {
            assertNull(cell, where);
          } else if (cell instanceof Double d) {
            assertEquals(Double.parseDouble(field), d, where);
          } else {
            assertEquals(field, cell, where);
          }
        }
      }
    }
    assertTrue(book.cell("ledger", 1, book.column("ledger", "count_mean")) instanceof Double, "counts are numbers");
    assertEquals("manual", book.cell("ledger", 1, 0));
    assertEquals("people per shift", book.cell("transition", 1, 1));
    assertEquals(8.0, book.cell("transition", 1, book.column("transition", "baseline")), "the baseline's people, a number");
  }

  @Test
  void labelColumnsStayTextEvenWhenTheyReadAsNumbers() throws Exception {
    XlsxSheet sheet = XlsxSheet.fromCsv("t", "level,role,people\n2,7,3\n3,7,\n");
    assertEquals(List.of(List.of("2", "7", new XlsxSheet.Num(3, "#,##0")), java.util.Arrays.asList("3", "7", null)),
        sheet.rows());
    assertEquals(List.of("2"), XlsxSheet.fromCsv("reskilling", "baseline\n2\n").rows().get(0), "reskilling's baseline is a level");
    assertEquals(List.of(new XlsxSheet.Num(2, "#,##0")), XlsxSheet.fromCsv("transition", "baseline\n2\n").rows().get(0),
        "transition's baseline is a number of people");
  }

  @Test
  void aRunFolderListsTheWorkbookInItsManifest() throws Exception {
    String manifest = Files.readString(folder.resolve("manifest.json"));
    assertTrue(manifest.contains("\"results.xlsx\""), manifest);
  }
}
