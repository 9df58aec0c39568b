package org.fcsim.report;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.fcsim.economics.LevelEconomics;
import org.fcsim.scenario.FloorMap;
import org.fcsim.stats.LevelResults;
import org.fcsim.stats.MetricSummary;
import org.fcsim.stats.Verdict;

/**
 * Everything a results folder records about one finished run, as plain data: the report
 * package never sees the simulator. Built by the caller after the last replication.
 *
 * @param scenarioName         the scenario's name; sanitized before it becomes a folder name
 * @param scenarioFile         the scenario file as the user named it
 * @param scenarioBytes        the file's bytes exactly as read (hashed into the manifest); copied
 *                             on the way in and out
 * @param resolvedScenarioYaml the scenario with every default filled in, written verbatim as
 *                             {@code scenario.yaml}
 * @param seed                 the master seed of the run
 * @param fcsimVersion         the software version that ran
 * @param commandLine          the arguments the run was started with
 * @param threads              worker threads used, at least 1
 * @param start                wall-clock start; also names the run folder (UTC)
 * @param end                  wall-clock end, not before {@code start}
 * @param summary              rows of {@code summary.csv}, in the order they are written
 * @param levels               every replication's plain results, per level; may be empty
 * @param verdicts             per level, whether it keeps up and what binds it, with its
 *                             pre-flight warnings; one per level of {@code levels}
 * @param baseline             the level the workforce of every level is compared with (roles
 *                             gained and lost): a level of {@code summary}, or "" when it has none
 * @param economics            reskilling plans, cost per unit and paybacks of the levels, or
 *                             {@code null} when not worked out
 * @param floorMap             the base level's floor plan, drawn in the report: its map, or one built for a
 *                             generated floor (drawn only when levels report grids on it); may be {@code null}
 * @param sweep                the numeric sweep the levels are points of, drawn as the x axis of
 *                             the charts; {@code null} when they are not one (a ladder of named levels)
 * @param replay               a window of one replication for the report's animation, or {@code null}
 */
public record RunRecord(
    String scenarioName,
    Path scenarioFile,
    byte[] scenarioBytes,
    String resolvedScenarioYaml,
    long seed,
    String fcsimVersion,
    List<String> commandLine,
    int threads,
    Instant start,
    Instant end,
    List<MetricSummary> summary,
    List<LevelResults> levels,
    List<Verdict> verdicts,
    String baseline,
    LevelEconomics economics,
    FloorMap floorMap,
    SweepAxis sweep,
    org.fcsim.stats.Replay replay) {

  /** A record without a replay. */
  public RunRecord(String scenarioName, Path scenarioFile, byte[] scenarioBytes, String resolvedScenarioYaml, long seed,
      String fcsimVersion, List<String> commandLine, int threads, Instant start, Instant end, List<MetricSummary> summary,
      List<LevelResults> levels, List<Verdict> verdicts, String baseline, LevelEconomics economics, FloorMap floorMap,
      SweepAxis sweep) {
    this(scenarioName, scenarioFile, scenarioBytes, resolvedScenarioYaml, seed, fcsimVersion, commandLine, threads, start,
        end, summary, levels, verdicts, baseline, economics, floorMap, sweep, null);
  }

  /** A record whose levels are no numeric sweep, without a replay. */
  public RunRecord(String scenarioName, Path scenarioFile, byte[] scenarioBytes, String resolvedScenarioYaml, long seed,
      String fcsimVersion, List<String> commandLine, int threads, Instant start, Instant end, List<MetricSummary> summary,
      List<LevelResults> levels, List<Verdict> verdicts, String baseline, LevelEconomics economics, FloorMap floorMap) {
    this(scenarioName, scenarioFile, scenarioBytes, resolvedScenarioYaml, seed, fcsimVersion, commandLine, threads, start,
        end, summary, levels, verdicts, baseline, economics, floorMap, null);
  }

  /** A record without a floor map (a generated floor). */
  public RunRecord(String scenarioName, Path scenarioFile, byte[] scenarioBytes, String resolvedScenarioYaml, long seed,
      String fcsimVersion, List<String> commandLine, int threads, Instant start, Instant end, List<MetricSummary> summary,
      List<LevelResults> levels, List<Verdict> verdicts, String baseline, LevelEconomics economics) {
    this(scenarioName, scenarioFile, scenarioBytes, resolvedScenarioYaml, seed, fcsimVersion, commandLine, threads, start,
        end, summary, levels, verdicts, baseline, economics, null);
  }

  /** A record without economics. */
  public RunRecord(String scenarioName, Path scenarioFile, byte[] scenarioBytes, String resolvedScenarioYaml, long seed,
      String fcsimVersion, List<String> commandLine, int threads, Instant start, Instant end, List<MetricSummary> summary,
      List<LevelResults> levels, List<Verdict> verdicts, String baseline) {
    this(scenarioName, scenarioFile, scenarioBytes, resolvedScenarioYaml, seed, fcsimVersion, commandLine, threads, start,
        end, summary, levels, verdicts, baseline, null);
  }

  /** A record without per-replication results (no time series or tidy tables). */
  public RunRecord(String scenarioName, Path scenarioFile, byte[] scenarioBytes, String resolvedScenarioYaml, long seed,
      String fcsimVersion, List<String> commandLine, int threads, Instant start, Instant end, List<MetricSummary> summary) {
    this(scenarioName, scenarioFile, scenarioBytes, resolvedScenarioYaml, seed, fcsimVersion, commandLine, threads, start,
        end, summary, List.of());
  }

  /**
   * A record whose verdicts are computed from {@code levels}, without pre-flight warnings, and
   * whose baseline is the first level of {@code summary}.
   */
  public RunRecord(String scenarioName, Path scenarioFile, byte[] scenarioBytes, String resolvedScenarioYaml, long seed,
      String fcsimVersion, List<String> commandLine, int threads, Instant start, Instant end, List<MetricSummary> summary,
      List<LevelResults> levels) {
    this(scenarioName, scenarioFile, scenarioBytes, resolvedScenarioYaml, seed, fcsimVersion, commandLine, threads, start,
        end, summary, levels, Verdict.of(levels), summary.isEmpty() ? "" : summary.get(0).level());
  }

  public RunRecord {
    Objects.requireNonNull(scenarioName, "scenarioName");
    Objects.requireNonNull(scenarioFile, "scenarioFile");
    scenarioBytes = Objects.requireNonNull(scenarioBytes, "scenarioBytes").clone();
    Objects.requireNonNull(resolvedScenarioYaml, "resolvedScenarioYaml");
    Objects.requireNonNull(fcsimVersion, "fcsimVersion");
    commandLine = List.copyOf(commandLine);
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    summary = List.copyOf(summary);
    levels = List.copyOf(levels);
    verdicts = List.copyOf(verdicts);
    Objects.requireNonNull(baseline, "baseline");
    if (summary.isEmpty() ? !baseline.isEmpty() : summary.stream().noneMatch(r -> r.level().equals(baseline))) {
      throw new IllegalArgumentException("baseline \"" + baseline + "\" is not a level of the summary");
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("end " + end + " is before start " + start);
    }
  }

  /** A copy of the scenario file's bytes. */
  @Override
  public byte[] scenarioBytes() {
    return scenarioBytes.clone();
  }

  /** {@code "sha256:"} followed by the lower-case hex SHA-256 of {@link #scenarioBytes()}. */
  public String scenarioHash() {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(scenarioBytes);
      return "sha256:" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }

  /** Elapsed wall-clock time from {@code start} to {@code end}, in seconds. */
  public double wallTimeSec() {
    return Duration.between(start, end).toNanos() / 1e9;
  }

  // Records compare arrays by identity; compare the scenario bytes by content instead.
  @Override
  public boolean equals(Object o) {
    return o instanceof RunRecord r
        && scenarioName.equals(r.scenarioName)
        && scenarioFile.equals(r.scenarioFile)
        && Arrays.equals(scenarioBytes, r.scenarioBytes)
        && resolvedScenarioYaml.equals(r.resolvedScenarioYaml)
        && seed == r.seed
        && fcsimVersion.equals(r.fcsimVersion)
        && commandLine.equals(r.commandLine)
        && threads == r.threads
        && start.equals(r.start)
        && end.equals(r.end)
        && summary.equals(r.summary)
        && levels.equals(r.levels)
        && verdicts.equals(r.verdicts)
        && baseline.equals(r.baseline)
        && Objects.equals(economics, r.economics)
        && Objects.equals(sweep, r.sweep);
  }

  @Override
  public int hashCode() {
    return Objects.hash(scenarioName, scenarioFile, Arrays.hashCode(scenarioBytes),
        resolvedScenarioYaml, seed, fcsimVersion, commandLine, threads, start, end, summary);
  }

  @Override
  public String toString() {
    return "RunRecord[" + scenarioName + " (" + scenarioFile + ", " + scenarioHash() + "), seed="
        + seed + ", fcsim " + fcsimVersion + ", " + start + " .. " + end + ", "
        + summary.size() + " summary rows]";
  }
}
