package org.fcsim.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code results.xlsx}: the run's tables as one workbook, for people who work in a spreadsheet.
 * Sheet {@code summary} is {@link WideSummary}; then, for each of {@link #TABLES} that this
 * folder has, a sheet of the same name holding that CSV file as written (see
 * {@link XlsxSheet#fromCsv}). It must therefore come after those writers in the folder's list;
 * it reads their files and never recomputes a number. The CSV files stay the reference: the
 * workbook's bytes change with the time of writing, its cells do not.
 */
final class ResultsXlsx implements ResultFile {
  static final String FILE = "results.xlsx";

  /** The run folder's tables that become sheets, in sheet order; the sheet is the file's name without {@code .csv}. */
  static final List<String> TABLES = List.of(VerdictsCsv.FILE, TargetsCsv.FILE, LedgerCsv.FILE, TransitionCsv.FILE,
      ReskillingCsv.FILE, PaybackCsv.FILE);

  @Override
  public boolean independent() {
    return true;
  }

  @Override
  public List<String> writeInto(Path dir, RunRecord run) throws IOException {
    List<XlsxSheet> sheets = new ArrayList<>();
    if (!run.summary().isEmpty()) {
      sheets.add(WideSummary.of(run.summary()));
    }
    sheets.addAll(tablesIn(dir, TABLES));
    if (sheets.isEmpty()) {
      return List.of();
    }
    XlsxSheet.write(dir.resolve(FILE), sheets, run.fcsimVersion());
    return List.of(FILE);
  }

  /**
   * Writes {@code results.xlsx} into a study's folder from the CSV files of {@code tables} that
   * are there, one sheet each, in that order; for the capacity and staffing folders.
   *
   * @return {@link #FILE}, or nothing when none of the tables is there
   */
  static List<String> writeTables(Path dir, List<String> tables, String fcsimVersion) throws IOException {
    List<XlsxSheet> sheets = tablesIn(dir, tables);
    if (sheets.isEmpty()) {
      return List.of();
    }
    XlsxSheet.write(dir.resolve(FILE), sheets, fcsimVersion);
    return List.of(FILE);
  }

  private static List<XlsxSheet> tablesIn(Path dir, List<String> tables) throws IOException {
    List<XlsxSheet> sheets = new ArrayList<>();
    for (String csv : tables) {
      if (Files.exists(dir.resolve(csv))) {
        sheets.add(XlsxSheet.fromCsvFile(csv.substring(0, csv.length() - ".csv".length()), dir.resolve(csv)));
      }
    }
    return sheets;
  }
}
