package org.fcsim.flow;

import java.util.ArrayDeque;
import java.util.function.Consumer;
import org.fcsim.floor.Pod;
import umontreal.ssj.rng.RandomStream;
import umontreal.ssj.simevents.Simulator;

/**
 * Stock on pods: each SKU sits in slots, each a (pod, units) pair — at the start on
 * {@code podsPerSku} pods drawn at random once per facility (random stow); stow adds units to a
 * slot or opens one on another pod with room, and a slot emptied with nothing promised closes.
 * A line's pod is chosen when it arrives — a pod already waiting to be called for other lines
 * (pile-on) if one holding the SKU has enough stock not yet promised, else the one with most —
 * or, after {@link #chooseAtDispatch}, when a drive unit is sent for a pod holding it. Either
 * way its units are reserved on the slot that will serve it; a line no slot can cover waits,
 * backordered, until stow brings stock. Picking takes the units off the slot; a record error
 * writes them off.
 *
 * <p>Conserved: stock on pods = initial + stowed − picked − written off; per slot, 0 ≤ reserved
 * ≤ stock; per pod, its slots add up to its stock.
 */
public final class Inventory implements Stock {
  private final Simulator simulator;
  private final Pod[] pods;
  private final OpenLines openLines;
  /** Per SKU, its slots: pod index, units, units promised to lines; {@code slots[k]} of them in use. */
  private final int[][] slotPod;
  private final int[][] stock;
  private final int[][] reserved;
  private final int[] slots;
  private final int[] skuStock;
  private final long[] podStock;
  private final int podCapacity;
  /** Litres a pod holds at most (0: units only), litres per unit of each SKU, litres on each pod. */
  private final double podCube;
  private final double[] cube;
  private final double[] podLitres;
  private final ArrayDeque<OrderLine>[] backorders;
  private final Consumer<OrderLine> onBound;
  /** Per pod, the SKUs with a slot on it ({@code podSkuCount[p]} of them in use). */
  private final int[][] podSkus;
  private final int[] podSkuCount;
  /**
   * Choice at dispatch: lines whose stock is promised to their SKU but not yet to a pod, per SKU
   * (null until {@link #chooseAtDispatch}), with their units; whom to tell that a pod is wanted.
   */
  private ArrayDeque<OrderLine>[] unbound;
  private int[] unboundUnits;
  private long unboundTotal;
  private Consumer<Pod> wanted;
  private Consumer<OrderLine> boundAtDispatch;
  /** Choice at arrival, uniform among the pods that cover a line ({@link #chooseUniformly}); null: by rule. */
  private RandomStream uniform;
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
    this(simulator, pods, openLines, catalog, popularity, podsPerSku, podCapacity, 0, initialFill, layout, onBound);
  }

  /** @param podCube litres a pod holds at most, with the catalog's cube per unit; 0: units only */
  public Inventory(Simulator simulator, Pod[] pods, OpenLines openLines, Catalog catalog, double[] popularity,
      int podsPerSku, int podCapacity, double podCube, double initialFill, RandomStream layout,
      Consumer<OrderLine> onBound) {
    this.simulator = simulator;
    this.pods = pods;
    this.openLines = openLines;
    this.onBound = onBound;
    int skus = popularity.length;
    slotPod = new int[skus][];
    stock = new int[skus][];
    reserved = new int[skus][];
    slots = new int[skus];
    skuStock = new int[skus];
    podStock = new long[pods.length];
    this.podCapacity = podCapacity;
    this.podCube = podCube;
    cube = cubes(catalog, skus);
    podLitres = new double[pods.length];
    backorders = (ArrayDeque<OrderLine>[]) new ArrayDeque<?>[skus];
    double total = initialFill * podCapacity * (double) pods.length;
    long sum = 0;
    for (int k = 0; k < skus; k++) {
      slotPod[k] = new int[podsPerSku];
      stock[k] = new int[podsPerSku];
      reserved[k] = new int[podsPerSku];
      slots[k] = podsPerSku;
      slotPod[k][0] = catalog.pod(k);
      for (int j = 1; j < podsPerSku; j++) {
        slotPod[k][j] = distinctPod(k, j, layout);
      }
      int units = (int) Math.max(1, Math.min(Integer.MAX_VALUE / 2, Math.round(total * popularity[k])));
      for (int j = 0; j < podsPerSku; j++) {
        int share = units / podsPerSku + (j < units % podsPerSku ? 1 : 0);
        stock[k][j] = share;
        podStock[slotPod[k][j]] += share;
        podLitres[slotPod[k][j]] += share * cube[k];
      }
      skuStock[k] = units;
      sum += units;
    }
    initial = sum;
    podSkus = new int[pods.length][];
    podSkuCount = new int[pods.length];
    for (int k = 0; k < skus; k++) {
      for (int j = 0; j < slots[k]; j++) {
        indexSku(slotPod[k][j], k);
      }
    }
  }

  private void indexSku(int pod, int sku) {
    int n = podSkuCount[pod];
    if (podSkus[pod] == null) {
      podSkus[pod] = new int[4];
    } else if (n == podSkus[pod].length) {
      podSkus[pod] = java.util.Arrays.copyOf(podSkus[pod], 2 * n);
    }
    podSkus[pod][n] = sku;
    podSkuCount[pod] = n + 1;
  }

  private void unindexSku(int pod, int sku) {
    int n = podSkuCount[pod];
    for (int i = 0; i < n; i++) {
      if (podSkus[pod][i] == sku) {
        podSkus[pod][i] = podSkus[pod][n - 1];
        podSkuCount[pod] = n - 1;
        return;
      }
    }
  }

  /**
   * From now on a line's pod is chosen when a drive unit is sent, not when the line arrives: an
   * arriving line whose SKU has stock enough is promised to the SKU, and every pod holding it
   * with enough is {@code wanted}; when one of them is dispatched, {@link #bindAt} gives it every
   * promised line of every SKU on it that its stock covers (pile-on across SKUs), each handed to
   * {@code bound}.
   */
  /**
   * Choice at arrival, but uniform: a line's pod is drawn with equal chances among the pods whose
   * free stock of its SKU covers it (a reference model's rule), one draw from {@code stream} a line
   * with a choice to make.
   */
  public void chooseUniformly(RandomStream stream) {
    this.uniform = stream;
  }

  @SuppressWarnings("unchecked")
  public void chooseAtDispatch(Consumer<Pod> wanted, Consumer<OrderLine> bound) {
    this.wanted = wanted;
    this.boundAtDispatch = bound;
    unbound = (ArrayDeque<OrderLine>[]) new ArrayDeque<?>[slots.length];
    unboundUnits = new int[slots.length];
  }

  /** Promised lines of the SKUs on {@code pod} that its stock covers now go to it; whether it has any open line. */
  public boolean bindAt(Pod pod) {
    int p = pod.index();
    for (int i = 0; i < podSkuCount[p]; i++) {
      int sku = podSkus[p][i];
      int slot = slotOf(sku, p);
      while (headFits(sku, slot)) {
        OrderLine line = unbound[sku].pollFirst();
        unboundUnits[sku] -= line.units();
        unboundTotal -= line.units();
        reserved[sku][slot] += line.units();
        boundAtDispatch.accept(new OrderLine(line.order(), sku, line.itemClass(), line.units(), pod, line.createdAt()));
      }
    }
    return openLines.any(pod);
  }

  /** Whether {@code pod} holds a SKU with a promised line its stock covers. */
  public boolean wants(Pod pod) {
    if (unbound == null) {
      return false;
    }
    int p = pod.index();
    for (int i = 0; i < podSkuCount[p]; i++) {
      if (headFits(podSkus[p][i], slotOf(podSkus[p][i], p))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the oldest line promised to {@code sku} fits the free stock of its slot {@code slot}. */
  private boolean headFits(int sku, int slot) {
    ArrayDeque<OrderLine> queue = unbound[sku];
    return queue != null && !queue.isEmpty() && stock[sku][slot] - reserved[sku][slot] >= queue.peekFirst().units();
  }

  /** Promises {@code line} to its SKU, if a slot covers it and the SKU's free stock does after what is promised; whether it did. */
  private boolean promise(OrderLine line) {
    int sku = line.sku();
    long free = 0;
    boolean fits = false;
    for (int j = 0; j < slots[sku]; j++) {
      int f = stock[sku][j] - reserved[sku][j];
      free += f;
      fits |= f >= line.units();
    }
    if (!fits || free - unboundUnits[sku] < line.units()) {
      return false;
    }
    queueOf(unbound, sku).addLast(line);
    unboundUnits[sku] += line.units();
    unboundTotal += line.units();
    for (int j = 0; j < slots[sku]; j++) {
      if (stock[sku][j] - reserved[sku][j] >= line.units()) {
        wanted.accept(pods[slotPod[sku][j]]);
      }
    }
    return true;
  }

  /** Litres per unit of each SKU: the catalog's, or the mean of those known (1 litre when none is). */
  private static double[] cubes(Catalog catalog, int skus) {
    double[] out = new double[skus];
    double sum = 0;
    int known = 0;
    for (int k = 0; k < skus; k++) {
      out[k] = catalog.cube(k);
      if (!Double.isNaN(out[k])) {
        sum += out[k];
        known++;
      }
    }
    double mean = known == 0 ? 1 : sum / known;
    for (int k = 0; k < skus; k++) {
      if (Double.isNaN(out[k])) {
        out[k] = mean;
      }
    }
    return out;
  }

  /** Litres a unit of {@code sku} takes. */
  public double cube(int sku) {
    return cube[sku];
  }

  /** Litres a pod holds at most; 0: units only. */
  public double podCube() {
    return podCube;
  }

  /** Units of {@code sku} that {@code pod} can still take: its unit capacity, and its cube when one is set. */
  public long room(Pod pod, int sku) {
    long units = podCapacity - podStock[pod.index()];
    if (podCube > 0) {
      units = Math.min(units, (long) Math.floor((podCube - podLitres[pod.index()]) / cube[sku] + 1e-9));
    }
    return Math.max(0, units);
  }

  private int distinctPod(int sku, int j, RandomStream layout) {
    while (true) {
      int pod = layout.nextInt(0, pods.length - 1);
      boolean taken = false;
      for (int i = 0; i < j; i++) {
        taken |= slotPod[sku][i] == pod;
      }
      if (!taken) {
        return pod;
      }
    }
  }

  /** A new line: bound to a slot and handed on, or backordered. */
  public void onLine(OrderLine line) {
    if (unbound != null) {
      if (!promise(line)) {
        backorder(line);
      }
      return;
    }
    int slot = slotFor(line.sku(), line.units());
    if (slot < 0) {
      backorder(line);
      return;
    }
    bind(line, slot);
  }

  private void backorder(OrderLine line) {
    queueOf(backorders, line.sku()).addLast(line);
    backorderedUnits += line.units();
    backorderedLines++;
  }

  /** {@code bySku[sku]}, made on first use: most SKUs never need one. */
  private static ArrayDeque<OrderLine> queueOf(ArrayDeque<OrderLine>[] bySku, int sku) {
    if (bySku[sku] == null) {
      bySku[sku] = new ArrayDeque<>();
    }
    return bySku[sku];
  }

  private void bind(OrderLine line, int slot) {
    int sku = line.sku();
    reserved[sku][slot] += line.units();
    Pod pod = pods[slotPod[sku][slot]];
    onBound.accept(line.pod() == pod ? line : new OrderLine(line.order(), sku, line.itemClass(), line.units(), pod,
        line.createdAt()));
  }

  /** The slot to serve {@code units} of {@code sku}: a stored pod with open lines first (most open units), else most free stock; -1 if none covers them. */
  private int slotFor(int sku, int units) {
    if (uniform != null) {
      return uniformSlotFor(sku, units);
    }
    int best = -1;
    boolean bestPiles = false;
    long bestScore = -1;
    for (int j = 0; j < slots[sku]; j++) {
      int free = stock[sku][j] - reserved[sku][j];
      if (free < units) {
        continue;
      }
      Pod pod = pods[slotPod[sku][j]];
      boolean piles = pod.state() == Pod.State.STORED && openLines.any(pod);
      long score = piles ? pod.openUnits() : free;
      if (best < 0 || piles && !bestPiles || piles == bestPiles && score > bestScore) {
        best = j;
        bestPiles = piles;
        bestScore = score;
      }
    }
    return best;
  }

  /** A slot drawn uniformly among those of {@code sku} whose free stock covers {@code units}; -1 if none. */
  private int uniformSlotFor(int sku, int units) {
    int covering = 0;
    for (int j = 0; j < slots[sku]; j++) {
      covering += stock[sku][j] - reserved[sku][j] >= units ? 1 : 0;
    }
    if (covering <= 1) {
      return covering == 0 ? -1 : firstCovering(sku, units, 0);
    }
    return firstCovering(sku, units, uniform.nextInt(0, covering - 1));
  }

  /** The slot of {@code sku} after {@code skip} others whose free stock covers {@code units}. */
  private int firstCovering(int sku, int units, int skip) {
    for (int j = 0; j < slots[sku]; j++) {
      if (stock[sku][j] - reserved[sku][j] >= units && skip-- == 0) {
        return j;
      }
    }
    throw new IllegalStateException("no covering slot " + skip + " of sku " + sku);
  }

  /** The slot of {@code sku} on {@code pod}, or -1. */
  private int slotOf(int sku, int pod) {
    for (int j = 0; j < slots[sku]; j++) {
      if (slotPod[sku][j] == pod) {
        return j;
      }
    }
    return -1;
  }

  private int existingSlot(int sku, Pod pod) {
    int j = slotOf(sku, pod.index());
    if (j < 0) {
      throw new IllegalStateException("SKU " + sku + " has no slot on pod " + pod.index());
    }
    return j;
  }

  @Override
  public void taken(OrderLine line, int units) {
    remove(line.sku(), existingSlot(line.sku(), line.pod()), units);
    picked += units;
  }

  @Override
  public void lost(OrderLine line) {
    remove(line.sku(), existingSlot(line.sku(), line.pod()), line.units());
    writtenOff += line.units();
  }

  private void remove(int sku, int slot, int units) {
    stock[sku][slot] -= units;
    reserved[sku][slot] -= units;
    podStock[slotPod[sku][slot]] -= units;
    podLitres[slotPod[sku][slot]] -= units * cube[sku];
    skuStock[sku] -= units;
    if (skuStock[sku] == 0) {
      stockOuts++;
    }
    if (stock[sku][slot] == 0 && reserved[sku][slot] == 0 && slots[sku] > 1 && (unbound == null || unboundUnits[sku] == 0)) {
      close(sku, slot); // an empty bin is free for any SKU again; the SKU keeps at least one slot
    }
  }

  private void close(int sku, int slot) {
    unindexSku(slotPod[sku][slot], sku);
    int last = slots[sku] - 1;
    slotPod[sku][slot] = slotPod[sku][last];
    stock[sku][slot] = stock[sku][last];
    reserved[sku][slot] = reserved[sku][last];
    slots[sku] = last;
  }

  /**
   * {@code units} of {@code sku} are stowed on {@code pod}, into the SKU's slot there or a new
   * one; lines backordered for the SKU are released, oldest first, while a slot covers them.
   */
  public void stowed(int sku, Pod pod, int units) {
    int slot = slotOf(sku, pod.index());
    if (slot < 0) {
      slot = open(sku, pod.index());
    }
    stock[sku][slot] += units;
    podStock[pod.index()] += units;
    podLitres[pod.index()] += units * cube[sku];
    skuStock[sku] += units;
    stowed += units;
    ArrayDeque<OrderLine> queue = backorders[sku];
    while (queue != null && !queue.isEmpty()) {
      OrderLine line = queue.peekFirst();
      if (unbound != null) {
        if (!promise(line)) {
          return;
        }
      } else {
        int to = slotFor(sku, line.units());
        if (to < 0) {
          return;
        }
        bind(line, to);
      }
      queue.pollFirst();
      backorderedUnits -= line.units();
      releasedLines++;
      releasedWaitSec += simulator.time() - line.createdAt();
    }
  }

  private int open(int sku, int pod) {
    int n = slots[sku];
    if (n == slotPod[sku].length) {
      slotPod[sku] = java.util.Arrays.copyOf(slotPod[sku], 2 * n);
      stock[sku] = java.util.Arrays.copyOf(stock[sku], 2 * n);
      reserved[sku] = java.util.Arrays.copyOf(reserved[sku], 2 * n);
    }
    slotPod[sku][n] = pod;
    stock[sku][n] = 0;
    reserved[sku][n] = 0;
    slots[sku] = n + 1;
    indexSku(pod, sku);
    return n;
  }

  /** The pods holding a slot of {@code sku} now. */
  public int[] podsOf(int sku) {
    return java.util.Arrays.copyOf(slotPod[sku], slots[sku]);
  }

  /** Whether {@code pod} holds a slot of {@code sku}. */
  public boolean holds(Pod pod, int sku) {
    return slotOf(sku, pod.index()) >= 0;
  }

  /** Units of {@code sku} on {@code pod} (0 if it has no slot there). */
  public long skuStockOn(int sku, Pod pod) {
    int j = slotOf(sku, pod.index());
    return j < 0 ? 0 : stock[sku][j];
  }

  /** Units of {@code sku} on all its pods. */
  public long skuStock(int sku) {
    return skuStock[sku];
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

  /** Units of lines promised to their SKU and waiting for a pod to be chosen (choice at dispatch). */
  public long unboundUnits() {
    return unboundTotal;
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

  /** Stock conserved, per slot 0 ≤ reserved ≤ stock, pods' totals the sum of their slots. */
  public void checkInvariants(double now) {
    long[] bySlots = new long[pods.length];
    long inSlots = 0;
    for (int k = 0; k < slots.length; k++) {
      for (int j = 0; j < slots[k]; j++) {
        if (stock[k][j] < 0 || reserved[k][j] < 0 || reserved[k][j] > stock[k][j]) {
          throw new IllegalStateException("a slot of SKU " + k + " on pod " + slotPod[k][j] + " holds " + stock[k][j]
              + " units, " + reserved[k][j] + " promised, at t=" + now + " s");
        }
        inSlots += stock[k][j];
        bySlots[slotPod[k][j]] += stock[k][j];
      }
    }
    long expected = initial + stowed - picked - writtenOff;
    if (inSlots != expected || !java.util.Arrays.equals(bySlots, podStock)) {
      throw new IllegalStateException("stock in slots " + inSlots + " is not initial " + initial + " + stowed " + stowed
          + " - picked " + picked + " - written off " + writtenOff + " (or a pod's total is not its slots') at t=" + now + " s");
    }
  }
}
