package org.fcsim.experiment;

import java.util.ArrayList;
import java.util.List;
import org.fcsim.scenario.Excerpt;
import org.fcsim.scenario.Quantities;
import org.fcsim.stats.Metric;
import org.fcsim.stats.Mser5;
import org.fcsim.stats.ReplicationResult;

/**
 * Chooses a warm-up from a pilot run: per level, MSER-5 ({@link Mser5}) on the mean across
 * replications of one time series; the experiment's warm-up is the longest of the levels'
 * choices, so every level is measured over the same window and levels stay comparable with
 * common random numbers.
 */
public final class WarmupSelection {
  /** The series used when none is named: the first of these that the pilot recorded. */
  public static final List<String> DEFAULT_SERIES = List.of("unitsPerHour", "podVisitsPerHour");

  private WarmupSelection() {}

  /**
   * One level's choice.
   *
   * @param series       the series MSER-5 looked at
   * @param observations series points dropped
   * @param warmupSec    {@code observations ×} the series interval: a whole number of intervals
   */
  public record LevelChoice(String level, String series, int observations, double intervalSec, double warmupSec) {}

  /** Every level's choice and the warm-up to run with: the largest of them. */
  public record Choice(List<LevelChoice> levels, double warmupSec) {
    public Choice {
      levels = List.copyOf(levels);
    }
  }

  /**
   * @param names  the levels' names, in the order of {@code pilot}
   * @param pilot  per level, every replication of the pilot run
   * @param series the series to examine, or {@code null} for the first of {@link #DEFAULT_SERIES}
   *               present
   * @throws IllegalArgumentException if a level did not record the series, naming those it did
   */
  public static Choice choose(List<String> names, List<List<ReplicationResult>> pilot, String series) {
    List<LevelChoice> levels = new ArrayList<>();
    double warmup = 0;
    for (int i = 0; i < pilot.size(); i++) {
      List<ReplicationResult> results = pilot.get(i);
      String name = series != null ? series : defaultSeries(names.get(i), results.get(0));
      double[] mean = meanSeries(names.get(i), results, name);
      Mser5.Truncation t = Mser5.truncation(mean);
      double interval = results.get(0).seriesIntervalSec();
      LevelChoice choice = new LevelChoice(names.get(i), name, t.observations(), interval, t.observations() * interval);
      levels.add(choice);
      warmup = Math.max(warmup, choice.warmupSec());
    }
    return new Choice(levels, warmup);
  }

  /**
   * The point-by-point mean of one series over replications; replications whose series
   * differ in length are cut to the shortest.
   */
  static double[] meanSeries(String level, List<ReplicationResult> results, String series) {
    List<double[]> all = new ArrayList<>();
    for (ReplicationResult r : results) {
      if (!has(r, series)) {
        throw new IllegalArgumentException("level " + level + " recorded no series \"" + Excerpt.of(series) + "\"; "
            + recorded(r));
      }
      all.add(r.series(series));
    }
    int n = all.stream().mapToInt(a -> a.length).min().orElse(0);
    double[] mean = new double[n];
    for (double[] one : all) {
      for (int j = 0; j < n; j++) {
        mean[j] += one[j] / all.size();
      }
    }
    return mean;
  }

  private static String defaultSeries(String level, ReplicationResult first) {
    for (String name : DEFAULT_SERIES) {
      if (has(first, name)) {
        return name;
      }
    }
    throw new IllegalArgumentException("level " + level + " recorded none of the series " + DEFAULT_SERIES
        + (first.series().isEmpty() ? "; " : "; name one with auto=SERIES; ") + recorded(first));
  }

  /** What {@code r} recorded, for a message: its series' names, or why it has none. */
  private static String recorded(ReplicationResult r) {
    if (r.series().isEmpty()) {
      return "it recorded no series at all: its horizon is shorter than one interval of "
          + Quantities.formatDuration(r.seriesIntervalSec()) + ", so there is nothing to choose a warm-up from";
    }
    return "series: " + String.join(", ", r.series().keySet().stream().map(Metric::name).toList());
  }

  private static boolean has(ReplicationResult r, String series) {
    return r.series().keySet().stream().anyMatch(m -> m.name().equals(series));
  }
}
