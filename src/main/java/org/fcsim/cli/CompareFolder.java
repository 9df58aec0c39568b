package org.fcsim.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.fcsim.stats.MetricDifference;

/**
 * Writes a comparison's folder, {@code <resultsRoot>/<scenario>/compare-<run-id>/}, the way
 * {@code ResultsFolder} writes a run's: the run id is the start time ({@code yyyyMMdd-HHmmss},
 * UTC), then {@code -2}, {@code -3} … when taken; everything goes into a hidden
 * {@code .compare-<run-id>.partial-<random>} sibling, is flushed, and is renamed in one atomic
 * move, so a folder with a plain name is always complete and never overwritten.
 */
final class CompareFolder {
  static final String CSV = "compare.csv";
  static final String[] HEADER = {"metric", "unit", "level_a", "level_b", "mean_a", "mean_b", "diff",
      "paired_ci95_low", "paired_ci95_high", "unpaired_ci95_low", "unpaired_ci95_high", "replications"};
  private static final DateTimeFormatter RUN_ID =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]+");
  private static final SecureRandom RANDOM = new SecureRandom();

  private CompareFolder() {}

  /** {@code compare.csv}: one row per metric, in the order given. */
  static String csv(String levelA, String levelB, List<MetricDifference> rows) throws IOException {
    StringWriter text = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(text,
        CSVFormat.RFC4180.builder().setHeader(HEADER).setRecordSeparator('\n').build())) {
      for (MetricDifference d : rows) {
        csv.printRecord(d.metric().name(), d.metric().unit(), levelA, levelB, number(d.meanA()), number(d.meanB()),
            number(d.diff()), number(d.pairedLow()), number(d.pairedHigh()), number(d.unpairedLow()),
            number(d.unpairedHigh()), Integer.toString(d.replications()));
      }
    }
    return text.toString();
  }

  /**
   * Writes {@code files} (name → UTF-8 text, in order) into a new comparison folder and
   * returns its path.
   *
   * @throws IOException if anything cannot be written; no comparison folder is then left
   */
  static Path write(Path resultsRoot, String scenarioName, Instant start, Map<String, String> files) throws IOException {
    Path scenarioDir = resultsRoot.resolve(safeFolderName(scenarioName));
    boolean createdScenarioDir = Files.notExists(scenarioDir);
    String id = "compare-" + RUN_ID.format(start);
    Path partial = createPartial(scenarioDir, id);
    try {
      for (Map.Entry<String, String> f : files.entrySet()) {
        Path p = partial.resolve(f.getKey());
        Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.WRITE)) {
          ch.force(true);
        }
      }
      return publish(partial, scenarioDir, id);
    } catch (IOException | RuntimeException | Error e) {
      try (Stream<Path> tree = Files.walk(partial)) {
        for (Path p : (Iterable<Path>) tree.sorted(Comparator.reverseOrder())::iterator) {
          Files.deleteIfExists(p);
        }
      } catch (IOException | RuntimeException suppressed) {
        e.addSuppressed(suppressed);
      }
      if (createdScenarioDir) {
        try {
          Files.deleteIfExists(scenarioDir);
        } catch (DirectoryNotEmptyException keep) {
          // another run wrote here meanwhile
        } catch (IOException ignored) {
          // best effort: an empty folder misleads no one
        }
      }
      throw e;
    }
  }

  /** As {@code ResultsFolder} names a scenario's folder: safe on any common file system. */
  static String safeFolderName(String name) {
    String s = UNSAFE.matcher(name).replaceAll("_").replaceAll("^\\.+|\\.+$", "");
    if (s.length() > 100) {
      s = s.substring(0, 100).replaceAll("\\.+$", "");
    }
    if (s.isEmpty()) {
      return "scenario";
    }
    return s.matches("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?") ? "_" + s : s;
  }

  private static Path createPartial(Path scenarioDir, String id) throws IOException {
    for (int attempt = 1; ; attempt++) {
      Files.createDirectories(scenarioDir);
      try {
        return Files.createDirectory(scenarioDir.resolve(
            "." + id + ".partial-" + Long.toUnsignedString(RANDOM.nextLong(), 36)));
      } catch (FileAlreadyExistsException | NoSuchFileException e) {
        if (attempt == 5) {
          throw e;
        }
      }
    }
  }

  /** Renames to the first free id; a name another process published meanwhile is skipped. */
  private static Path publish(Path partial, Path scenarioDir, String id) throws IOException {
    for (int n = 1; ; n++) {
      Path target = scenarioDir.resolve(n == 1 ? id : id + "-" + n);
      if (Files.exists(target)) {
        continue;
      }
      try {
        return Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileSystemException e) {
        if (!Files.exists(target)) {
          throw e;
        }
      }
    }
  }

  private static String number(double x) {
    return Double.isNaN(x) ? "" : Double.toString(x);
  }
}
