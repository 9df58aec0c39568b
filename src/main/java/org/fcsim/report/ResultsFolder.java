package org.fcsim.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a finished run into {@code <resultsRoot>/<scenario>/<run-id>/}, where the run id is
 * the start time as {@code yyyyMMdd-HHmmss} in UTC, followed by {@code -2}, {@code -3}, … when
 * that folder already exists. An earlier run's folder is never overwritten or deleted.
 *
 * <p>A run folder is complete or absent: it is published by {@link PublishedFolder}.
 */
public final class ResultsFolder {

  /** The standard contents, in the order they are written; the manifest always comes last. */
  private static final List<ResultFile> STANDARD = standard();

  private final List<ResultFile> files;

  /**
   * The scenario, the tables, the workbook (which reads the tables), every chart of
   * {@link Charts#ALL}, then the HTML report, which embeds the charts and lists the files written
   * before it.
   */
  private static List<ResultFile> standard() {
    List<ResultFile> files = new ArrayList<>(List.of(
        ResultsFolder::writeScenario, new VerdictsCsv(), new TargetsCsv(), new TransitionCsv(), new ReskillingCsv(), new PaybackCsv(), new SummaryCsv(), new LedgerCsv(), new ReplicationsCsv(), new SeriesCsv(),
        new ResultsXlsx()));
    Charts.ALL.forEach(spec -> files.add(new ChartFiles(spec)));
    files.add(new FloorFiles());
    files.add(new HtmlReport());
    return List.copyOf(files);
  }

  /** A folder writer with the given contents; tests use it to inject a failing writer. */
  ResultsFolder(List<ResultFile> files) {
    this.files = List.copyOf(files);
  }

  /**
   * Writes the run's results folder and returns its path. Creates {@code resultsRoot} and the
   * scenario folder if needed.
   *
   * @throws IOException if any file cannot be written; no run folder is then left behind
   */
  public static Path write(Path resultsRoot, RunRecord run) throws IOException {
    return new ResultsFolder(STANDARD).writeRun(resultsRoot, run);
  }

  Path writeRun(Path resultsRoot, RunRecord run) throws IOException {
    return PublishedFolder.write(resultsRoot, run.scenarioName(), PublishedFolder.timeId(run.start()), dir -> {
      List<String> written = new ArrayList<>();
      for (int i = 0; i < files.size(); ) {
        int end = i;
        while (end < files.size() && files.get(end).independent()) {
          end++;
        }
        if (end == i) {
          written.addAll(files.get(i).writeInto(dir, run));
          i++;
        } else {
          written.addAll(atOnce(files.subList(i, end), dir, run));
          i = end;
        }
      }
      ManifestJson.write(dir, run, written);
    });
  }

  /** Runs {@code writers} at the same time; their files' names in the writers' order, as if one ran after another. */
  private static List<String> atOnce(List<ResultFile> writers, Path dir, RunRecord run) throws IOException {
    List<List<String>> names;
    try {
      names = writers.parallelStream().map(w -> {
        try {
          return w.writeInto(dir, run);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).toList();
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
    List<String> out = new ArrayList<>();
    names.forEach(out::addAll);
    return out;
  }

  /** The scenario's folder name; see {@link PublishedFolder#safeFolderName}. */
  static String safeFolderName(String scenarioName) {
    return PublishedFolder.safeFolderName(scenarioName);
  }

  private static List<String> writeScenario(Path dir, RunRecord run) throws IOException {
    Files.writeString(dir.resolve("scenario.yaml"), run.resolvedScenarioYaml(),
        StandardCharsets.UTF_8);
    return List.of("scenario.yaml");
  }
}
