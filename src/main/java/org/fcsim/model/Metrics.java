package org.fcsim.model;

import org.fcsim.stats.Metric;

/** The metrics a replication of the floor model reports, with their units. */
public final class Metrics {
  public static final Metric UNITS_PER_HOUR = new Metric("unitsPerHour", "units/h");
  public static final Metric ORDERS_PER_HOUR = new Metric("ordersPerHour", "orders/h");
  public static final Metric ORDER_CYCLE_MEAN = new Metric("orderCycleSec.mean", "s");
  public static final Metric ORDER_CYCLE_P50 = new Metric("orderCycleSec.p50", "s");
  public static final Metric ORDER_CYCLE_P90 = new Metric("orderCycleSec.p90", "s");
  public static final Metric ORDER_CYCLE_P95 = new Metric("orderCycleSec.p95", "s");
  public static final Metric ORDER_CYCLE_P99 = new Metric("orderCycleSec.p99", "s");
  /** Units in progress at the end of each series interval (the summary has its mean and end snapshot). */
  public static final Metric UNITS_IN_PROGRESS = new Metric("unitsInProgress", "units");
  public static final Metric PODS_QUEUED = new Metric("podsQueued.pickStations", "pods");
  public static final Metric PODS_PENDING = new Metric("podsWithOpenLines.inStorage", "pods");
  public static final Metric WAITING_TASKS = new Metric("tasksWaitingForPeople", "tasks");
  public static final Metric POD_VISITS_PER_HOUR = new Metric("podVisitsPerHour", "visits/h");
  public static final Metric PODS_AT_STATION = new Metric("meanPodsAtStation.pickStations", "pods");
  public static final Metric STATION_WAIT = new Metric("meanWaitSec.pickStations", "s");
  public static final Metric PICKER_UTILIZATION = new Metric("utilization.pickers", "fraction");
  public static final Metric DRIVE_UNITS_TRAVELLING = new Metric("meanTravelling.driveUnits", "drive units");
  public static final Metric EXCEPTIONS_PER_HOUR = new Metric("exceptionsPerHour", "exceptions/h");
  public static final Metric DESK_WAIT = new Metric("meanWaitSec.problemSolve", "s");
  public static final Metric DESK_QUEUE = new Metric("meanInQueue.problemSolve", "exceptions");
  public static final Metric SOLVER_UTILIZATION = new Metric("utilization.problemSolvers", "fraction");

  private Metrics() {}
}
