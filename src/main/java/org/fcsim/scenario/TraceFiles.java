package org.fcsim.scenario;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The keys of {@code demand:} that name the files of trace demand, read in every mode (trace
 * only uses them):
 *
 * <pre>
 * orderHistory: data/orders.csv      # order lines: time, order, sku, units ({@link OrderHistoryCsv})
 * orderHistorySha256: 3f2a...        # optional: the file must still hold exactly these bytes
 * itemMaster: data/items.csv         # optional: sku, itemClass, cube ({@link ItemMasterCsv})
 * itemMasterSha256: 9b41...          # optional, as for orderHistory
 * </pre>
 *
 * Paths are relative to the scenario file's folder. The resolved scenario writes each path
 * absolute and, next to it, the SHA-256 of the bytes that were read: so the resolved scenario
 * reloads from anywhere (a results folder), two runs on different data never share a cached
 * cell (the cache key is the resolved scenario), and a resolved scenario reloaded after its CSV
 * changed is refused rather than run on other data.
 */
final class TraceFiles {
  static final String HISTORY = "orderHistory";
  static final String ITEMS = "itemMaster";
  static final String SHA256 = "Sha256";
  /** Every key naming a file, as a dotted path: levels write them absolute ({@link Levels}). */
  static final List<String> FILE_KEYS = List.of("demand." + HISTORY, "demand." + ITEMS, "floor." + FloorMaps.MAP);

  private TraceFiles() {}

  /** The trace, for {@code demand.mode: trace}; null in any other mode, whose files are named but not read. */
  static Trace read(Section demand, boolean trace, List<Scenario.ItemClass> classes) {
    Path history = demand.file(HISTORY);
    if (trace && history == null) {
      throw demand.errorAt(HISTORY, "trace demand needs orderHistory: a CSV file of order lines with the columns "
          + String.join(", ", OrderHistoryCsv.COLUMNS) + " (relative to the scenario file's folder)");
    }
    byte[] historyBytes = contents(demand, HISTORY, trace ? history : null);
    Path items = demand.file(ITEMS);
    byte[] itemBytes = contents(demand, ITEMS, trace ? items : null);
    if (!trace) {
      return null;
    }
    Trace orders = OrderHistoryCsv.read(history.toString(), historyBytes);
    return items == null ? orders : ItemMasterCsv.apply(items.toString(), itemBytes, orders, classes);
  }

  /**
   * The bytes of {@code file} (null for none, then nothing is read), once they match the SHA-256
   * that {@code key + "Sha256"} pins if it pins one; that key is resolved as the SHA-256 they have.
   */
  static byte[] contents(Section demand, String key, Path file) {
    String pinned = demand.text(key + SHA256);
    if (file == null) {
      return null;
    }
    byte[] bytes;
    try {
      bytes = CsvTable.read(file);
    } catch (NoSuchFileException e) {
      throw demand.errorAt(key, "cannot read " + file + ": no such file");
    } catch (AccessDeniedException e) {
      throw demand.errorAt(key, "cannot read " + file + ": permission denied");
    } catch (IOException e) {
      throw demand.errorAt(key, "cannot read " + file + ": " + e.getMessage());
    }
    String sha = sha256(bytes);
    if (pinned != null && !pinned.equalsIgnoreCase(sha)) {
      throw demand.errorAt(key + SHA256, file + " is not the file this scenario was resolved with: its SHA-256 is now "
          + sha + "; to run it as it is, remove " + key + SHA256);
    }
    demand.resolveAs(key + SHA256, sha);
    return bytes;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }
}
