package org.fcsim.model;

import org.fcsim.flow.UnitCounts;
import org.fcsim.scenario.Scenario;
import org.fcsim.sim.Streams;
import org.fcsim.sim.TimeAverage;
import org.fcsim.task.TaskLedger;
import umontreal.ssj.rng.RandomStream;
import umontreal.ssj.simevents.Simulator;

/**
 * What every part of one replication's order-driven floor shares: the scenario, the simulator,
 * the named streams, the task ledger, where each unit is ({@link UnitCounts}), and the incident
 * stream, which the stages that find incidents draw from in event order.
 */
record Site(Scenario scenario, Simulator simulator, Streams streams, TaskLedger ledger, UnitCounts units,
    RandomStream incidents) {

  static Site of(Scenario scenario, Simulator simulator, Streams streams) {
    return new Site(scenario, simulator, streams, new TaskLedger(simulator::time),
        new UnitCounts(new TimeAverage(simulator, "unitsInProgress"), simulator::time), streams.stream("incidents"));
  }
}
