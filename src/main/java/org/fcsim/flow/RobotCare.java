package org.fcsim.flow;

import java.util.ArrayDeque;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import org.fcsim.agent.Rechargeable;
import org.fcsim.sim.Action;
import org.fcsim.sim.Sampler;
import org.fcsim.sim.TimeAverage;
import org.fcsim.task.Performer;
import org.fcsim.task.TaskLedger;
import org.fcsim.task.TaskType;
import umontreal.ssj.rng.RandomStream;
import umontreal.ssj.simevents.Simulator;

/**
 * Care of robots, one service for every kind: rescue by a person after a fault in the field,
 * repair by a robotics technician, charging at a pool of chargers. A kind of robot
 * ({@link #kind}) brings only its own times; the service sends the work to people, counts the
 * robots of each kind that are down, and records charging in the ledger.
 */
public final class RobotCare {
  private final Simulator simulator;
  private final Work work;
  private final TaskLedger ledger;

  public RobotCare(Simulator simulator, Work work, TaskLedger ledger) {
    this.simulator = simulator;
    this.work = work;
    this.ledger = ledger;
  }

  /**
   * A kind of robot under care.
   *
   * @param rescueTask  the task a person does to recover one in the field; null if it never needs rescue
   * @param rescueSec   that task's time; null with {@code rescueTask}
   * @param repairShare probability that a rescued robot then needs a repair
   * @param repairDraw  the stream of those draws; null when {@code repairShare} is 0 and nothing is rescued
   * @param repairSec   a technician's repair time
   */
  public Kind kind(Performer robot, TaskType rescueTask, Sampler rescueSec, double repairShare, RandomStream repairDraw,
      Sampler repairSec) {
    return new Kind(robot, rescueTask, rescueSec, repairShare, repairDraw, repairSec);
  }

  /** Chargers shared by robots of {@code robot}'s kind; each robot heads for charger {@code index % cells}. */
  public Chargers chargers(Performer robot, int[][] cells, double fullChargeSec) {
    return new Chargers(robot, cells, fullChargeSec);
  }

  /** One kind of robot: its care times and how many of it are down (faulted or in repair). */
  public final class Kind {
    private final Performer robot;
    private final TaskType rescueTask;
    private final Sampler rescueSec;
    private final double repairShare;
    private final RandomStream repairDraw;
    private final Sampler repairSec;
    private final TimeAverage down;

    private Kind(Performer robot, TaskType rescueTask, Sampler rescueSec, double repairShare, RandomStream repairDraw,
        Sampler repairSec) {
      this.robot = robot;
      this.rescueTask = rescueTask;
      this.rescueSec = rescueSec;
      this.repairShare = repairShare;
      this.repairDraw = repairDraw;
      this.repairSec = repairSec;
      this.down = new TimeAverage(simulator, "down/" + robot.key());
    }

    /**
     * A robot of this kind stopped in the field. A person walks in; {@code personInside} is told
     * how long they will be there when they start; when they are done, {@code rescued} learns
     * whether the robot must then be repaired.
     */
    public void rescue(DoubleConsumer personInside, Consumer<Boolean> rescued) {
      down.add(1);
      work.request(rescueTask, -1, rescueSec.sample(), personInside, () -> {
        down.add(-1);
        rescued.accept(repairDraw.nextDouble() < repairShare);
      });
    }

    /** A robot of this kind waits for a technician; {@code repaired} runs when it works again. */
    public void repair(Runnable repaired) {
      down.add(1);
      work.request(TaskType.REPAIR, -1, repairSec.sample(), null, () -> {
        down.add(-1);
        repaired.run();
      });
    }

    public Performer robot() {
      return robot;
    }

    /** Robots of this kind down now. */
    public int downNow() {
      return (int) down.level();
    }

    /** Time-average number of robots of this kind down since the last reset. */
    public double meanDown() {
      return down.average();
    }

    public void resetStatistics() {
      down.reset();
    }
  }

  /** A pool of chargers, first come first served; charging takes the full-charge time times the charge missing. */
  public final class Chargers {
    private record Waiting(Rechargeable robot, double since, Runnable charged) {}

    private final Performer robot;
    private final int[][] cells;
    private final double fullChargeSec;
    private final ArrayDeque<Waiting> queue = new ArrayDeque<>();
    private final TimeAverage charging = new TimeAverage(simulator, "chargers");
    private int free;
    private int waitingAtReset;

    private Chargers(Performer robot, int[][] cells, double fullChargeSec) {
      this.robot = robot;
      this.cells = cells;
      this.fullChargeSec = fullChargeSec;
      this.free = cells.length;
    }

    /**
     * Sends {@code unit} to its charger; once it is charged, {@code charged} runs and then the
     * robot is told {@link Rechargeable#chargeDone}.
     */
    public void charge(Rechargeable unit, Runnable charged) {
      unit.goCharge(cells[unit.index() % cells.length], () -> {
        if (free > 0) {
          start(unit, 0, charged);
        } else {
          queue.addLast(new Waiting(unit, simulator.time(), charged));
        }
      });
    }

    private void start(Rechargeable unit, double waitedSec, Runnable charged) {
      free--;
      charging.add(1);
      unit.startCharging();
      double sec = fullChargeSec * (1 - unit.batteryLevel());
      new Action(simulator, () -> {
        ledger.record(TaskType.CHARGING, robot, waitedSec, sec);
        free++;
        charging.add(-1);
        Waiting next = queue.pollFirst();
        if (next != null) {
          start(next.robot(), simulator.time() - next.since(), next.charged());
        }
        charged.run();
        unit.chargeDone();
      }).schedule(sec);
    }

    /** Fraction of the chargers' time spent charging since the reset. */
    public double utilization() {
      return charging.average() / cells.length;
    }

    /** Change per hour, since the reset, of the robots waiting for a charger. */
    public double queueGrowthPerHour(double hours) {
      return (queue.size() - waitingAtReset) / hours;
    }

    public void resetStatistics() {
      charging.reset();
      waitingAtReset = queue.size();
    }

    /** Throws if the free count left 0..chargers. */
    public void checkInvariants(double now) {
      if (free < 0 || free > cells.length) {
        throw new IllegalStateException("free chargers " + free + " outside 0.." + cells.length + " at t=" + now + " s");
      }
      if (!queue.isEmpty() && free > 0) {
        throw new IllegalStateException(queue.size() + " robots wait for a charger while " + free
            + " are free at t=" + now + " s");
      }
    }
  }
}
