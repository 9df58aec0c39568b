package org.fcsim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * Results that cannot be written (a folder not writable, a full disk, a file where a folder
 * should be): one line naming the folder and the reason, exit code 1. Whatever was written is
 * gone or hidden by then: a results folder is published complete or not at all, and finished
 * cells stay in the hidden cell cache, so the same command resumes once the cause is fixed.
 */
final class UnwritableResults extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final Path folder;
  private final String reason;

  UnwritableResults(Path folder, IOException cause) {
    super("cannot write results in " + folder + ": " + reason(folder, cause), cause);
    this.folder = folder;
    this.reason = reason(folder, cause);
  }

  /** A step that writes under a results folder: a cell into the cache, or the folder itself. */
  @FunctionalInterface
  interface Step<T> {
    T run() throws IOException;
  }

  /**
   * Runs {@code step}; a failure to write ({@link IOException}, or {@link UncheckedIOException}
   * from the cell cache) becomes an {@code UnwritableResults} naming {@code folder}.
   */
  static <T> T whileWriting(Path folder, Step<T> step) {
    try {
      return step.run();
    } catch (IOException e) {
      throw new UnwritableResults(folder, e);
    } catch (UncheckedIOException e) {
      throw new UnwritableResults(folder, e.getCause());
    }
  }

  /** The results folder of the scenario that was being written. */
  Path folder() {
    return folder;
  }

  /** What went wrong, in words: the path that failed, if not the folder itself, and why. */
  String reason() {
    return reason;
  }

  private static String reason(Path folder, IOException e) {
    if (!(e instanceof FileSystemException fs)) {
      return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
    String why = fs.getReason() != null ? fs.getReason()
        : e instanceof AccessDeniedException ? "permission denied"
        : e instanceof NoSuchFileException ? "no such file or folder"
        : e instanceof FileAlreadyExistsException ? "a file of that name is in the way"
        : e instanceof NotDirectoryException ? "not a folder"
        : e.getClass().getSimpleName();
    String file = fs.getFile();
    return file == null || Path.of(file).equals(folder) || Path.of(file).equals(folder.toAbsolutePath())
        ? why : file + ": " + why;
  }
}
