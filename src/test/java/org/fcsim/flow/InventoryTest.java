package org.fcsim.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.fcsim.floor.Pod;
import org.fcsim.scenario.Scenario;
import org.fcsim.scenario.ScenarioLoader;
import org.fcsim.sim.Streams;
import org.junit.jupiter.api.Test;
import umontreal.ssj.simevents.Simulator;

/** Stock on pods, small exact cases: the split at the start, reserving, pile-on, backorders, stow, write-offs. */
class InventoryTest {
  private final Simulator simulator = new Simulator();
  private final Pod[] pods = {new Pod(0, new int[] {0, 0}, 0), new Pod(1, new int[] {1, 0}, 0), new Pod(2, new int[] {2, 0}, 0),
      new Pod(3, new int[] {3, 0}, 0)};
  private final OpenLines openLines = new OpenLines(pods.length);
  private final List<OrderLine> bound = new ArrayList<>();

  /** Two SKUs, three quarters and a quarter of demand; two pods each of capacity 10, all four filled. */
  private Inventory inventory() {
    Scenario.Demand demand = ScenarioLoader.parse("s.yaml", "demand: { skus: 2 }".getBytes(StandardCharsets.UTF_8))
        .scenario().demand();
    Catalog catalog = new Catalog(demand, pods.length, new Streams(1, 0).stream("layout"));
    return new Inventory(simulator, pods, openLines, catalog, new double[] {0.75, 0.25}, 2, 10, 1.0,
        new Streams(1, 0).stream("inventory"), line -> {
          bound.add(line);
          openLines.add(line);
        });
  }

  private static OrderLine line(int sku, int units, double at) {
    return new OrderLine(new Order(0, at), sku, null, units, null, at);
  }

  @Test
  void theInitialStockIsSplitByPopularityOverEachSkusPods() {
    Inventory inv = inventory();
    assertEquals(40, inv.stockOnPods());
    long onAllPods = 0;
    for (Pod pod : pods) {
      onAllPods += inv.stockOn(pod);
    }
    assertEquals(40, onAllPods, "30 units of SKU 0 (15 a slot) and 10 of SKU 1 (5 a slot)");
    assertTrue(inv.podsOf(0)[0] != inv.podsOf(0)[1], "a SKU's slots are on different pods");
    inv.checkInvariants(0);
  }

  @Test
  void aLineReservesPilesOnAndPickingTakesStock() {
    Inventory inv = inventory();
    inv.onLine(line(1, 3, 0)); // 5 and 5 on SKU 1's pods: the first with most free stock
    Pod first = bound.get(0).pod();
    assertEquals(inv.podsOf(1)[0], first.index());
    inv.onLine(line(1, 2, 0)); // free: 2 there, 5 on the other; it piles on the pod already waiting
    assertEquals(first, bound.get(1).pod());
    inv.onLine(line(1, 3, 0)); // 0 free there now: the other pod
    assertEquals(inv.podsOf(1)[1], bound.get(2).pod().index());
    inv.taken(bound.get(0), 3);
    assertEquals(37, inv.stockOnPods());
    assertEquals(3, inv.picked());
    inv.checkInvariants(0);
  }

  /**
   * Uniform choice: SKU 1 has 5 units on each of its two pods. Lines of 1 unit go to either with
   * equal chances (2,000 lines: the count on the first within 4 standard deviations, 89, of 1,000),
   * never piling on by rule; a line only one pod covers goes there.
   */
  @Test
  void uniformChoiceDrawsAmongThePodsThatCoverTheLine() {
    umontreal.ssj.rng.RandomStream draws = new Streams(7, 0).stream("podChoice");
    int onFirst = 0;
    for (int i = 0; i < 2000; i++) {
      Inventory fresh = inventory(); // the same stock every time; the draws go on
      fresh.chooseUniformly(draws);
      fresh.onLine(line(1, 1, 0));
      onFirst += bound.remove(0).pod().index() == fresh.podsOf(1)[0] ? 1 : 0;
    }
    assertEquals(1000, onFirst, 89);
    Inventory inv = inventory();
    inv.chooseUniformly(draws);
    inv.onLine(line(1, 5, 0));
    Pod full = bound.remove(0).pod();
    inv.onLine(line(1, 1, 0));
    assertTrue(bound.get(0).pod() != full, "only the other pod has free stock left");
    inv.checkInvariants(0);
  }

  @Test
  void aLineNoSlotCoversIsBackorderedUntilStowBringsStock() {
    Inventory inv = inventory();
    inv.onLine(line(1, 6, 0)); // 5 and 5: neither slot covers 6
    assertEquals(List.of(), bound);
    assertEquals(6, inv.backorderedUnits());
    assertEquals(1, inv.backorderedLines());
    simulator.init();
    new umontreal.ssj.simevents.Event(simulator) {
      @Override
      public void actions() {
        inv.stowed(1, pods[inv.podsOf(1)[1]], 4); // 9 there now
      }
    }.schedule(100);
    simulator.start();
    assertEquals(1, bound.size());
    assertEquals(inv.podsOf(1)[1], bound.get(0).pod().index());
    assertEquals(0, inv.backorderedUnits());
    assertEquals(100, inv.releasedWaitSec(), 1e-9);
    assertEquals(44, inv.stockOnPods());
    inv.checkInvariants(100);
  }

  @Test
  void aRecordErrorWritesTheUnitsOffAndTheLastUnitIsAStockOut() {
    Inventory inv = inventory();
    inv.onLine(line(1, 5, 0));
    inv.lost(bound.get(0));
    assertEquals(35, inv.stockOnPods());
    inv.onLine(line(1, 5, 0));
    inv.taken(bound.get(1), 5);
    assertEquals(1, inv.stockOuts(), "SKU 1's last unit was taken");
    inv.checkInvariants(0);
  }

  @Test
  void takingUnitsNobodyReservedBreaksTheCheck() {
    Inventory inv = inventory();
    inv.onLine(line(0, 2, 0));
    inv.taken(bound.get(0), 3); // one more than reserved: the slot promises -1
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> inv.checkInvariants(7));
    assertTrue(e.getMessage().contains("at t=7.0 s"), e.getMessage());
  }

  @Test
  void chosenAtDispatchAPodCalledTakesTheWaitingLinesOfEverySkuOnIt() {
    Inventory inv = inventory();
    List<Pod> wanted = new ArrayList<>();
    inv.chooseAtDispatch(wanted::add, line -> {
      bound.add(line);
      openLines.add(line);
    });
    inv.onLine(line(0, 2, 0));
    inv.onLine(line(1, 2, 0));
    assertEquals(List.of(), bound, "no pod is chosen on arrival");
    assertEquals(4, inv.unboundUnits());
    assertEquals(List.of(pods[inv.podsOf(0)[0]], pods[inv.podsOf(0)[1]], pods[inv.podsOf(1)[0]], pods[inv.podsOf(1)[1]]),
        wanted, "every pod holding a SKU with stock enough is wanted");
    Pod called = pods[inv.podsOf(1)[1]];
    assertTrue(inv.wants(called));
    assertTrue(inv.bindAt(called));
    int onCalled = (int) bound.stream().filter(l -> l.pod() == called).count();
    boolean holdsBoth = inv.holds(called, 0);
    assertEquals(holdsBoth ? 2 : 1, onCalled, "the pod takes the waiting lines of every SKU it holds");
    assertEquals(holdsBoth ? 0 : 2, inv.unboundUnits());
    inv.checkInvariants(0);
    inv.onLine(line(1, 20, 0)); // more than SKU 1 has: backordered, not promised
    assertEquals(20, inv.backorderedUnits());
  }
}
