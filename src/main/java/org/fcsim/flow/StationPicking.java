package org.fcsim.flow;

import java.util.List;
import org.fcsim.agent.RoboticArm;
import org.fcsim.floor.PickStation;
import org.fcsim.floor.PodCarrier;
import org.fcsim.floor.VisitProcess;
import org.fcsim.policy.ArmPolicy;
import org.fcsim.scenario.Scenario;
import org.fcsim.sim.Action;
import org.fcsim.sim.Sampler;
import org.fcsim.task.Performer;
import org.fcsim.task.TaskLedger;
import org.fcsim.task.TaskType;
import umontreal.ssj.simevents.Simulator;

/**
 * A pod visit at a goods-to-person station in the orders model. Every line open on the pod when
 * the visit starts is served, one after the other (pile-on). A line whose stock is missing goes
 * to a problem solver and the visit moves on.
 * <ul>
 *   <li>At a station without an arm, the station's own picker (an associate bound to the
 *       station's post) picks each line: one PICK task per line.</li>
 *   <li>At an arm station, the {@link ArmPolicy} decides per unit whether the arm tries; a unit it
 *       does not try, or fails to grasp after its retries, is handed to a person (GRASP_FAILURE):
 *       with fallback {@code station} the pod waits for that person, with {@code problemSolve}
 *       the pod moves on and a problem solver sources the unit.</li>
 * </ul>
 * The drive unit is released when the last line is done. With a pod dwell per unit (people's
 * stations only), station time and pod time part: the picker works {@code pickTimeSec} per unit
 * while the pod stays {@code podDwellSec} per unit from the start of the line, then takes its
 * next line (queued for the picker if still busy) or leaves; the order hears of the units when
 * the picker is done (RAWSim-O's pick that blocks the station 10 s an item, the pod 3 s).
 */
public final class StationPicking implements VisitProcess {
  private final Simulator simulator;
  private final OpenLines openLines;
  private final Fulfilment fulfilment;
  private final Work work;
  private final TaskLedger ledger;
  private final Sampler pickTimeSec;
  private final Sampler podDwellSec;
  private final Sampler handoffSec;
  private final RoboticArm arm;
  private final ArmPolicy armPolicy;
  private final boolean waitForPerson;

  /** A station without an arm: the pod stays until the picker is done with its last line. */
  public StationPicking(OpenLines openLines, Fulfilment fulfilment, Work work, TaskLedger ledger, Sampler pickTimeSec) {
    this(null, openLines, fulfilment, work, ledger, pickTimeSec, null, null, null, null, true);
  }

  /** A station without an arm where the pod stays {@code podDwellSec} per unit, apart from the picker's time. */
  public StationPicking(Simulator simulator, OpenLines openLines, Fulfilment fulfilment, Work work, TaskLedger ledger,
      Sampler pickTimeSec, Sampler podDwellSec) {
    this(simulator, openLines, fulfilment, work, ledger, pickTimeSec, podDwellSec, null, null, null, true);
  }

  /** A station with an arm: the pod stays until the last unit is done. */
  public StationPicking(OpenLines openLines, Fulfilment fulfilment, Work work, TaskLedger ledger, Sampler handoffSec,
      RoboticArm arm, ArmPolicy armPolicy, boolean waitForPerson) {
    this(null, openLines, fulfilment, work, ledger, null, null, handoffSec, arm, armPolicy, waitForPerson);
  }

  private StationPicking(Simulator simulator, OpenLines openLines, Fulfilment fulfilment, Work work, TaskLedger ledger,
      Sampler pickTimeSec, Sampler podDwellSec, Sampler handoffSec, RoboticArm arm, ArmPolicy armPolicy,
      boolean waitForPerson) {
    this.simulator = simulator;
    this.openLines = openLines;
    this.fulfilment = fulfilment;
    this.work = work;
    this.ledger = ledger;
    this.pickTimeSec = pickTimeSec;
    this.podDwellSec = podDwellSec;
    this.handoffSec = handoffSec;
    this.arm = arm;
    this.armPolicy = armPolicy;
    this.waitForPerson = waitForPerson;
  }

  @Override
  public void start(PickStation station, PodCarrier carrier) {
    List<OrderLine> lines = openLines.take(carrier.pod());
    for (OrderLine line : lines) {
      fulfilment.lineTaken(line);
    }
    carrier.beginPick(station, 0, -1);
    new Visit(station, carrier, lines).nextLine();
  }

  /** One pod visit: works through its lines, unit by unit at an arm. */
  private final class Visit {
    private final PickStation station;
    private final PodCarrier carrier;
    private final List<OrderLine> lines;
    private int line;
    private int unit;
    private int unitsPicked;

    Visit(PickStation station, PodCarrier carrier, List<OrderLine> lines) {
      this.station = station;
      this.carrier = carrier;
      this.lines = lines;
    }

    void nextLine() {
      while (line < lines.size()) {
        OrderLine current = lines.get(line);
        if (fulfilment.drawMissing()) {
          fulfilment.missing(current);
          line++;
          continue;
        }
        unit = 0;
        if (arm == null) {
          pickByPerson(current);
        } else {
          nextUnit();
        }
        return;
      }
      carrier.release(unitsPicked);
    }

    private void pickByPerson(OrderLine current) {
      double sec = 0;
      for (int u = 0; u < current.units(); u++) {
        sec += pickTimeSec.sample();
      }
      if (podDwellSec != null) {
        pickWhileThePodDwells(current, sec);
        return;
      }
      work.request(TaskType.PICK, station.index(), sec, null, () -> {
        unitsPicked += current.units();
        fulfilment.picked(current, current.units(), true);
        line++;
        nextLine();
      });
    }

    /** The picker starts the line; the pod's dwell runs from then, the order hears when the picker is done. */
    private void pickWhileThePodDwells(OrderLine current, double pickSec) {
      work.request(TaskType.PICK, station.index(), pickSec, workSec -> {
        double dwell = 0;
        for (int u = 0; u < current.units(); u++) {
          dwell += podDwellSec.sample();
        }
        new Action(simulator, () -> {
          unitsPicked += current.units();
          line++;
          nextLine();
        }).schedule(dwell);
      }, () -> fulfilment.picked(current, current.units(), true));
    }

    void nextUnit() {
      OrderLine current = lines.get(line);
      if (unit == current.units()) {
        line++;
        nextLine();
        return;
      }
      unit++;
      Scenario.ItemClass itemClass = current.itemClass();
      if (armPolicy.armTries(itemClass)) {
        arm.pick(itemClass.graspSuccess(), sec -> {
          ledger.record(TaskType.PICK, Performer.PICK_ARM, 0, sec);
          unitsPicked++;
          fulfilment.picked(current, 1, false);
          nextUnit();
        }, sec -> handOff(current));
      } else {
        handOff(current);
      }
    }

    private void handOff(OrderLine current) {
      if (waitForPerson) {
        work.request(TaskType.GRASP_FAILURE, -1, handoffSec.sample(), null, () -> {
          unitsPicked++;
          fulfilment.picked(current, 1, true);
          nextUnit();
        });
      } else {
        work.request(TaskType.GRASP_FAILURE, -1, handoffSec.sample(), null, () -> fulfilment.picked(current, 1, true));
        nextUnit();
      }
    }
  }
}
