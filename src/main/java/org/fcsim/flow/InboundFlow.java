package org.fcsim.flow;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.function.Predicate;
import org.fcsim.agent.StowRobot;
import org.fcsim.floor.PickStation;
import org.fcsim.floor.Pod;
import org.fcsim.floor.PodCarrier;
import org.fcsim.floor.VisitProcess;
import org.fcsim.policy.StowPolicy;
import org.fcsim.scenario.Scenario;
import org.fcsim.sim.Action;
import org.fcsim.sim.Sampler;
import org.fcsim.task.Performer;
import org.fcsim.task.TaskLedger;
import org.fcsim.task.TaskType;
import umontreal.ssj.rng.RandomStream;
import umontreal.ssj.simevents.Simulator;

/**
 * Units coming in: cases arrive (a Poisson process following an hourly profile), a person
 * receives each (RECEIVE), and its units wait to be stowed. On a goods-to-person floor a drive
 * unit brings a pod with room holding a slot of the case's SKU — the {@link StowPolicy} chooses
 * which — to a stow station, where a stower stows every waiting case that pod has a slot for, up
 * to its room (STOW, per unit); what does not fit waits for another pod. Walking (picker-to-parts)
 * a stower takes each case to its location and back. At a stow station with a stow robot
 * ({@link #robotStation}) the robot places the units one by one and hands those it cannot to a
 * person. Stock goes onto the pod in the {@link Inventory}, which releases lines backordered for
 * the SKU.
 *
 * <p>Conserved: units received = units stowed + units waiting to be stowed (in cases, or being
 * stowed).
 */
public final class InboundFlow implements VisitProcess {
  /** A received case: {@code units} of {@code sku} still to stow; {@code pod} ≥ 0 once a trip is sent for it. */
  private static final class Case {
    final int sku;
    int units;
    int pod = -1;

    Case(int sku, int units) {
      this.sku = sku;
      this.units = units;
    }
  }

  /** Cases looked at per dispatch: bounds the cost of a long backlog (the oldest come first). */
  private static final int LOOK_AHEAD = 256;
  /** Pods drawn at random besides the SKU's own as places for a case (random stow). */
  private static final int OTHER_PODS = 2;

  private final Simulator simulator;
  private final double[] casesPerSecByHour;
  private final Catalog catalog;
  private final Inventory inventory;
  private final Pod[] pods;
  private final Work work;
  private final Sampler unitsPerCase;
  private final Sampler receiveSec;
  private final Sampler stowSecPerUnit;
  private final StowPolicy policy;
  private final RandomStream arrivals;
  /** Position in the golden-ratio sequence that picks each case's SKU (see {@link #nextSku}). */
  private double skuPhase;
  /** SKUs drawn for each case, of which the one with least cover is bought. */
  private static final int CHOICES = 4;
  /** Per SKU, units arrived and not yet stowed: stock on its way. */
  private final int[] pipeline;
  private final RandomStream otherPods;
  private final double manualWalkSec;
  private final boolean walking;
  private final Action arrival;
  private final LinkedList<Case> waiting = new LinkedList<>();
  private Runnable onStowWork = () -> { };
  private long arrivedUnits;
  private long receivedUnits;
  private long stowedUnits;
  private long robotStowedUnits;
  private long waitingUnits;
  /** Units taken from their cases by a stow visit under way. */
  private long inVisits;

  /**
   * @param walking true when people walk to stow (picker-to-parts): no stow stations or drive units
   */
  public InboundFlow(Simulator simulator, Scenario.Inbound spec, Catalog catalog, Inventory inventory, Pod[] pods,
      Work work, Sampler unitsPerCase, Sampler receiveSec, Sampler stowSecPerUnit, StowPolicy policy,
      RandomStream arrivals, RandomStream skuChoice, RandomStream otherPods, boolean walking) {
    this.simulator = simulator;
    this.casesPerSecByHour = spec.casesPerSecByHour();
    this.catalog = catalog;
    this.inventory = inventory;
    this.pods = pods;
    this.work = work;
    this.unitsPerCase = unitsPerCase;
    this.receiveSec = receiveSec;
    this.stowSecPerUnit = stowSecPerUnit;
    this.policy = policy;
    this.arrivals = arrivals;
    this.skuPhase = skuChoice.nextDouble();
    this.pipeline = new int[catalog.skus()];
    this.otherPods = otherPods;
    this.manualWalkSec = spec.manualWalkSec();
    this.walking = walking;
    this.arrival = new Action(simulator, this::onCaseArrived);
  }

  /** Who to tell when a case is ready to stow (the dispatcher, which may now send a drive unit). */
  public void onStowWork(Runnable listener) {
    this.onStowWork = listener;
  }

  public void start() {
    scheduleNext();
  }

  private void scheduleNext() {
    double now = simulator.time();
    arrival.schedule(HourlyPoisson.next(now, casesPerSecByHour, arrivals) - now);
  }

  private void onCaseArrived() {
    Case c = new Case(nextSku(), Math.max(1, (int) Math.round(unitsPerCase.sample())));
    arrivedUnits += c.units;
    pipeline[c.sku] += c.units;
    work.request(TaskType.RECEIVE, -1, receiveSec.sample(), null, () -> received(c));
    scheduleNext();
  }

  /**
   * The next case's SKU, as a purchasing system that reorders what runs low would send it,
   * simplified: {@value #CHOICES} SKUs drawn by popularity, and of those the one with least cover
   * (stock on pods and on its way, over its share of demand). The draws follow a golden-ratio
   * (Weyl) sequence from a random start rather than independent uniforms, so every SKU is
   * considered close to its share of the time. Without the feedback, equal volumes in and out
   * leave each SKU's stock a random walk that runs out within weeks.
   */
  private int nextSku() {
    int best = -1;
    double bestCover = Double.POSITIVE_INFINITY;
    for (int i = 0; i < CHOICES; i++) {
      skuPhase += 0.6180339887498949;
      skuPhase -= Math.floor(skuPhase);
      int sku = catalog.sku(skuPhase);
      double cover = (inventory.skuStock(sku) + pipeline[sku]) / catalog.share(sku);
      if (cover < bestCover) {
        best = sku;
        bestCover = cover;
      }
    }
    return best;
  }

  private void received(Case c) {
    receivedUnits += c.units;
    waitingUnits += c.units;
    if (walking) {
      stowWalking(c);
    } else {
      waiting.addLast(c);
      onStowWork.run();
    }
  }

  /** Picker-to-parts: a stower walks the case to its location (the policy's slot) and stows it. */
  private void stowWalking(Case c) {
    double sec = manualWalkSec;
    for (int u = 0; u < c.units; u++) {
      sec += stowSecPerUnit.sample();
    }
    work.request(TaskType.STOW, -1, sec, null, () -> {
      List<Candidate> candidates = candidates(c, pod -> true);
      // shelves full everywhere looked: the case goes onto its SKU's first location all the same
      Pod onto = candidates.isEmpty() ? pods[inventory.podsOf(c.sku)[0]] : candidates.get(policy.choose(candidates)).pod;
      stowed(c.sku, onto, c.units);
    });
  }

  private void stowed(int sku, Pod pod, int units) {
    pipeline[sku] -= units;
    waitingUnits -= units;
    stowedUnits += units;
    inventory.stowed(sku, pod, units);
  }

  private record Candidate(Pod pod, long room, long skuStock) implements StowPolicy.Candidate {}

  /** Units of {@code sku} the pod's room shrinks by for what a visit already takes: by units, or by cube when larger. */
  private long roomTaken(List<Case> cases, List<Integer> amounts, int sku) {
    long units = 0;
    double litres = 0;
    for (int i = 0; i < cases.size(); i++) {
      units += amounts.get(i);
      litres += amounts.get(i) * inventory.cube(cases.get(i).sku);
    }
    return Math.max(units, inventory.podCube() > 0 ? (long) Math.ceil(litres / inventory.cube(sku) - 1e-9) : 0);
  }

  /** Pods with room that are {@code available}: the SKU's own, then {@value #OTHER_PODS} drawn at random. */
  private List<Candidate> candidates(Case c, Predicate<Pod> available) {
    List<Candidate> out = new ArrayList<>();
    for (int p : inventory.podsOf(c.sku)) {
      add(out, pods[p], c.sku, available);
    }
    for (int i = 0; i < OTHER_PODS; i++) {
      Pod pod = pods[otherPods.nextInt(0, pods.length - 1)];
      if (out.stream().noneMatch(x -> x.pod == pod)) {
        add(out, pod, c.sku, available);
      }
    }
    return out;
  }

  private void add(List<Candidate> out, Pod pod, int sku, Predicate<Pod> available) {
    long room = inventory.room(pod, sku);
    if (room > 0 && available.test(pod)) {
      out.add(new Candidate(pod, room, inventory.skuStockOn(sku, pod)));
    }
  }

  /**
   * The pod for the next stow trip, among those {@code available} (the dispatcher's say: in
   * storage), for the oldest waiting case that has one with room; null if none has.
   */
  public Pod nextPod(Predicate<Pod> available) {
    int looked = 0;
    for (Case c : waiting) {
      if (looked++ == LOOK_AHEAD) {
        return null;
      }
      if (c.pod >= 0) {
        continue;
      }
      List<Candidate> candidates = candidates(c, available);
      if (!candidates.isEmpty()) {
        Pod pod = candidates.get(policy.choose(candidates)).pod;
        c.pod = pod.index();
        return pod;
      }
    }
    return null;
  }

  /** A pod at a stow station: every waiting case with a slot on it is stowed, up to its room. */
  @Override
  public void start(PickStation station, PodCarrier carrier) {
    carrier.beginPick(station, 0, -1);
    stow(carrier.pod(), -1, stowed -> carrier.release(stowed));
  }

  /**
   * A pick station that also stows: after its picker has picked the pod's lines, the same person
   * (the station's post) stows onto it every waiting case it holds, before the pod leaves with
   * the units picked.
   */
  public VisitProcess pickThenStow(VisitProcess picking) {
    return (station, carrier) -> picking.start(station, new PodCarrier() {
      @Override
      public Pod pod() {
        return carrier.pod();
      }

      @Override
      public void onQueued() {
        carrier.onQueued();
      }

      @Override
      public void beginPick(PickStation at, int units, double durationSec) {
        carrier.beginPick(at, units, durationSec);
      }

      @Override
      public void release(int picked) {
        stow(carrier.pod(), station.index(), stowed -> carrier.release(picked));
      }
    });
  }

  /** The units one visit takes onto a pod: cases and how many units of each, in the order they waited. */
  private record Taken(List<Case> cases, List<Integer> amounts, int units) {}

  /**
   * Takes into a visit to {@code pod} every waiting case it holds, up to its room: the units are
   * out of their cases (no other visit stows them) and counted as being stowed. A case that sent
   * for this pod and found no room gives it up (another pod next time).
   */
  private Taken take(Pod pod) {
    List<Case> cases = new ArrayList<>();
    List<Integer> amounts = new ArrayList<>();
    int total = 0;
    for (Iterator<Case> it = waiting.iterator(); it.hasNext(); ) {
      Case c = it.next();
      if (c.pod == pod.index() || c.pod < 0 && inventory.holds(pod, c.sku)) {
        // room for this SKU, less what this visit already takes onto the pod (counted in units of this SKU)
        long room = inventory.room(pod, c.sku) - roomTaken(cases, amounts, c.sku);
        int n = (int) Math.max(0, Math.min(room, c.units));
        if (n == 0) {
          continue;
        }
        total += n;
        cases.add(c);
        amounts.add(n);
        c.units -= n;
        inVisits += n;
        if (c.units == 0) {
          it.remove();
        }
      }
    }
    for (Case c : waiting) {
      if (c.pod == pod.index()) {
        c.pod = -1; // stowed now, or no room left: another pod next time
      }
    }
    return new Taken(cases, amounts, total);
  }

  /** Stows onto {@code pod} every waiting case it holds, up to its room, by someone at {@code post} (-1: any stower); then {@code done} with the units stowed. */
  private void stow(Pod pod, int post, java.util.function.IntConsumer done) {
    Taken taken = take(pod);
    if (taken.cases().isEmpty()) {
      done.accept(0);
      return;
    }
    double sec = 0;
    for (int n : taken.amounts()) {
      for (int u = 0; u < n; u++) {
        sec += stowSecPerUnit.sample();
      }
    }
    work.request(TaskType.STOW, post, sec, null, () -> {
      for (int i = 0; i < taken.cases().size(); i++) {
        inVisits -= taken.amounts().get(i);
        stowed(taken.cases().get(i).sku, pod, taken.amounts().get(i));
      }
      done.accept(taken.units());
      onStowWork.run();
    });
  }

  /**
   * The visit process of a stow station with a stow robot: the robot places every waiting case
   * the pod holds, up to its room, unit by unit (STOW by {@code stowRobot}, its attempts' time).
   * A unit whose item class is not stow-eligible, or that the robot fails to place after its
   * retries, is handed to a person ({@code stowFailure}, any stower, time from {@code handoffSec})
   * while the pod waits; then the robot goes on. The pod leaves once every unit taken is on it.
   */
  public VisitProcess robotStation(StowRobot robot, TaskLedger ledger, Sampler handoffSec) {
    return (station, carrier) -> {
      carrier.beginPick(station, 0, -1);
      Taken taken = take(carrier.pod());
      if (taken.cases().isEmpty()) {
        carrier.release(0);
        return;
      }
      new RobotVisit(robot, ledger, handoffSec, carrier, taken).nextUnit();
    };
  }

  /** One pod at a robot stow station: its cases' units one at a time, by the robot or handed to a person. */
  private final class RobotVisit {
    private final StowRobot robot;
    private final TaskLedger ledger;
    private final Sampler handoffSec;
    private final PodCarrier carrier;
    private final Taken taken;
    private int index;
    private int unit;

    RobotVisit(StowRobot robot, TaskLedger ledger, Sampler handoffSec, PodCarrier carrier, Taken taken) {
      this.robot = robot;
      this.ledger = ledger;
      this.handoffSec = handoffSec;
      this.carrier = carrier;
      this.taken = taken;
    }

    void nextUnit() {
      if (unit == taken.amounts().get(index)) {
        index++;
        unit = 0;
      }
      if (index == taken.cases().size()) {
        carrier.release(taken.units());
        onStowWork.run();
        return;
      }
      unit++;
      int sku = taken.cases().get(index).sku;
      if (!catalog.itemClass(sku).stowEligible()) {
        handOff(sku);
        return;
      }
      robot.place(sec -> {
        ledger.record(TaskType.STOW, Performer.STOW_ROBOT, 0, sec);
        robotStowedUnits++;
        unitStowed(sku);
        nextUnit();
      }, sec -> handOff(sku));
    }

    private void handOff(int sku) {
      work.request(TaskType.STOW_FAILURE, -1, handoffSec.sample(), null, () -> {
        unitStowed(sku);
        nextUnit();
      });
    }

    private void unitStowed(int sku) {
      inVisits--;
      stowed(sku, carrier.pod(), 1);
    }
  }

  public long arrivedUnits() {
    return arrivedUnits;
  }

  public long receivedUnits() {
    return receivedUnits;
  }

  public long stowedUnits() {
    return stowedUnits;
  }

  /** Units stow robots placed (of {@link #stowedUnits}). */
  public long robotStowedUnits() {
    return robotStowedUnits;
  }

  /** Received units not yet stowed. */
  public long waitingUnits() {
    return waitingUnits;
  }

  /** Units received = stowed + waiting; the waiting cases hold exactly the units waiting. */
  public void checkInvariants(double now) {
    long inCases = 0;
    for (Case c : waiting) {
      if (c.units <= 0) {
        throw new IllegalStateException("a case waits to be stowed with " + c.units + " units at t=" + now + " s");
      }
      inCases += c.units;
    }
    if (receivedUnits != stowedUnits + waitingUnits || !walking && inCases + inVisits != waitingUnits || waitingUnits < 0
        || inVisits < 0) {
      throw new IllegalStateException("inbound units not conserved: received " + receivedUnits + ", stowed " + stowedUnits
          + ", waiting " + waitingUnits + " (in cases " + inCases + ", being stowed " + inVisits + ") at t=" + now + " s");
    }
  }
}
