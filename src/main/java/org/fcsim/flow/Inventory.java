package org.fcsim.flow;

import java.util.ArrayDeque;
import java.util.function.Consumer;
import org.fcsim.floor.Pod;
import umontreal.ssj.rng.RandomStream;
import umontreal.ssj.simevents.Simulator;

/**
 * Stock on pods: each SKU sits in {@code podsPerSku} slots, each a (pod, units) pair, the pods
 * drawn at random (random stow) once per facility. A line arriving is given the slot that will
 * serve it — a pod already waiting to be called for other lines (pile-on) if one holding the SKU
 * has enough stock not yet promised, else the one with most — and its units are reserved there;
 * a line no slot can cover waits, backordered, until stow brings stock. Picking takes the units
 * off the slot; a record error writes them off.
 *
 * <p>Conserved: stock on pods = initial + stowed − picked − written off; per slot, 0 ≤ reserved
 * ≤ stock.
 */
public final class Inventory implements Stock {
  private final Simulator simulator;
  private final Pod[] pods;
  private final OpenLines openLines;
  private final int perSku;
  private final int[] slotPod;
  private final int[] stock;
  private final int[] reserved;
  private final int[] skuStock;
  private final long[] podStock;
  private final ArrayDeque<OrderLine>[] backorders;
  private final Consumer<OrderLine> onBound;
  private final long initial;
  private long stowed;
  private long picked;
  private long writtenOff;
  private long backorderedUnits;
  private long backorderedLines;
  private long releasedLines;
  private double releasedWaitSec;
  private long stockOuts;

  /**
   * @param popularity each SKU's share of demand (adding up to 1): the initial stock is split by it
   * @param layout     draws the slots' pods; the same stream in every replication and level
   * @param onBound    where a line goes once it has its pod
   */
  @SuppressWarnings("unchecked")
  public Inventory(Simulator simulator, Pod[] pods, OpenLines openLines, Catalog catalog, double[] popularity,
      int podsPerSku, int podCapacity, double initialFill, RandomStream layout, Consumer<OrderLine> onBound) {
    this.simulator = simulator;
    this.pods = pods;
    this.openLines = openLines;
    this.perSku = podsPerSku;
    this.onBound = onBound;
    int skus = popularity.length;
    slotPod = new int[skus * perSku];
    stock = new int[skus * perSku];
    reserved = new int[skus * perSku];
    skuStock = new int[skus];
    podStock = new long[pods.length];
    backorders = (ArrayDeque<OrderLine>[]) new ArrayDeque<?>[skus];
    double total = initialFill * podCapacity * (double) pods.length;
    long sum = 0;
    for (int k = 0; k < skus; k++) {
      slotPod[k * perSku] = catalog.pod(k);
      for (int j = 1; j < perSku; j++) {
        slotPod[k * perSku + j] = distinctPod(k, j, layout);
      }
      int units = (int) Math.max(1, Math.min(Integer.MAX_VALUE / 2, Math.round(total * popularity[k])));
      for (int j = 0; j < perSku; j++) {
        int share = units / perSku + (j < units % perSku ? 1 : 0);
        stock[k * perSku + j] = share;
        podStock[slotPod[k * perSku + j]] += share;
      }
      skuStock[k] = units;
      sum += units;
    }
    initial = sum;
  }

  private int distinctPod(int sku, int j, RandomStream layout) {
    while (true) {
      int pod = layout.nextInt(0, pods.length - 1);
      boolean taken = false;
      for (int i = 0; i < j; i++) {
        taken |= slotPod[sku * perSku + i] == pod;
      }
      if (!taken) {
        return pod;
      }
    }
  }

  /** A new line: bound to a slot and handed on, or backordered. */
  public void onLine(OrderLine line) {
    int slot = slotFor(line.sku(), line.units());
    if (slot < 0) {
      ArrayDeque<OrderLine> queue = backorders[line.sku()];
      if (queue == null) {
        queue = new ArrayDeque<>();
        backorders[line.sku()] = queue;
      }
      queue.addLast(line);
      backorderedUnits += line.units();
      backorderedLines++;
      return;
    }
    bind(line, slot);
  }

  private void bind(OrderLine line, int slot) {
    reserved[slot] += line.units();
    Pod pod = pods[slotPod[slot]];
    onBound.accept(line.pod() == pod ? line : new OrderLine(line.order(), line.sku(), line.itemClass(), line.units(), pod,
        line.createdAt()));
  }

  /** The slot to serve {@code units} of {@code sku}: a stored pod with open lines first (most open units), else most free stock; -1 if none covers them. */
  private int slotFor(int sku, int units) {
    int best = -1;
    boolean bestPiles = false;
    long bestScore = -1;
    for (int j = 0; j < perSku; j++) {
      int slot = sku * perSku + j;
      int free = stock[slot] - reserved[slot];
      if (free < units) {
        continue;
      }
      Pod pod = pods[slotPod[slot]];
      boolean piles = pod.state() == Pod.State.STORED && openLines.any(pod);
      long score = piles ? pod.openUnits() : free;
      if (best < 0 || piles && !bestPiles || piles == bestPiles && score > bestScore) {
        best = slot;
        bestPiles = piles;
        bestScore = score;
      }
    }
    return best;
  }

  private int slotOf(int sku, Pod pod) {
    for (int j = 0; j < perSku; j++) {
      if (slotPod[sku * perSku + j] == pod.index()) {
        return sku * perSku + j;
      }
    }
    throw new IllegalStateException("SKU " + sku + " has no slot on pod " + pod.index());
  }

  @Override
  public void taken(OrderLine line, int units) {
    remove(slotOf(line.sku(), line.pod()), units);
    picked += units;
  }

  @Override
  public void lost(OrderLine line) {
    remove(slotOf(line.sku(), line.pod()), line.units());
    writtenOff += line.units();
  }

  private void remove(int slot, int units) {
    stock[slot] -= units;
    reserved[slot] -= units;
    podStock[slotPod[slot]] -= units;
    int sku = slot / perSku;
    skuStock[sku] -= units;
    if (skuStock[sku] == 0) {
      stockOuts++;
    }
  }

  /**
   * {@code units} of {@code sku} are stowed on {@code pod} (which holds a slot of it); lines
   * backordered for the SKU are released, oldest first, while a slot covers them.
   */
  public void stowed(int sku, Pod pod, int units) {
    int slot = slotOf(sku, pod);
    stock[slot] += units;
    podStock[pod.index()] += units;
    skuStock[sku] += units;
    stowed += units;
    ArrayDeque<OrderLine> queue = backorders[sku];
    while (queue != null && !queue.isEmpty()) {
      OrderLine line = queue.peekFirst();
      int to = slotFor(sku, line.units());
      if (to < 0) {
        return;
      }
      queue.pollFirst();
      backorderedUnits -= line.units();
      releasedLines++;
      releasedWaitSec += simulator.time() - line.createdAt();
      bind(line, to);
    }
  }

  /** The pods holding a slot of {@code sku}. */
  public int[] podsOf(int sku) {
    int[] out = new int[perSku];
    System.arraycopy(slotPod, sku * perSku, out, 0, perSku);
    return out;
  }

  /** Units on {@code pod} across its slots. */
  public long stockOn(Pod pod) {
    return podStock[pod.index()];
  }

  public long stockOnPods() {
    long sum = 0;
    for (long s : podStock) {
      sum += s;
    }
    return sum;
  }

  public long backorderedUnits() {
    return backorderedUnits;
  }

  /** Lines backordered since time 0 (the part counts them since the reset). */
  public long backorderedLines() {
    return backorderedLines;
  }

  public long releasedLines() {
    return releasedLines;
  }

  public double releasedWaitSec() {
    return releasedWaitSec;
  }

  public long stockOuts() {
    return stockOuts;
  }

  public long picked() {
    return picked;
  }

  /** Stock conserved, per slot 0 ≤ reserved ≤ stock, pods' totals in step. */
  public void checkInvariants(double now) {
    long onPods = 0;
    long inSlots = 0;
    for (int slot = 0; slot < stock.length; slot++) {
      if (stock[slot] < 0 || reserved[slot] < 0 || reserved[slot] > stock[slot]) {
        throw new IllegalStateException("slot " + slot + " of SKU " + slot / perSku + " holds " + stock[slot] + " units, "
            + reserved[slot] + " promised, at t=" + now + " s");
      }
      inSlots += stock[slot];
    }
    for (long s : podStock) {
      onPods += s;
    }
    long expected = initial + stowed - picked - writtenOff;
    if (onPods != expected || inSlots != expected) {
      throw new IllegalStateException("stock on pods " + onPods + " (slots " + inSlots + ") is not initial " + initial
          + " + stowed " + stowed + " - picked " + picked + " - written off " + writtenOff + " at t=" + now + " s");
    }
  }
}
