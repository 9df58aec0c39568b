package org.fcsim.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fcsim.scenario.Scenario;
import org.fcsim.scenario.Trace;
import org.fcsim.task.Role;
import org.fcsim.task.TaskType;

/**
 * The check a level gets before it is simulated: a rough-cut capacity of every stage against the
 * offered load, and the ways a scenario can run into nonsense without failing — a task that
 * arises but that nobody on shift can do, shifts that end for good inside the horizon, values
 * rounded or ignored, a floor too small for its pods, order-driven keys on a closed loop, a run
 * far bigger than the machine. Each finding is one plain line; nothing is simulated.
 *
 * <p>Rough cut means: every stage's capacity is its servers times 3600 over the mean time of a
 * unit of its work (people counted per shift, breaks and faults ignored), so a stage below the
 * demand surely cannot keep up, while one above it still may not. The demand is its mean over the
 * measured window (warm-up to horizon): a profile's mean rate, or a trace's orders falling in
 * the window per hour — not its peak hour, since the keeps-up verdict too is over the window
 * (a floor above the mean and below the peak builds queues at the peak and clears them later).
 */
public final class Preflight {
  /** Events per second a replication runs at on a large floor, roughly (docs/performance.md: 0.7 to 2 million): for run-time estimates. */
  private static final double EVENTS_PER_SEC = 1e6;

  private final Scenario s;
  private final List<String> warnings = new ArrayList<>();
  private final Map<String, Double> capacity = new LinkedHashMap<>();

  private Preflight(Scenario scenario) {
    this.s = scenario;
  }

  /** The warnings for one level's scenario, in the order a unit meets the stages. */
  public static List<String> warnings(Scenario scenario) {
    Preflight p = new Preflight(scenario);
    p.check();
    return List.copyOf(p.warnings);
  }

  /** Rough-cut capacity of each stage in units per hour (people per shift, no breaks or faults). */
  public static Map<String, Double> capacities(Scenario scenario) {
    Preflight p = new Preflight(scenario);
    p.check();
    return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(p.capacity));
  }

  /**
   * What the floor of this scenario is built from, one line each: stations (with people, with
   * an arm, closed), drive units and chargers, stow stations when some have a stow robot, people
   * per role per shift (station pickers and floaters apart), shifts, and the rough-cut capacity
   * of each stage.
   */
  public static List<String> describe(Scenario scenario) {
    List<String> lines = new ArrayList<>();
    Scenario.PickStations ps = scenario.pickStations();
    Scenario.Associates people = scenario.associates();
    int pickers = people.countPerShift().getOrDefault(Role.PICKER, 0);
    if (!scenario.demand().ordersDriven()) {
      lines.add(String.format(Locale.ROOT, "closed loop: %d drive units cycling through %d pick stations", scenario.driveUnits().count(),
          ps.count()));
      return lines;
    }
    if (scenario.pickerToParts().enabled()) {
      lines.add(String.format(Locale.ROOT, "picker-to-parts: %d pickers per shift walk %d aisles with carts", pickers,
          scenario.pickerToParts().aisles()));
    } else {
      int arms = (int) Math.round(ps.count() * ps.armShare());
      int human = ps.count() - arms;
      int staffed = ps.pickersPerStation() == 0 || ps.pureDelay() ? 0 : Math.min(human, pickers / ps.pickersPerStation());
      if (ps.pureDelay()) {
        lines.add(String.format(Locale.ROOT, "pick stations: %d picking every pod on arrival (pickersPerStation: unlimited, "
            + "a pure delay), %d with an arm", human, arms));
      } else {
        lines.add(String.format(Locale.ROOT, "pick stations: %d with people (%d staffed, %d per station), %d with an arm",
            human, staffed, ps.pickersPerStation(), arms));
      }
      lines.add(String.format(Locale.ROOT, "drive units: %d, travel from %s; %s", scenario.driveUnits().count(),
          scenario.driveUnits().travel(), scenario.driveUnits().battery().runtimeSec() > 0
              ? Math.max(1, scenario.driveUnits().battery().chargers()) + " chargers" : "no charging"));
      lines.add(String.format(Locale.ROOT, "pickers: %d at stations, %d floating", staffed * ps.pickersPerStation(),
          pickers - staffed * ps.pickersPerStation()));
      Scenario.Inbound in = scenario.inbound();
      int stowRobots = in.given() ? in.robotStations(false) : 0;
      if (stowRobots > 0) {
        lines.add(String.format(Locale.ROOT, "stow stations: %d with a stower's place, %d with a stow robot",
            in.stowStations() - stowRobots, stowRobots));
      }
    }
    StringBuilder crew = new StringBuilder("people per shift:");
    people.countPerShift().forEach((role, n) -> crew.append(' ').append(role.key()).append(' ')
        .append(people.countByShift().containsKey(role)
            ? String.join("/", people.countByShift().get(role).stream().map(String::valueOf).toList()) : n)
        .append(','));
    lines.add(crew.substring(0, crew.length() - 1));
    lines.add(people.shifts().isEmpty() ? "shifts: everybody works the whole run, no breaks"
        : String.format(Locale.ROOT, "shifts: %d%s", people.shifts().size(), people.shiftsRepeatSec() > 0
            ? ", repeating every " + hours(people.shiftsRepeatSec()) : ", once"));
    Map<String, Double> capacity = capacities(scenario);
    if (!capacity.isEmpty()) {
      StringBuilder c = new StringBuilder("rough-cut capacity (units/h, people per shift, no breaks or faults):");
      capacity.forEach((stage, v) -> c.append(String.format(Locale.ROOT, " %s %.0f,", stage, v)));
      lines.add(c.substring(0, c.length() - 1));
    }
    return lines;
  }

  private void check() {
    Scenario.Demand d = s.demand();
    Scenario.Floor f = s.floor();
    if (f.pods() > (long) f.widthCells() * f.lengthCells()) {
      warn("floor: %d pods on %d × %d = %d cells: the floor cannot hold its pods (pods share cells)", f.pods(),
          f.widthCells(), f.lengthCells(), (long) f.widthCells() * f.lengthCells());
    }
    if (!d.ordersDriven()) {
      closedLoopKeys();
      return;
    }
    double demandUnits = Demand.offeredUnitsPerHour(s);
    boolean rate = !Double.isNaN(demandUnits);
    trace();
    shifts();
    whoDoesWhat();
    if (rate) {
      stages(demandUnits);
    }
    if (s.inbound().given()) {
      Map<TaskType, Double> taskSec = new LinkedHashMap<>();
      s.associates().taskTimeSec().forEach((type, dist) -> taskSec.put(type, dist.mean()));
      inbound(taskSec);
    }
    size(rate ? demandUnits * s.horizonSec() / 3600 : d.backlogOrders() * Demand.unitsPerOrder(d),
        rate ? 0 : d.backlogOrders());
  }

  private void closedLoopKeys() {
    Scenario.Associates people = s.associates();
    boolean staffed = people.countPerShift().entrySet().stream().anyMatch(e -> e.getValue() != e.getKey().defaultCount());
    if (s.pickerToParts().enabled() || s.sortation().robotShare() > 0 || s.packing().machines() > 0 || staffed) {
      warn("demand.mode is none (the default): the floor runs as a closed loop of drive units and ignores demand, "
          + "associates, sortation, packing and picker-to-parts keys; set demand.mode: poisson, backlog or trace");
    }
  }

  /** A trace's orders that the horizon leaves out, or a measured window with none of them. */
  private void trace() {
    Trace trace = s.demand().trace();
    if (trace == null) {
      return;
    }
    int late = trace.orders() - trace.ordersBetween(0, s.horizonSec());
    if (late > 0) {
      warn("demand.orderHistory: %d of %d orders arrive after the horizon (%s) and are not simulated", late, trace.orders(),
          hours(s.horizonSec()));
    }
    if (trace.ordersBetween(s.warmupSec(), s.horizonSec()) == 0) {
      warn("demand.orderHistory: no order arrives between the warm-up (%s) and the horizon (%s): nothing is measured "
          + "(its orders arrive from %s to %s)", hours(s.warmupSec()), hours(s.horizonSec()), hours(trace.arrivalSec(0)),
          hours(trace.arrivalSec(trace.orders() - 1)));
    }
  }

  private void shifts() {
    Scenario.Associates people = s.associates();
    if (people.shifts().isEmpty() || people.shiftsRepeatSec() > 0) {
      return;
    }
    double lastEnd = people.shifts().stream().mapToDouble(Scenario.Shift::endSec).max().orElse(0);
    if (lastEnd < s.horizonSec()) {
      warn("associates.shifts: every shift has ended by %s but the run lasts %s: nobody works after that "
          + "(set associates.shiftsRepeatEvery: 24h to repeat them)", hours(lastEnd), hours(s.horizonSec()));
    }
  }

  /** Every task that can arise has someone on some shift able to do it. */
  private void whoDoesWhat() {
    Scenario.Demand d = s.demand();
    boolean manual = s.pickerToParts().enabled();
    Scenario.PickStations ps = s.pickStations();
    int armStations = manual ? 0 : (int) Math.round(ps.count() * ps.armShare());
    int humanStations = manual ? 0 : ps.count() - armStations;
    if (!manual && ps.armShare() > 0 && ps.armShare() < 1 && Math.abs(ps.count() * ps.armShare() - armStations) > 1e-9) {
      warn("pickStations.armShare %s of %d stations rounds to %d arm stations (share %s)", plain(ps.armShare()), ps.count(),
          armStations, plain((double) armStations / ps.count()));
    }
    int pickers = count(Role.PICKER);
    if (!manual && humanStations > 0 && !ps.pureDelay()) {
      int staffed = ps.pickersPerStation() == 0 ? 0 : Math.min(humanStations, pickers / ps.pickersPerStation());
      if (staffed < humanStations) {
        warn("only %d of %d human pick stations can be staffed (%d pickers, %d per station): the rest stay closed",
            staffed, humanStations, pickers, ps.pickersPerStation());
      }
    }
    boolean humanSort = s.sortation().robotShare() < 1 || d.itemClasses().stream().anyMatch(c -> !c.sortEligible());
    boolean armSort = s.sortation().robotShare() > 0 && s.sortation().sortArms() > 0;
    need(TaskType.PICK, manual, "picker-to-parts tours");
    need(TaskType.SORT, humanSort, "units people sort");
    need(TaskType.PACK, true, "every order");
    need(TaskType.QUALITY_CHECK, d.qualityCheckShare() > 0, "quality checks (demand.qualityCheckShare)");
    need(TaskType.GRASP_FAILURE, armStations > 0, "items arms cannot take");
    need(TaskType.DAMAGED_ITEM, d.damagedPerUnit() > 0, "damaged items");
    need(TaskType.MISSING_ITEM, (s.inventory().given() ? s.inventory().recordErrorPerLine() : d.missingPerLine()) > 0,
        "missing items");
    Scenario.Inbound in = s.inbound();
    int stowRobots = in.given() ? in.robotStations(manual) : 0;
    if (in.given() && manual && in.robotShare() > 0) {
      warn("inbound.robotShare %s is ignored: people pick walking (pickerToParts.enabled), so they stow walking too",
          plain(in.robotShare()));
    } else if (stowRobots > 0 && Math.abs(in.stowStations() * in.robotShare() - stowRobots) > 1e-9) {
      warn("inbound.robotShare %s of %d stow stations rounds to %d robot stow stations (share %s)", plain(in.robotShare()),
          in.stowStations(), stowRobots, plain((double) stowRobots / in.stowStations()));
    }
    need(TaskType.RECEIVE, in.given(), "inbound cases");
    need(TaskType.STOW, in.given() && (manual || in.combinedStations() || stowRobots < in.stowStations()), "stowing");
    need(TaskType.STOW_FAILURE, stowRobots > 0 && stowHandoffShare() > 0, "units stow robots hand over");
    need(TaskType.MISPICK, d.mispickPerHumanLine() > 0 && (manual || humanStations > 0), "mispicks");
    need(TaskType.SORT_JAM, armSort && s.sortation().jamPerUnit() > 0, "sorting-arm jams");
    Scenario.Packing packing = s.packing();
    need(TaskType.PACK_JAM, packing.machines() > 0 && packing.jamPerOrder() > 0, "pack-machine jams");
    boolean driveUnits = !manual && s.driveUnits().count() > 0;
    need(TaskType.DRIVE_UNIT_RESCUE, driveUnits && s.driveUnits().faults().mtbfSec() > 0, "drive-unit faults");
    boolean armOrUnitRepairs = (armStations > 0 && s.arms().mtbfSec() > 0)
        || (driveUnits && s.driveUnits().faults().mtbfSec() > 0 && s.driveUnits().faults().repairShare() > 0);
    boolean brokenStowRobots = stowRobots > 0 && s.stowRobots().mtbfSec() > 0;
    boolean brokenPackMachines = packing.machines() > 0 && packing.mtbfSec() > 0;
    need(TaskType.REPAIR, armOrUnitRepairs || brokenStowRobots || brokenPackMachines,
        armOrUnitRepairs ? "broken arms and drive units" : brokenStowRobots ? "broken stow robots" : "broken pack machines");
    if (!manual && s.driveUnits().count() == 0) {
      warn("driveUnits.count is 0 on a goods-to-person floor: no pod ever reaches a station");
    }
  }

  private void need(TaskType type, boolean arises, String what) {
    if (!arises) {
      return;
    }
    for (Role role : Role.values()) {
      if (count(role) > 0 && (role.primaryTasks().contains(type) || s.associates().skills().get(role).contains(type))) {
        return;
      }
    }
    warn("nobody on shift can do %s (%s): no %s and nobody cross-trained; those tasks wait forever", type.key(), what,
        String.join(" or ", Role.values().stream().filter(r -> r.primaryTasks().contains(type)).map(Role::key).toList()));
  }

  /** Rough-cut capacity of each stage against the demand. */
  private void stages(double demandUnits) {
    Scenario.Demand d = s.demand();
    Map<TaskType, Double> taskSec = new LinkedHashMap<>();
    s.associates().taskTimeSec().forEach((type, dist) -> taskSec.put(type, dist.mean()));
    boolean manual = s.pickerToParts().enabled();
    Scenario.PickStations ps = s.pickStations();
    if (manual) {
      double perUnit = s.pickerToParts().pickTimeSec().mean();
      stage("pick", count(Role.PICKER) * 3600 / Math.max(1e-9, perUnit), demandUnits, "pickers, walking not counted");
    } else {
      int armStations = (int) Math.round(ps.count() * ps.armShare());
      int humanStations = ps.count() - armStations;
      double armUnitSec = armUnitSec();
      double arms = armStations * 3600 / Math.max(1e-9, armUnitSec);
      if (!ps.pureDelay() || humanStations == 0) {
        // a pure-delay station has no capacity to check: it picks every pod on arrival
        int staffed = ps.pickersPerStation() == 0 ? 0 : Math.min(humanStations, count(Role.PICKER) / ps.pickersPerStation());
        double human = staffed * ps.pickersPerStation() * 3600 / Math.max(1e-9, ps.pickTimeSec().mean());
        stage("pick", human + arms, demandUnits, staffed + " staffed human stations, " + armStations + " arm stations");
      }
      // pile-on lets a trip carry any number of lines, so the fleet has no sure upper bound: described, not checked
      capacity.put("drive units (one line a trip)", fleetUnitsPerHour());
      repairs("arms", armStations, s.arms().mtbfSec(), s.arms().repairSec().mean());
    }
    double eligible = d.itemClasses().stream().filter(Scenario.ItemClass::sortEligible).mapToDouble(Scenario.ItemClass::share).sum();
    int sortArms = s.sortation().robotShare() > 0 ? s.sortation().sortArms() : 0;
    double armShare = sortArms > 0 ? s.sortation().robotShare() * eligible : 0;
    if (armShare > 0) {
      stage("sort (arms)", sortArms * 3600 / Math.max(1e-9, s.sortation().armSortSec().mean()) / armShare, demandUnits,
          sortArms + " sorting arms");
    }
    if (armShare < 1) {
      stage("sort (people)", able(TaskType.SORT) * 3600 / Math.max(1e-9, taskSec.get(TaskType.SORT)) / (1 - armShare),
          demandUnits, able(TaskType.SORT) + " people able to sort");
    }
    double unitsPerOrder = Demand.unitsPerOrder(d);
    Scenario.Packing packing = s.packing();
    double machineShare = packing.machines() > 0 ? machineEligibleOrderShare() : 0;
    if (machineShare > 0) {
      // a jam holds the machine until a person has cleared it
      double orderSec = packing.machineSec().mean() + packing.jamPerOrder() * taskSec.get(TaskType.PACK_JAM);
      stage("pack (machines)", packing.machines() * 3600 / Math.max(1e-9, orderSec) / machineShare * unitsPerOrder,
          demandUnits, String.format(Locale.ROOT, "%d pack machines, %.0f%% of orders eligible", packing.machines(),
              100 * machineShare));
    }
    // people pack the orders machines do not take and those that jammed a machine
    double peopleShare = 1 - machineShare * (1 - packing.jamPerOrder());
    stage(packing.machines() > 0 ? "pack (people)" : "pack",
        able(TaskType.PACK) * 3600 / Math.max(1e-9, taskSec.get(TaskType.PACK)) * unitsPerOrder / Math.max(1e-9, peopleShare),
        demandUnits, able(TaskType.PACK) + " people able to pack");
    if (d.qualityCheckShare() > 0) {
      stage("quality check", able(TaskType.QUALITY_CHECK) * 3600 / Math.max(1e-9, taskSec.get(TaskType.QUALITY_CHECK))
          / d.qualityCheckShare() * unitsPerOrder, demandUnits, able(TaskType.QUALITY_CHECK) + " people able to check");
    }
    double linesPerUnit = 1 / Demand.unitsPerLine(d);
    double missing = s.inventory().given() ? s.inventory().recordErrorPerLine() : d.missingPerLine();
    double problemHoursPerUnit = (d.damagedPerUnit() * taskSec.get(TaskType.DAMAGED_ITEM)
        + missing * linesPerUnit * taskSec.get(TaskType.MISSING_ITEM)
        + d.mispickPerHumanLine() * linesPerUnit * taskSec.get(TaskType.MISPICK)) / 3600;
    if (problemHoursPerUnit > 0) {
      stage("problem solve", able(TaskType.MISSING_ITEM) / problemHoursPerUnit, demandUnits,
          able(TaskType.MISSING_ITEM) + " problem solvers");
    }
  }

  /**
   * Share of the orders the pack machines take (all of them up): every line's item class
   * pack-eligible and at most {@code packing.maxUnits} units. Item classes are weighed by their
   * share of SKUs (popularity aside); a trace counts its orders in the measured window, a line of
   * a SKU the item master does not class weighed by the eligible share.
   */
  private double machineEligibleOrderShare() {
    Scenario.Demand d = s.demand();
    int maxUnits = s.packing().maxUnits();
    List<Scenario.ItemClass> classes = d.itemClasses();
    double eligible = classes.stream().filter(Scenario.ItemClass::packEligible).mapToDouble(Scenario.ItemClass::share).sum();
    Trace trace = d.trace();
    if (trace != null) {
      double sum = 0;
      int orders = 0;
      for (int o = 0; o < trace.orders(); o++) {
        if (trace.arrivalSec(o) < s.warmupSec() || trace.arrivalSec(o) >= s.horizonSec()) {
          continue;
        }
        orders++;
        double p = 1;
        int units = 0;
        for (int line = trace.firstLine(o); line < trace.firstLine(o + 1); line++) {
          int c = trace.itemClass(trace.lineSku(line));
          p *= c < 0 ? eligible : classes.get(c).packEligible() ? 1 : 0;
          units += trace.lineUnits(line);
        }
        sum += units <= maxUnits ? p : 0;
      }
      return orders == 0 ? 0 : sum / orders;
    }
    double[] lines = org.fcsim.sim.Variates.countPmf(d.linesPerOrder(), maxUnits);
    double[] perLine = org.fcsim.sim.Variates.countPmf(d.unitsPerLine(), maxUnits);
    double share = 0;
    double[] units = new double[maxUnits + 1]; // units of the first L lines, up to maxUnits
    units[0] = 1;
    for (int count = 1; count <= maxUnits; count++) {
      double[] next = new double[maxUnits + 1];
      for (int u = 0; u <= maxUnits; u++) {
        for (int k = 1; u + k <= maxUnits; k++) {
          next[u + k] += units[u] * perLine[k];
        }
      }
      units = next;
      share += lines[count] * Math.pow(eligible, count) * java.util.Arrays.stream(units).sum();
    }
    return share;
  }

  /** Rough-cut capacity of receiving and stowing against the units the inbound profile brings. */
  private void inbound(Map<TaskType, Double> taskSec) {
    Scenario.Inbound in = s.inbound();
    double perCase = org.fcsim.sim.Variates.meanCount(in.unitsPerCase());
    double units = Demand.meanPerHour(in.casesPerSecByHour(), s.warmupSec(), s.horizonSec()) * perCase;
    String inbound = "the inbound of";
    stage("receive", able(TaskType.RECEIVE) * 3600 / Math.max(1e-9, taskSec.get(TaskType.RECEIVE)) * perCase, units,
        able(TaskType.RECEIVE) + " people able to receive", inbound);
    double stowSec = taskSec.get(TaskType.STOW);
    if (s.pickerToParts().enabled()) {
      stage("stow", able(TaskType.STOW) * 3600 / Math.max(1e-9, in.manualWalkSec() + perCase * stowSec) * perCase, units,
          able(TaskType.STOW) + " people able to stow, walking each case", inbound);
    } else if (in.robotStations(false) == 0) {
      int places = Math.min(in.stowStations(), able(TaskType.STOW));
      stage("stow", places * 3600 / Math.max(1e-9, stowSec), units,
          places + " stow stations staffed of " + in.stowStations(), inbound);
    } else {
      robotStow(units, stowSec, inbound);
    }
  }

  /**
   * Stow stations with robots among them: the human stations' stowers plus the robot stations,
   * where a unit takes the robot's attempts (eligible units only) and, for the share handed over,
   * a person's {@code stowFailure} while the pod waits; and the people able to do the hand-offs and
   * the human stations' stowing, with the units split among the stations evenly (the dispatcher
   * balances the pods sent).
   */
  private void robotStow(double units, double stowSec, String inbound) {
    Scenario.Inbound in = s.inbound();
    Scenario.StowRobots r = s.stowRobots();
    int robots = in.robotStations(false);
    int human = in.stowStations() - robots;
    double attempts = 0;
    for (int k = 0; k <= r.retries(); k++) {
      attempts += Math.pow(1 - r.success(), k);
    }
    double handoffSec = s.associates().taskTimeSec().get(TaskType.STOW_FAILURE).mean();
    double robotUnitSec = stowEligibleShare() * attempts * r.attemptSec().mean() + stowHandoffShare() * handoffSec;
    int places = Math.min(human, able(TaskType.STOW));
    stage("stow", places * 3600 / Math.max(1e-9, stowSec) + robots * 3600 / Math.max(1e-9, robotUnitSec), units,
        places + " of " + human + " human stow stations staffed, " + robots + " with a stow robot", inbound);
    double peopleSecPerUnit = ((double) human / in.stowStations()) * stowSec
        + ((double) robots / in.stowStations()) * stowHandoffShare() * handoffSec;
    if (peopleSecPerUnit > 0) {
      stage("stow (people)", able(TaskType.STOW_FAILURE) * 3600 / peopleSecPerUnit, units,
          able(TaskType.STOW_FAILURE) + " people able to stow what robots hand over", inbound);
    }
    repairs("stow robots", robots, r.mtbfSec(), r.repairSec().mean());
  }

  /** Technicians at work that {@code robots} faulting every {@code mtbfSec} (0: never) need, against those able to repair. */
  private void repairs(String what, int robots, double mtbfSec, double repairSec) {
    if (robots > 0 && mtbfSec > 0) {
      double techHoursPerHour = robots * 3600 / mtbfSec * repairSec / 3600;
      if (techHoursPerHour > able(TaskType.REPAIR)) {
        warn("repair: %d %s faulting every %s on average need about %.1f technicians at work, but %d can repair",
            robots, what, hours(mtbfSec), techHoursPerHour, able(TaskType.REPAIR));
      }
    }
  }

  /** Share of the units at a robot stow station handed to a person: not stow-eligible, or failed after every retry. */
  private double stowHandoffShare() {
    Scenario.StowRobots r = s.stowRobots();
    return 1 - stowEligibleShare() * (1 - Math.pow(1 - r.success(), 1 + r.retries()));
  }

  private double stowEligibleShare() {
    return s.demand().itemClasses().stream().filter(Scenario.ItemClass::stowEligible).mapToDouble(Scenario.ItemClass::share).sum();
  }

  private double armUnitSec() {
    Scenario.Arms a = s.arms();
    double eligible = 0;
    double attempts = 0;
    for (Scenario.ItemClass c : s.demand().itemClasses()) {
      if (c.armEligible()) {
        eligible += c.share();
        double tries = 0;
        for (int k = 0; k <= a.retries(); k++) {
          tries += Math.pow(1 - c.graspSuccess(), k);
        }
        attempts += c.share() * tries;
      }
    }
    double handoff = s.associates().taskTimeSec().get(TaskType.GRASP_FAILURE).mean();
    return attempts * a.attemptSec().mean() + (1 - eligible) * (a.fallback().equals("station") ? handoff : 0);
  }

  /** Units per hour the fleet can bring: pods per hour from round trips, one line each (no pile-on). */
  private double fleetUnitsPerHour() {
    Scenario.DriveUnits du = s.driveUnits();
    double roundTripSec;
    if (!du.travel().equals("distributions")) {
      Scenario.Floor f = s.floor();
      double meters = (f.widthCells() / 3.0 + f.lengthCells() / 2.0) * f.cellMeters();
      roundTripSec = 2 * (2 * meters / du.speedMetersPerSec() + 2 * du.liftSec() + du.fullTurnSec());
    } else {
      roundTripSec = du.travelToStationSec().mean() + du.travelToStorageSec().mean();
    }
    double pickSec = s.pickStations().pickTimeSec().mean() * Demand.unitsPerLine(s.demand());
    return du.count() * 3600 / Math.max(1e-9, roundTripSec + pickSec) * Demand.unitsPerLine(s.demand());
  }

  private void stage(String name, double unitsPerHour, double demandUnits, String basis) {
    stage(name, unitsPerHour, demandUnits, basis, "the demand of");
  }

  private void stage(String name, double unitsPerHour, double loadUnits, String basis, String load) {
    capacity.put(name, unitsPerHour);
    if (unitsPerHour < loadUnits) {
      warn("%s can deliver about %.0f units/h (%s), below %s %.0f units/h", name, unitsPerHour, basis, load, loadUnits);
    }
  }

  /**
   * Estimates a run's cost from its size — about 25 events per unit ordered and 100 per drive unit
   * per hour (2,500 with traffic, one per cell stepped: 2,240 on the shipped mapped site), at {@value #EVENTS_PER_SEC} events a second — and its memory per replication from
   * pods, SKUs, drive units, people and orders held at once, and warns when the run would take
   * more than an hour of one core or a replication more than half the heap.
   */
  private void size(double unitsOrdered, long ordersAtOnce) {
    double hours = s.horizonSec() / 3600;
    double perUnitHour = s.floor().traffic() ? 2500 : 100;
    double events = (unitsOrdered * 25 + s.driveUnits().count() * perUnitHour * hours) * s.replications();
    double sec = events / EVENTS_PER_SEC;
    long people = Role.values().stream().mapToLong(role -> s.associates().people(role)).sum();
    Trace trace = s.demand().trace();
    double skus = trace == null ? s.demand().skus() : trace.skus();
    double bytes = s.floor().pods() * 120.0 + skus * 24.0 + s.driveUnits().count() * 600.0 + people * 300.0
        + ordersAtOnce * 200.0 * Demand.unitsPerOrder(s.demand());
    long heap = Runtime.getRuntime().maxMemory();
    if (sec > 3600) {
      warn("size: about %.1e events over %d %s, roughly %s on one core", events, s.replications(),
          s.replications() == 1 ? "replication" : "replications", hours(sec));
    }
    if (bytes > heap / 2.0) {
      warn("size: a replication needs about %.0f MB (pods, SKUs, drive units, people, orders held at once), more than "
          + "half the %d MB heap", bytes / (1 << 20), heap >> 20);
    }
  }

  private int count(Role role) {
    return s.associates().countPerShift().getOrDefault(role, 0);
  }

  /** People per shift able to do {@code type}: its role's own, plus those cross-trained. */
  private int able(TaskType type) {
    int n = 0;
    for (Role role : Role.values()) {
      if (role.primaryTasks().contains(type) || s.associates().skills().get(role).contains(type)) {
        n += count(role);
      }
    }
    return n;
  }

  private void warn(String format, Object... args) {
    warnings.add(String.format(Locale.ROOT, format, args));
  }

  private static String hours(double sec) {
    return sec >= 3600 ? String.format(Locale.ROOT, "%.1fh", sec / 3600) : String.format(Locale.ROOT, "%.0fmin", sec / 60);
  }

  private static String plain(double v) {
    return String.format(Locale.ROOT, "%.3g", v);
  }
}
