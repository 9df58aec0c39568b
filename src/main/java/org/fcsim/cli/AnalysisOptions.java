package org.fcsim.cli;

import org.fcsim.experiment.HalfWidthTarget;
import org.fcsim.scenario.Excerpt;
import org.fcsim.scenario.Quantities;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Output-analysis options of {@code run} and {@code sweep}: warm-up and precision. */
final class AnalysisOptions {
  static final String AUTO = "auto";

  @Option(names = "--warmup", paramLabel = "auto[=SERIES]|DURATION",
      description = "warm-up of every level, replacing the scenario's: a duration (e.g. 45min), or auto: a pilot "
          + "run of the replications, then MSER-5 on the mean over replications of SERIES (default: unitsPerHour, "
          + "or podVisitsPerHour on a closed loop) chooses one per level, and the longest is used (whole series "
          + "intervals). The manifest's command line records the chosen duration in place of auto")
  String warmup;

  @Option(names = "--target-halfwidth", paramLabel = "METRIC=VALUE[%]",
      description = "after the scenario's replications, add rounds of --threads replications to every level whose "
          + "95%% confidence half-width of METRIC is above VALUE (in the metric's unit) or VALUE%% of its mean, such as "
          + "unitsPerHour=0.5%%, until none is; replication r is always the same, so the first n equal a run with -r n. A METRIC no level reports is refused after replication 0 of each level, "
          + "not after the run")
  String targetHalfWidth;

  @Option(names = "--max-replications", paramLabel = "N",
      description = "with --target-halfwidth: at most N replications per level, 2 to 10000 (default: ${DEFAULT-VALUE})")
  int maxReplications = 200;

  /** {@code --warmup auto[=SERIES]}: the series, "" for the default; {@code null} if not auto. */
  String autoSeries() {
    if (warmup == null || !(warmup.equals(AUTO) || warmup.startsWith(AUTO + "="))) {
      return null;
    }
    return warmup.equals(AUTO) ? "" : warmup.substring(AUTO.length() + 1).trim();
  }

  /** {@code --warmup DURATION} in seconds; {@code null} without it or with auto. */
  Double fixedWarmupSec(CommandLine cli) {
    if (warmup == null || autoSeries() != null) {
      return null;
    }
    Double sec = Quantities.parseDurationSec(warmup);
    if (sec == null) {
      throw CommonOptions.bad(cli, "--warmup: expected auto, auto=SERIES or " + Quantities.DURATION_FORM
          + ", got \"" + Excerpt.of(warmup) + "\"");
    }
    if (!(sec <= Quantities.MAX_DURATION_SEC)) {
      throw CommonOptions.bad(cli, "--warmup: must be between 0s and "
          + Quantities.formatDuration(Quantities.MAX_DURATION_SEC) + ", got " + Excerpt.of(warmup));
    }
    return sec;
  }

  /** The parsed {@code --target-halfwidth}, or {@code null}. */
  HalfWidthTarget target(CommandLine cli) {
    if (targetHalfWidth == null) {
      return null;
    }
    try {
      return HalfWidthTarget.parse(targetHalfWidth);
    } catch (IllegalArgumentException e) {
      throw CommonOptions.bad(cli, "--target-halfwidth: " + e.getMessage());
    }
  }

  void check(CommandLine cli) {
    if (maxReplications < 2 || maxReplications > 10_000) {
      throw CommonOptions.bad(cli, "--max-replications must be between 2 and 10000, got " + maxReplications);
    }
    if (autoSeries() != null && autoSeries().isEmpty() && !warmup.equals(AUTO)) {
      throw CommonOptions.bad(cli, "--warmup auto=SERIES: name a series, e.g. auto=unitsPerHour");
    }
    fixedWarmupSec(cli);
    target(cli);
  }
}
