package org.fcsim.stats;

/**
 * One row of {@code summary.csv}: a metric's mean over the replications of one automation
 * level and its Student-t 95% confidence interval. With one replication the interval is
 * undefined and both bounds are {@code NaN}.
 */
public record MetricSummary(
    String level, Metric metric, double mean, double ci95Low, double ci95High, int replications) {}
