package org.fcsim.model;

import org.fcsim.floor.Layout;
import org.fcsim.floor.Pod;
import org.fcsim.flow.Catalog;
import org.fcsim.flow.OpenLines;
import org.fcsim.scenario.Scenario;
import org.fcsim.sim.Streams;

/**
 * The storage field: its grid, the pods in it, which SKU is on which pod, and the order lines
 * open on each pod. The facility (catalog, item classes) comes from the {@code layout} stream of
 * replication 0, so it is the same in every replication and every automation level.
 */
final class Storage implements Part {
  private final Layout layout;
  private final Pod[] pods;
  private final OpenLines openLines;
  private final Catalog catalog;

  Storage(Site site) {
    Scenario scenario = site.scenario();
    Scenario.Floor floor = scenario.floor();
    layout = Layout.of(floor, scenario.driveUnits());
    pods = new Pod[floor.pods()];
    for (int p = 0; p < pods.length; p++) {
      int[] cell = layout.podCell(p, pods.length);
      pods[p] = new Pod(p, cell, layout.zoneOf(cell));
    }
    openLines = new OpenLines(pods.length);
    catalog = new Catalog(scenario.demand(), pods.length, new Streams(scenario.seed(), 0).stream("layout"));
  }

  Layout layout() {
    return layout;
  }

  Pod[] pods() {
    return pods;
  }

  OpenLines openLines() {
    return openLines;
  }

  Catalog catalog() {
    return catalog;
  }

  /** Each pod's count of open units is ≥ 0 and they add up to the units on its open lines. */
  @Override
  public void checkInvariants(double now) {
    long onPods = 0;
    for (Pod pod : pods) {
      if (pod.openUnits() < 0) {
        throw new IllegalStateException("pod " + pod.index() + " holds " + pod.openUnits() + " open units at t=" + now + " s");
      }
      onPods += pod.openUnits();
    }
    if (onPods != openLines.units()) {
      throw new IllegalStateException("pods count " + onPods + " open units but their open lines hold "
          + openLines.units() + " at t=" + now + " s");
    }
  }
}
