package org.fcsim.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fcsim.agent.Associate;
import org.fcsim.agent.DriveUnit;
import org.fcsim.agent.RoboticArm;
import org.fcsim.floor.FloorPlan;
import org.fcsim.floor.PickStation;
import org.fcsim.stats.Replay;

/**
 * Collects the frames of a replay: at each snapshot the parts report their drive units, stations,
 * people and arms ({@link Part#snapshot}), and {@link #endFrame} closes the frame. Reading state
 * only, it leaves the replication's results as they are.
 */
final class ReplayProbe {
  private static final List<String> UNIT_STATES = java.util.Arrays.stream(DriveUnit.State.values()).map(Enum::name).toList();

  private final FloorPlan plan;
  private final List<float[]> xy = new ArrayList<>();
  private final List<byte[]> states = new ArrayList<>();
  private final List<int[]> queues = new ArrayList<>();
  private final List<Map<String, Integer>> people = new ArrayList<>();
  private final List<Integer> armsBusy = new ArrayList<>();
  private final Map<String, Integer> activities = new LinkedHashMap<>();
  private int[][] stationCells = new int[0][];
  private int units;
  private int arms;
  private float[] frameXy = new float[0];
  private byte[] frameStates = new byte[0];
  private int[] frameQueues = new int[0];
  private Map<String, Integer> framePeople = new LinkedHashMap<>();
  private int frameArmsBusy;

  ReplayProbe(FloorPlan plan) {
    this.plan = plan;
    activities.put("idle", 0);
    activities.put("break", 1);
  }

  void units(List<DriveUnit> fleet) {
    units = fleet.size();
    frameXy = new float[2 * units];
    frameStates = new byte[units];
    for (int u = 0; u < units; u++) {
      DriveUnit d = fleet.get(u);
      double[] p = d.position();
      frameXy[2 * u] = p == null ? -1 : (float) (p[0] + plan.dx());
      frameXy[2 * u + 1] = p == null ? -1 : (float) (p[1] + plan.dy());
      boolean carrying = d.pod() != null && d.state() != DriveUnit.State.TO_POD; // assigned a pod, not yet under it
      frameStates[u] = (byte) (d.state().ordinal() + (carrying ? Replay.CARRYING : 0));
    }
  }

  void stations(List<PickStation> stations, int[][] cells) {
    stationCells = cells;
    frameQueues = new int[stations.size()];
    for (PickStation s : stations) {
      frameQueues[s.index()] = (int) Math.round(s.podsPresent().level());
    }
  }

  void people(List<Associate> associates) {
    for (Associate a : associates) {
      String activity = switch (a.state()) {
        case OFF_SHIFT -> null;
        case IDLE -> "idle";
        case ON_BREAK -> "break";
        case WORKING -> a.currentTask().type().key();
      };
      if (activity != null) {
        activities.putIfAbsent(activity, activities.size());
        framePeople.merge(activity, 1, Integer::sum);
      }
    }
  }

  void arms(List<RoboticArm> robots) {
    arms = robots.size();
    frameArmsBusy = (int) robots.stream().filter(r -> r.state() == RoboticArm.State.PICKING).count();
  }

  void endFrame() {
    xy.add(frameXy);
    states.add(frameStates);
    queues.add(frameQueues);
    people.add(framePeople);
    armsBusy.add(frameArmsBusy);
    framePeople = new LinkedHashMap<>();
  }

  Replay build(String level, int replication, double startSec, double stepSec) {
    int frames = xy.size();
    float[] allXy = new float[frames * 2 * units];
    byte[] allStates = new byte[frames * units];
    int stations = stationCells.length;
    int[] allQueues = new int[frames * stations];
    int[] allPeople = new int[frames * activities.size()];
    int[] busy = new int[frames];
    for (int f = 0; f < frames; f++) {
      System.arraycopy(xy.get(f), 0, allXy, f * 2 * units, Math.min(2 * units, xy.get(f).length));
      System.arraycopy(states.get(f), 0, allStates, f * units, Math.min(units, states.get(f).length));
      System.arraycopy(queues.get(f), 0, allQueues, f * stations, Math.min(stations, queues.get(f).length));
      int base = f * activities.size();
      people.get(f).forEach((a, n) -> allPeople[base + activities.get(a)] = n);
      busy[f] = armsBusy.get(f);
    }
    return new Replay(level, replication, startSec, stepSec, frames, plan.map().width(), plan.map().height(), plan.dx(),
        plan.dy(), units, UNIT_STATES, allXy, allStates, stationCells, allQueues, List.copyOf(activities.keySet()),
        allPeople, arms, busy);
  }
}
