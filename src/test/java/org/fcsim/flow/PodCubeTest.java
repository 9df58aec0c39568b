package org.fcsim.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.fcsim.floor.Pod;
import org.fcsim.scenario.Scenario;
import org.fcsim.scenario.ScenarioLoader;
import org.fcsim.sim.Streams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import umontreal.ssj.simevents.Simulator;

/** A pod's room counted in litres when the item master gives cubes: exact small cases on one pod. */
class PodCubeTest {
  @TempDir
  Path dir;

  @Test
  void roomIsTheSmallerOfUnitsAndLitresLeft() throws Exception {
    Files.writeString(dir.resolve("orders.csv"), "time,order,sku,units\n0,o1,X,1\n0,o2,Y,1\n");
    Files.writeString(dir.resolve("items.csv"), "sku,itemClass,cube\nX,box,2\nY,box,0.5\n");
    Path file = dir.resolve("s.yaml");
    Files.writeString(file, "demand: { mode: trace, orderHistory: orders.csv, itemMaster: items.csv }\n");
    Scenario.Demand demand = ScenarioLoader.load(file).scenario().demand();
    Catalog catalog = new Catalog(demand, 1, new Streams(1, 0).stream("layout"));
    int x = catalog.cube(0) == 2 ? 0 : 1;
    int y = 1 - x;
    Pod[] pods = {new Pod(0, new int[] {0, 0}, 0)};
    Inventory inv = new Inventory(new Simulator(), pods, new OpenLines(1), catalog, new double[] {0.5, 0.5}, 1, 100, 10, 0,
        new Streams(1, 0).stream("inventory"), line -> { });
    // one unit of each to start (2 + 0.5 litres): X fits 3 more (7.5 / 2), Y 15 (7.5 / 0.5)
    assertEquals(3, inv.room(pods[0], x));
    assertEquals(15, inv.room(pods[0], y));
    inv.stowed(x, pods[0], 3);
    assertEquals(0, inv.room(pods[0], x));
    assertEquals(3, inv.room(pods[0], y), "1.5 litres left");
    Inventory byUnits = new Inventory(new Simulator(), pods, new OpenLines(1), catalog, new double[] {0.5, 0.5}, 1, 100, 0, 0,
        new Streams(1, 0).stream("inventory"), line -> { });
    assertEquals(98, byUnits.room(pods[0], x), "without a cube capacity, units only");
    inv.checkInvariants(0);
  }
}
