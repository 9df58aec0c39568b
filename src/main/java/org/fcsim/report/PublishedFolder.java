package org.fcsim.report;

import java.io.IOException;
import java.nio.channels.FileChannel;
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
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * How every results folder is published: {@code <resultsRoot>/<scenario>/<id>/}, followed by
 * {@code -2}, {@code -3}, … when that name is taken, so an earlier folder is never overwritten.
 * A folder is complete or absent: its contents are written into a hidden sibling,
 * {@code .<id>.partial-<random>}, flushed to disk and renamed in one atomic move; if anything
 * fails the hidden folder (and a scenario folder made for it) is deleted and the exception
 * propagates. A folder whose name starts with a dot is therefore never finished.
 */
public final class PublishedFolder {
  private static final DateTimeFormatter TIME_ID =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]+");
  private static final Pattern WINDOWS_RESERVED = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");
  private static final int MAX_NAME_LENGTH = 100;
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Writes a folder's files; called once, with the hidden working folder. */
  @FunctionalInterface
  public interface Contents {
    void writeInto(Path dir) throws IOException;
  }

  private PublishedFolder() {}

  /** A start time as a folder id: {@code yyyyMMdd-HHmmss} in UTC. */
  public static String timeId(Instant start) {
    return TIME_ID.format(start);
  }

  /**
   * Writes and publishes a folder under {@code resultsRoot/<safe scenario name>/}; returns its path.
   *
   * @throws IOException if anything cannot be written; nothing is then left behind
   */
  public static Path write(Path resultsRoot, String scenarioName, String id, Contents contents) throws IOException {
    Path scenarioDir = resultsRoot.resolve(safeFolderName(scenarioName));
    boolean createdScenarioDir = Files.notExists(scenarioDir);
    Path partial = createPartial(scenarioDir, id);
    try {
      contents.writeInto(partial);
      flushFiles(partial);
      return publish(partial, scenarioDir, id);
    } catch (Throwable t) {
      discard(partial, t);
      if (createdScenarioDir) {
        removeIfEmpty(scenarioDir);
      }
      throw t;
    }
  }

  /**
   * Maps a scenario name to one safe folder name on any common file system: runs of characters
   * other than ASCII letters, digits, {@code . _ -} become {@code _}; leading and trailing dots
   * are dropped (no hidden folders, no {@code ..}); Windows device names get a {@code _}; at
   * most 100 characters; an empty result becomes {@code scenario}.
   */
  public static String safeFolderName(String scenarioName) {
    String s = UNSAFE.matcher(scenarioName).replaceAll("_").replaceAll("^\\.+|\\.+$", "");
    if (s.length() > MAX_NAME_LENGTH) {
      s = s.substring(0, MAX_NAME_LENGTH).replaceAll("\\.+$", "");
    }
    if (s.isEmpty()) {
      return "scenario";
    }
    return WINDOWS_RESERVED.matcher(s).matches() ? "_" + s : s;
  }

  /**
   * Makes the hidden, uniquely named working folder beside the final one. Made with
   * {@link Files#createDirectory} rather than {@code createTempDirectory}, so the finished
   * folder gets the usual permissions (umask) instead of owner-only ones.
   */
  private static Path createPartial(Path scenarioDir, String id) throws IOException {
    for (int attempt = 1; ; attempt++) {
      Files.createDirectories(scenarioDir);
      String random = Long.toUnsignedString(RANDOM.nextLong(), 36);
      try {
        return Files.createDirectory(scenarioDir.resolve("." + id + ".partial-" + random));
      } catch (FileAlreadyExistsException | NoSuchFileException e) {
        // A name clash, or another run of this scenario removed the then-empty scenario
        // folder after its own failure, between our two calls: try again.
        if (attempt == 5) {
          throw e;
        }
      }
    }
  }

  /**
   * Renames the finished folder to the first free id. The existence check skips names taken
   * by earlier runs; the rename itself refuses a target that another fcsim run published
   * meanwhile (a finished folder is never empty), and then the next suffix is tried.
   */
  private static Path publish(Path partial, Path scenarioDir, String id) throws IOException {
    for (int n = 1; ; n++) {
      Path target = scenarioDir.resolve(n == 1 ? id : id + "-" + n);
      if (Files.exists(target)) {
        continue;
      }
      try {
        return Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileSystemException e) {
        // FileAlreadyExistsException, or ENOTEMPTY for a directory: someone took the name.
        if (!Files.exists(target)) {
          throw e;
        }
      }
    }
  }

  /** Forces every file's content to disk, so a crash after the rename leaves no empty files. */
  private static void flushFiles(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      for (Path p : (Iterable<Path>) entries::iterator) {
        if (Files.isRegularFile(p)) {
          try (FileChannel ch = FileChannel.open(p, StandardOpenOption.WRITE)) {
            ch.force(true);
          }
        }
      }
    }
  }

  /** Deletes the partial folder; a failure to delete is attached to the original exception. */
  private static void discard(Path partial, Throwable cause) {
    try (Stream<Path> tree = Files.walk(partial)) {
      for (Path p : (Iterable<Path>) tree.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    } catch (IOException | RuntimeException e) {
      cause.addSuppressed(e);
    }
  }

  private static void removeIfEmpty(Path dir) {
    try {
      Files.deleteIfExists(dir);
    } catch (DirectoryNotEmptyException e) {
      // another run of the same scenario is writing or has written here; keep it
    } catch (IOException e) {
      // best effort: an empty scenario folder holds no run and misleads no one
    }
  }
}
