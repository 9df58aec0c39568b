package org.fcsim.flow;

import java.util.ArrayDeque;
import org.fcsim.sim.Action;
import org.fcsim.sim.Sampler;
import org.fcsim.sim.TimeAverage;
import umontreal.ssj.simevents.Simulator;
import umontreal.ssj.stat.Tally;

/**
 * The problem-solve desk: exceptions arrive as a Poisson process, wait in one
 * first-come-first-served queue and are handled by the first free problem solver. With
 * exponential handling this is M/M/c; with constant handling and one solver, M/D/1.
 */
public final class ProblemSolveDesk {
  private final Simulator simulator;
  private final int solvers;
  private final Sampler interarrivalSec;
  private final Sampler handleTimeSec;
  private final Action arrival;
  /** Arrival times of waiting exceptions, oldest first. */
  private final ArrayDeque<Double> waiting = new ArrayDeque<>();
  private final TimeAverage inQueue;
  private final TimeAverage busy;
  private final Tally waitSec = new Tally("problemSolveWait");
  private long handled;

  public ProblemSolveDesk(Simulator simulator, int solvers, Sampler interarrivalSec, Sampler handleTimeSec) {
    this.simulator = simulator;
    this.solvers = solvers;
    this.interarrivalSec = interarrivalSec;
    this.handleTimeSec = handleTimeSec;
    this.arrival = new Action(simulator, this::onExceptionArrived);
    this.inQueue = new TimeAverage(simulator, "problemSolveQueue");
    this.busy = new TimeAverage(simulator, "problemSolversBusy");
  }

  public void start() {
    arrival.schedule(interarrivalSec.sample());
  }

  void onExceptionArrived() {
    arrival.schedule(interarrivalSec.sample());
    if (busy.level() < solvers) {
      startHandling(simulator.time());
    } else {
      waiting.addLast(simulator.time());
      inQueue.add(1);
    }
  }

  private void startHandling(double arrivedAt) {
    busy.add(1);
    waitSec.add(simulator.time() - arrivedAt);
    new Action(simulator, this::onHandled).schedule(handleTimeSec.sample());
  }

  void onHandled() {
    handled++;
    busy.add(-1);
    if (!waiting.isEmpty()) {
      inQueue.add(-1);
      startHandling(waiting.pollFirst());
    }
  }

  public void resetStatistics() {
    inQueue.reset();
    busy.reset();
    waitSec.init();
    handled = 0;
  }

  public long handled() {
    return handled;
  }

  /** Mean wait in queue of exceptions whose handling started since the last reset. */
  public double meanWaitSec() {
    return waitSec.numberObs() == 0 ? 0 : waitSec.average();
  }

  public double meanInQueue() {
    return inQueue.average();
  }

  public double utilization() {
    return busy.average() / solvers;
  }
}
