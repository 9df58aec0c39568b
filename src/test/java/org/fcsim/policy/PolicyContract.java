package org.fcsim.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.fcsim.agent.Associate;
import org.fcsim.agent.AssignmentPolicy;
import org.fcsim.agent.Workforce;
import org.fcsim.agent.WorkforceSpec;
import org.fcsim.floor.PickStation;
import org.fcsim.floor.Pod;
import org.fcsim.scenario.Scenario;
import org.fcsim.sim.Streams;
import org.fcsim.task.Role;
import org.fcsim.task.TaskLedger;
import org.fcsim.task.TaskType;
import umontreal.ssj.rng.RandomStream;
import umontreal.ssj.simevents.Simulator;

/**
 * The contract every policy of each kind keeps, for built-in and research policies alike: over
 * many random situations it returns only a legal choice (one of what it was shown), it is
 * deterministic (two instances given equal random streams choose alike, call after call), and
 * it does not change what it is shown (the collections are read-only, and the pods, stations
 * and counts it reads are the same afterwards). A new policy runs the check of its kind, e.g.
 * {@code PolicyContract.pod(() -> new MyPod())}.
 */
public final class PolicyContract {
  private static final int SITUATIONS = 300;

  private PolicyContract() {}

  /** Station policies: {@code make} builds one from its random stream. */
  public static void station(Function<RandomStream, StationPolicy> make) {
    Simulator simulator = new Simulator();
    StationPolicy first = make.apply(new Streams(11, 0).stream("contract"));
    StationPolicy second = make.apply(new Streams(11, 0).stream("contract"));
    RandomStream situations = new Streams(5, 0).stream("situations");
    for (int i = 0; i < SITUATIONS; i++) {
      List<PickStation> stations = new ArrayList<>();
      int n = situations.nextInt(1, 8);
      for (int s = 0; s < n; s++) {
        PickStation station = new PickStation(simulator, s, 1, () -> 1.0, () -> 1.0);
        for (int k = situations.nextInt(0, 5); k > 0; k--) {
          station.commit();
        }
        stations.add(station);
      }
      List<Integer> loads = stations.stream().map(PickStation::committedPods).toList();
      List<PickStation> shown = Collections.unmodifiableList(stations);
      PickStation chosen = first.choose(shown);
      assertTrue(stations.contains(chosen), "chose a station it was not shown: " + chosen);
      assertEquals(chosen, second.choose(Collections.unmodifiableList(new ArrayList<>(stations))), "not deterministic");
      assertEquals(loads, stations.stream().map(PickStation::committedPods).toList(), "changed the stations' loads");
    }
  }

  /** Pod policies. */
  public static void pod(Supplier<PodPolicy> make) {
    PodPolicy first = make.get();
    PodPolicy second = make.get();
    RandomStream situations = new Streams(5, 0).stream("situations");
    for (int i = 0; i < SITUATIONS; i++) {
      Set<Pod> pending = new LinkedHashSet<>();
      for (int p = situations.nextInt(1, 30); p > 0; p--) {
        Pod pod = new Pod(pending.size(), new int[] {situations.nextInt(0, 9), situations.nextInt(0, 9)}, 0);
        pod.addOpenUnits(situations.nextInt(1, 6));
        pending.add(pod);
      }
      List<String> before = pending.stream().map(PolicyContract::describe).toList();
      Pod chosen = first.choose(Collections.unmodifiableSet(pending));
      assertTrue(pending.contains(chosen), "chose a pod that is not pending: " + chosen);
      assertEquals(chosen, second.choose(Collections.unmodifiableSet(new LinkedHashSet<>(pending))), "not deterministic");
      assertEquals(before, pending.stream().map(PolicyContract::describe).toList(), "changed the pending pods");
    }
  }

  private static String describe(Pod pod) {
    return pod.index() + "@" + pod.cell()[0] + "," + pod.cell()[1] + " units=" + pod.openUnits() + " " + pod.state();
  }

  /** Arm policies: an answer for every item class, the same every time. */
  public static void arm(Supplier<ArmPolicy> make) {
    ArmPolicy first = make.get();
    ArmPolicy second = make.get();
    RandomStream situations = new Streams(5, 0).stream("situations");
    for (int i = 0; i < SITUATIONS; i++) {
      Scenario.ItemClass item = new Scenario.ItemClass("c" + i, situations.nextDouble(), situations.nextInt(0, 1) == 1,
          situations.nextDouble(), true, true, true);
      boolean answer = first.armTries(item);
      assertEquals(answer, second.armTries(item), "not deterministic");
      assertEquals(answer, first.armTries(item), "answered the same item class differently");
    }
  }

  /** Stow (replenishment) policies: an index into the candidates. */
  public static void stow(Supplier<StowPolicy> make) {
    StowPolicy first = make.get();
    StowPolicy second = make.get();
    RandomStream situations = new Streams(5, 0).stream("situations");
    record Candidate(long room, long skuStock) implements StowPolicy.Candidate {}
    for (int i = 0; i < SITUATIONS; i++) {
      List<Candidate> candidates = new ArrayList<>();
      for (int c = situations.nextInt(1, 10); c > 0; c--) {
        candidates.add(new Candidate(situations.nextInt(1, 50), situations.nextInt(0, 20)));
      }
      List<Candidate> before = List.copyOf(candidates);
      int chosen = first.choose(Collections.unmodifiableList(candidates));
      assertTrue(chosen >= 0 && chosen < candidates.size(), "index " + chosen + " of " + candidates.size() + " candidates");
      assertEquals(chosen, second.choose(Collections.unmodifiableList(new ArrayList<>(candidates))), "not deterministic");
      assertEquals(before, candidates, "changed the candidates");
    }
  }

  /**
   * Storage policies: one of the free cells, on random floors of up to 40 cells with random drive
   * times and classes; {@code make} builds one from its random stream.
   */
  public static void storage(Function<RandomStream, StoragePolicy> make) {
    StoragePolicy first = make.apply(new Streams(11, 0).stream("contract"));
    StoragePolicy second = make.apply(new Streams(11, 0).stream("contract"));
    RandomStream situations = new Streams(5, 0).stream("situations");
    record Situation(int ownCell, int[] freeCells, double[] sec, int podClass, int[] cellClass)
        implements StoragePolicy.Choice {
      public double secondsTo(int cell) {
        return sec[cell];
      }

      public int cellClass(int cell) {
        return cellClass[cell];
      }
    }
    for (int i = 0; i < SITUATIONS; i++) {
      int cells = situations.nextInt(1, 40);
      double[] sec = new double[cells];
      int[] classes = new int[cells];
      List<Integer> free = new ArrayList<>();
      for (int c = 0; c < cells; c++) {
        sec[c] = situations.nextInt(1, 60);
        classes[c] = situations.nextInt(0, 2);
        if (situations.nextInt(0, 2) == 0) {
          free.add(c);
        }
      }
      int own = situations.nextInt(0, cells - 1);
      if (!free.contains(own)) {
        free.add(own);
        Collections.sort(free);
      }
      int[] freeCells = free.stream().mapToInt(Integer::intValue).toArray();
      int[] shown = freeCells.clone();
      Situation situation = new Situation(own, shown, sec.clone(), situations.nextInt(0, 2), classes.clone());
      int chosen = first.choose(situation);
      assertTrue(free.contains(chosen), "chose cell " + chosen + ", not one of the free cells " + free);
      assertEquals(chosen, second.choose(new Situation(own, freeCells.clone(), sec.clone(), situation.podClass(),
          classes.clone())), "not deterministic");
      assertTrue(java.util.Arrays.equals(freeCells, shown), "changed the free cells");
    }
  }

  /** Assignment policies: one of the idle candidates, shown a few roles' associates in turn. */
  public static void assignment(Supplier<AssignmentPolicy> make) {
    AssignmentPolicy first = make.get();
    AssignmentPolicy second = make.get();
    Simulator simulator = new Simulator();
    simulator.init();
    Workforce workforce = new Workforce(simulator, new WorkforceSpec(Map.of(Role.PICKER, 3, Role.PACKER, 2,
        Role.PROBLEM_SOLVER, 2), Map.of(), List.of(), 1, 1), new TaskLedger(), first);
    workforce.start();
    List<Associate> all = workforce.associates();
    RandomStream situations = new Streams(5, 0).stream("situations");
    List<TaskType> types = List.of(TaskType.PICK, TaskType.PACK, TaskType.DAMAGED_ITEM);
    for (int i = 0; i < SITUATIONS; i++) {
      List<Associate> candidates = new ArrayList<>();
      for (Associate a : all) {
        if (situations.nextInt(0, 1) == 1) {
          candidates.add(a);
        }
      }
      if (candidates.isEmpty()) {
        candidates.add(all.get(situations.nextInt(0, all.size() - 1)));
      }
      TaskType type = types.get(situations.nextInt(0, types.size() - 1));
      List<Associate> before = List.copyOf(candidates);
      Associate chosen = first.choose(type, Collections.unmodifiableList(candidates));
      assertTrue(candidates.contains(chosen), "chose an associate who is not a candidate: " + chosen);
      assertEquals(chosen, second.choose(type, Collections.unmodifiableList(new ArrayList<>(candidates))), "not deterministic");
      assertEquals(before, candidates, "changed the candidates");
    }
  }
}
