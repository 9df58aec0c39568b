package org.fcsim.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fcsim.flow.ProblemSolveDesk;
import org.fcsim.dist.DistSpec;
import org.fcsim.scenario.Scenario;
import org.fcsim.sim.Action;
import org.fcsim.sim.Streams;
import org.fcsim.sim.StuckClockGuard;
import org.fcsim.sim.Variates;
import org.fcsim.stats.Metric;
import org.fcsim.stats.Replay;
import org.fcsim.stats.ReplicationResult;
import umontreal.ssj.simevents.Simulator;
import umontreal.ssj.simevents.eventlist.EventList;
import umontreal.ssj.simevents.eventlist.Henriksen;

/**
 * One replication of a scenario: builds the floor on its own SSJ {@link Simulator} and its own
 * substreams, runs it to the horizon, checks the model's invariants, and returns plain
 * numbers. A pure function of (scenario, replication index): it reads no global state, so
 * replications may run on any threads in any order and still give identical results.
 */
public final class FloorModel {
  /** Intervals per replication, at most; the interval is at least a minute. */
  static final int SERIES_POINTS = 200;

  private final Scenario scenario;
  private final int replication;
  private final Simulator simulator;
  private final Part floor;
  private final ProblemSolveDesk desk;
  private final double intervalSec;
  private final Map<Metric, List<Double>> series = new LinkedHashMap<>();

  public FloorModel(Scenario scenario, int replication) {
    this(scenario, replication, new Henriksen());
  }

  /**
   * As {@link #FloorModel(Scenario, int)}, on {@code events} instead of a new {@link Henriksen}
   * list: the seam the bench uses to count events with a decorator. The list must be empty,
   * serve this replication only and keep SSJ's order (time, priority, then FIFO); then the
   * results are the same as with the default list. Either way the list is watched by a
   * {@link StuckClockGuard}: a replication whose time stops advancing fails with a
   * {@link ModelException} instead of hanging.
   */
  public FloorModel(Scenario scenario, int replication, EventList events) {
    this.scenario = scenario;
    this.replication = replication;
    this.simulator = new Simulator(new StuckClockGuard(events));
    simulator.init();
    Streams streams = new Streams(scenario.seed(), replication);
    floor = scenario.demand().ordersDriven()
        ? new OrderFloor(scenario, simulator, streams)
        : new ClosedLoop(scenario, simulator, streams);
    Scenario.ProblemSolve exceptions = scenario.problemSolve();
    desk = exceptions.arrivalsPerSec() <= 0 ? null : new ProblemSolveDesk(simulator, exceptions.solvers(),
        Variates.of(new DistSpec.Exponential(1 / exceptions.arrivalsPerSec()), streams.stream("problemSolve/arrivals")),
        Variates.of(exceptions.handleTimeSec(), streams.stream("problemSolve/handleTime")));
    intervalSec = Math.max(60, scenario.horizonSec() / SERIES_POINTS);
  }

  /**
   * Hears every task recorded in this replication's ledger as it finishes, with the simulated
   * time from {@link #nowSec()}: a probe that leaves the results as they are. Call before
   * {@link #run()}; the closed loop keeps no ledger and ignores it.
   */
  public void listen(org.fcsim.task.TaskLedger.Listener listener) {
    if (floor.ledger() != null) {
      floor.ledger().listen(listener);
    }
  }

  /** The replication's simulated time, in seconds. */
  public double nowSec() {
    return simulator.time();
  }

  /** Runs the replication to the horizon and reports its metrics (measured after warm-up). */
  public ReplicationResult run() {
    begin();
    scheduleSample(1);
    simulateTo(scenario.horizonSec(), "replication " + replication);
    try {
      floor.checkInvariants(simulator.time());
    } catch (IllegalStateException e) {
      throw new ModelException("replication " + replication + ": invariant broken: " + e.getMessage(), e);
    }
    Map<Metric, double[]> arrays = new LinkedHashMap<>();
    series.forEach((metric, values) -> arrays.put(metric, values.stream().mapToDouble(Double::doubleValue).toArray()));
    Map<Metric, double[]> grids = new LinkedHashMap<>();
    floor.addGrids((scenario.horizonSec() - scenario.warmupSec()) / 3600, grids);
    return new ReplicationResult(replication, metrics(), arrays, intervalSec, grids);
  }

  /**
   * Runs this replication again from the start up to {@code fromSec + windowSec} (at most the
   * horizon) and returns the floor every {@code stepSec} from {@code fromSec} on: a replay of the
   * replication whose numbers {@link #run} reports (same scenario, seed and events; snapshots only
   * read state). A model is run once: call this or {@link #run}, not both.
   */
  public Replay replay(String level, double fromSec, double windowSec, double stepSec) {
    ReplayProbe probe = new ReplayProbe(org.fcsim.floor.FloorPlan.of(scenario));
    begin();
    double end = Math.min(scenario.horizonSec(), fromSec + windowSec);
    int frames = (int) Math.floor((end - fromSec) / stepSec + 1e-9) + 1;
    for (int f = 0; f < frames; f++) {
      new Action(simulator, () -> {
        floor.snapshot(probe);
        probe.endFrame();
      }).schedule(fromSec + f * stepSec);
    }
    simulateTo(end, "replay of replication " + replication);
    return probe.build(level, replication, fromSec, stepSec);
  }

  /** The floor's and the desk's first events, and the end of warm-up; the same for a run and its replay. */
  private void begin() {
    floor.start();
    if (desk != null) {
      desk.start();
    }
    new Action(simulator, this::resetStatistics).schedule(scenario.warmupSec());
  }

  /** Simulates to {@code endSec}, after what the caller scheduled; a model error names {@code what}. */
  private void simulateTo(double endSec, String what) {
    new Action(simulator, simulator::stop).schedule(endSec);
    try {
      simulator.start();
    } catch (StuckClockGuard.StuckClockException e) {
      throw new ModelException(what + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new ModelException(what + " failed at t=" + simulator.time() + " s in " + ModelException.where(e) + ": " + e, e);
    }
  }

  private void scheduleSample(int index) {
    double at = index * intervalSec;
    if (at <= scenario.horizonSec() + 1e-9) {
      new Action(simulator, () -> {
        Map<Metric, Double> now = new LinkedHashMap<>();
        floor.sample(now);
        now.forEach((metric, value) -> series.computeIfAbsent(metric, k -> new ArrayList<>()).add(
            metric.unit().endsWith("/h") ? value * 3600 / intervalSec : value));
        scheduleSample(index + 1);
      }).schedule(at - simulator.time());
    }
  }

  private void resetStatistics() {
    floor.resetStatistics();
    if (desk != null) {
      desk.resetStatistics();
    }
  }

  private Map<Metric, Double> metrics() {
    double hours = (scenario.horizonSec() - scenario.warmupSec()) / 3600;
    Map<Metric, Double> m = new LinkedHashMap<>();
    floor.addMetrics(hours, m);
    if (desk != null) {
      m.put(Metrics.EXCEPTIONS_PER_HOUR, desk.handled() / hours);
      m.put(Metrics.DESK_WAIT, desk.meanWaitSec());
      m.put(Metrics.DESK_QUEUE, desk.meanInQueue());
      m.put(Metrics.SOLVER_UTILIZATION, desk.utilization());
    }
    return m;
  }
}
