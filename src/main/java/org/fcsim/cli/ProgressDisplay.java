package org.fcsim.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.fcsim.experiment.ProgressListener;

/**
 * A terminal progress bar (replications done, elapsed time, ETA) that appears only once a run
 * has lasted {@link #DELAY_MS}, so short runs print nothing extra. Thread-safe.
 */
final class ProgressDisplay implements ProgressListener, AutoCloseable {
  static final long DELAY_MS = 2000;

  private final String task;
  private final int total;
  private final PrintStream out;
  private final ScheduledExecutorService timer;
  private final Instant started = Instant.now();
  private ProgressBar bar;
  private int done;
  private boolean closed;

  ProgressDisplay(String task, int total, PrintStream out) {
    this.task = task;
    this.total = total;
    this.out = out;
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "fcsim-progress");
      t.setDaemon(true);
      return t;
    });
    timer.schedule(this::show, DELAY_MS, TimeUnit.MILLISECONDS);
  }

  private synchronized void show() {
    if (closed || bar != null) {
      return;
    }
    bar = new ProgressBarBuilder()
        .setTaskName(task)
        .setInitialMax(total)
        .setStyle(ProgressBarStyle.ASCII)
        .setConsumer(new ConsoleProgressBarConsumer(out))
        .setUpdateIntervalMillis(500)
        .setUnit(" replications", 1)
        .startsFrom(done, Duration.between(started, Instant.now())) // elapsed and ETA count from the run's start
        .build();
  }

  @Override
  public synchronized void replicationDone(int doneSoFar, int totalCount) {
    done = Math.max(done, doneSoFar);
    if (bar != null) {
      bar.stepTo(done);
    }
  }

  @Override
  public synchronized void close() {
    closed = true;
    timer.shutdownNow();
    if (bar != null) {
      bar.close();
    }
  }
}
