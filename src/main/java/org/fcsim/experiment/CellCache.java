package org.fcsim.experiment;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.fcsim.stats.Metric;
import org.fcsim.stats.ReplicationResult;

/**
 * Finished cells as JSON files, {@code <dir>/<level key>/r<replication>.json}, where a level's
 * key is a hash of everything that decides its numbers (fcsim's version and the level's
 * resolved scenario, seed included). Each file is written under a temporary name and renamed
 * when complete, so a run killed mid-write leaves no half file under a real name; an unreadable
 * file counts as absent and the cell is run again. Doubles are written in their shortest
 * round-trip form, so a reused cell is bit-identical to a recomputed one.
 */
public final class CellCache implements CellStore {
  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .build();

  private final Path dir;
  private final Path existedBefore;
  private final List<Path> levelDirs;
  private final AtomicInteger reused = new AtomicInteger();

  /**
   * @param dir        the cache folder of one scenario
   * @param levelKeys  per level, the text whose hash names its folder
   */
  public CellCache(Path dir, List<String> levelKeys) {
    this.dir = dir.toAbsolutePath().normalize();
    Path existing = this.dir;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    this.existedBefore = existing;
    this.levelDirs = levelKeys.stream().map(k -> this.dir.resolve(sha256(k))).toList();
  }

  @Override
  public ReplicationResult find(int level, int replication) {
    Path file = levelDirs.get(level).resolve("r" + replication + ".json");
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      ReplicationResult result = read(JSON.readTree(file.toFile()));
      if (result.replication() != replication) {
        return null;
      }
      reused.incrementAndGet();
      return result;
    } catch (IOException | RuntimeException e) {
      return null; // damaged: run the cell again
    }
  }

  @Override
  public void save(int level, int replication, ReplicationResult result) {
    Path dir = levelDirs.get(level);
    try {
      Files.createDirectories(dir);
      Path temp = Files.createTempFile(dir, ".r" + replication + "-", ".partial");
      Files.write(temp, JSON.writeValueAsBytes(write(result)));
      Files.move(temp, dir.resolve("r" + replication + ".json"), StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep a finished cell in " + dir, e);
    }
  }

  /** Cells found rather than run, since this cache was made. */
  public int reused() {
    return reused.get();
  }

  /** Forgets every level of this cache: called once their results folder is complete. */
  public void clear() {
    for (Path dir : levelDirs) {
      if (!Files.exists(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      } catch (IOException e) {
        // a cache left behind costs disk space, never correctness: its key changes with the inputs
      }
    }
  }

  /**
   * Forgets every level and removes the folders this cache created, if they are empty: for a
   * run that stopped on bad input, which must leave nothing behind.
   */
  public void discard() {
    clear();
    for (Path p = dir; p != null && existedBefore != null && p.startsWith(existedBefore) && !p.equals(existedBefore);
        p = p.getParent()) {
      try {
        Files.deleteIfExists(p); // fails, and stops the climb, on a folder that holds something else
      } catch (IOException e) {
        return;
      }
    }
  }

  private static ObjectNode write(ReplicationResult r) {
    ObjectNode root = JSON.createObjectNode();
    root.put("replication", r.replication());
    root.put("seriesIntervalSec", r.seriesIntervalSec());
    ArrayNode values = root.putArray("values");
    r.values().forEach((m, v) -> values.addObject().put("name", m.name()).put("unit", m.unit()).put("value", v));
    writeArrays(root.putArray("series"), r.series());
    writeArrays(root.putArray("grids"), r.grids());
    return root;
  }

  private static void writeArrays(ArrayNode into, Map<Metric, double[]> arrays) {
    arrays.forEach((m, v) -> {
      ArrayNode points = into.addObject().put("name", m.name()).put("unit", m.unit()).putArray("values");
      for (double x : v) {
        points.add(x);
      }
    });
  }

  private static ReplicationResult read(JsonNode root) {
    Map<Metric, Double> values = new LinkedHashMap<>();
    for (JsonNode v : root.required("values")) {
      values.put(new Metric(v.required("name").asText(), v.required("unit").asText()), v.required("value").asDouble());
    }
    return new ReplicationResult(root.required("replication").asInt(), values, readArrays(root.required("series")),
        root.required("seriesIntervalSec").asDouble(), readArrays(root.path("grids")));
  }

  /** Named arrays as {@link #writeArrays} wrote them; none from a missing node (a cell cached before grids). */
  private static Map<Metric, double[]> readArrays(JsonNode arrays) {
    Map<Metric, double[]> out = new LinkedHashMap<>();
    for (JsonNode s : arrays) {
      JsonNode points = s.required("values");
      double[] xs = new double[points.size()];
      for (int i = 0; i < xs.length; i++) {
        xs[i] = points.get(i).asDouble();
      }
      out.put(new Metric(s.required("name").asText(), s.required("unit").asText()), xs);
    }
    return out;
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }
}
