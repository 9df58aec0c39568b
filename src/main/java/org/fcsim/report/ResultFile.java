package org.fcsim.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes one kind of output into a run's folder. {@link ResultsFolder} calls each writer once,
 * in list order, with a private temporary folder that nothing else reads until every writer
 * has returned; a writer that throws makes the whole run folder disappear.
 */
@FunctionalInterface
interface ResultFile {
  /**
   * Writes zero or more files directly into {@code dir}.
   *
   * @return the names of the files written, relative to {@code dir}, in the order written;
   *         empty when there was nothing to write (a chart with no matching rows)
   */
  List<String> writeInto(Path dir, RunRecord run) throws IOException;

  /**
   * Whether this writer reads nothing another writer of its run writes, beyond the tables
   * written before it: consecutive independent writers run at the same time (charts, floor
   * pictures, the workbook), on the common fork-join pool.
   */
  default boolean independent() {
    return false;
  }
}
