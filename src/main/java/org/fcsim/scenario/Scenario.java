package org.fcsim.scenario;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fcsim.dist.DistSpec;
import org.fcsim.task.Role;
import org.fcsim.task.TaskType;

/**
 * A validated scenario: what to simulate and for how long. All durations are seconds, rates
 * per second, lengths metres. Built by {@link ScenarioLoader}, so every value is within its
 * range; tests may build one directly.
 *
 * <p>Two ways to drive the floor. With {@code demand.mode: none} every drive unit loops
 * storage → station → storage with an endless supply of work (a closed queueing network, the
 * validation model). With {@code poisson}, {@code backlog} or {@code trace} (a site's own order
 * history, {@link Trace}), orders arrive, their lines call pods to stations (goods-to-person)
 * or are batched into walking tours (picker-to-parts), and units flow on through sort and pack
 * to shipping.
 *
 * @param horizonSec   simulated time of one replication, warm-up included
 * @param warmupSec    statistics are reset at this time; {@code 0 <= warmupSec < horizonSec}
 * @param replications independent replications; replication r uses substream r of every stream
 * @param seed         derives every named random stream
 * @param robots       robot kinds research code adds (plugins), each with its parameters; usually none
 */
public record Scenario(
    String name,
    double horizonSec,
    double warmupSec,
    int replications,
    long seed,
    Demand demand,
    Floor floor,
    DriveUnits driveUnits,
    PickStations pickStations,
    Arms arms,
    Sortation sortation,
    PickerToParts pickerToParts,
    Associates associates,
    ProblemSolve problemSolve,
    Targets targets,
    Costs costs,
    Transitions transitions,
    Inventory inventory,
    Inbound inbound,
    StowRobots stowRobots,
    Packing packing,
    List<Choice> robots) {

  /** People per shift of every role in {@link #withEveryRoleUnbounded()}: more than any floor here needs. */
  public static final int UNBOUNDED_STAFF = 2000;

  /**
   * This scenario with the whole order profile multiplied by {@code factor} (its shape kept); for
   * a backlog, that many times the orders; for a trace, each order kept or repeated
   * deterministically ({@link Trace#scaledBy}: at 0.5 every other order, at 2 each order twice,
   * the copy arriving with it).
   */
  public Scenario withDemandScaledBy(double factor) {
    double[] rates = demand.ordersPerSecByHour().clone();
    for (int h = 0; h < rates.length; h++) {
      rates[h] *= factor;
    }
    Demand scaled = new Demand(demand.mode(), rates, (int) Math.min(Integer.MAX_VALUE, Math.round(demand.backlogOrders() * factor)),
        demand.linesPerOrder(), demand.unitsPerLine(), demand.skus(), demand.skuSkew(), demand.itemClasses(),
        demand.damagedPerUnit(), demand.missingPerLine(), demand.mispickPerHumanLine(), demand.qualityCheckShare(),
        demand.trace() == null ? null : demand.trace().scaledBy(factor));
    return new Scenario(name, horizonSec, warmupSec, replications, seed, scaled, floor, driveUnits, pickStations, arms,
        sortation, pickerToParts, associates, problemSolve, targets, costs, transitions, inventory, inbound, stowRobots, packing, robots);
  }

  /** This scenario with {@link #UNBOUNDED_STAFF} people of every role on every shift: what the equipment alone can do. */
  public Scenario withEveryRoleUnbounded() {
    Map<Role, Integer> counts = new java.util.TreeMap<>();
    associates.countPerShift().keySet().forEach(role -> counts.put(role, UNBOUNDED_STAFF));
    return withAssociates(associates.withCounts(counts));
  }

  /** This scenario with the given people per shift for the roles named (others as they were). */
  public Scenario withCrew(Map<Role, Integer> countPerShift) {
    return withAssociates(associates.withCounts(countPerShift));
  }

  /** This scenario with another crew (counts, shifts, skills). */
  public Scenario withAssociates(Associates people) {
    return new Scenario(name, horizonSec, warmupSec, replications, seed, demand, floor, driveUnits, pickStations, arms,
        sortation, pickerToParts, people, problemSolve, targets, costs, transitions, inventory, inbound, stowRobots, packing, robots);
  }

  /**
   * This scenario owning {@code n} items of one kind of {@link Costs#EQUIPMENT}: drive units,
   * chargers, sorting arms, pack machines, arm cells ({@code n} of the stations get an arm; at most all) or stow
   * robots ({@code n} of the stow stations get one: {@code inbound.robotShare} becomes
   * {@code n / stowStations}, which rounds back to {@code n}; at most all).
   */
  public Scenario withEquipment(String kind, int n) {
    DriveUnits du = driveUnits;
    PickStations ps = pickStations;
    Sortation so = sortation;
    Inbound in = inbound;
    Packing pk = packing;
    switch (kind) {
      case "driveUnit" -> du = new DriveUnits(n, du.travel(), du.travelToStationSec(), du.travelToStorageSec(),
          du.speedMetersPerSec(), du.accelerationMetersPerSec2(), du.liftSec(), du.fullTurnSec(), du.battery(), du.faults());
      case "charger" -> {
        Battery b = du.battery();
        du = new DriveUnits(du.count(), du.travel(), du.travelToStationSec(), du.travelToStorageSec(),
            du.speedMetersPerSec(), du.accelerationMetersPerSec2(), du.liftSec(), du.fullTurnSec(),
            new Battery(b.runtimeSec(), b.fullChargeSec(), n, b.threshold()), du.faults());
      }
      case "armCell" -> ps = new PickStations(ps.count(), ps.pickersPerStation(), ps.policy(), ps.podPolicy(),
          ps.unitsPerVisit(), ps.pickTimeSec(), Math.min(1.0, (double) n / ps.count()), ps.podsPerStation(),
          ps.podDwellSec());
      case "sortArm" -> so = new Sortation(so.robotShare(), n, so.armSortSec(), so.jamPerUnit());
      case "stowRobot" -> in = new Inbound(in.given(), in.casesPerSecByHour(), in.unitsPerCase(), in.stowStations(),
          in.podsPerStowStation(), in.replenishment(), in.manualWalkSec(), in.combinedStations(),
          Math.min(1.0, (double) n / in.stowStations()));
      case "packMachine" -> pk = new Packing(n, pk.machineSec(), pk.maxUnits(), pk.jamPerOrder(), pk.mtbfSec(), pk.repairSec());
      default -> throw new IllegalArgumentException("no equipment " + kind
          + "; known: driveUnit, charger, armCell, sortArm, stowRobot, packMachine");
    }
    return new Scenario(name, horizonSec, warmupSec, replications, seed, demand, floor, du, ps, arms, so,
        pickerToParts, associates, problemSolve, targets, costs, transitions, inventory, in, stowRobots, pk, robots);
  }

  /** This scenario with another seed: fresh random numbers, to check an answer found on the first ones. */
  public Scenario withSeed(long otherSeed) {
    return new Scenario(name, horizonSec, warmupSec, replications, otherSeed, demand, floor, driveUnits, pickStations, arms,
        sortation, pickerToParts, associates, problemSolve, targets, costs, transitions, inventory, inbound, stowRobots, packing, robots);
  }

  /** This scenario with {@code floor.traffic} switched {@code on} or off, everything else the same. */
  public Scenario withTraffic(boolean on) {
    Floor f = new Floor(floor.widthCells(), floor.lengthCells(), floor.cellMeters(), floor.pods(), floor.zones(), floor.map(),
        floor.storagePolicy(), on);
    return new Scenario(name, horizonSec, warmupSec, replications, seed, demand, f, driveUnits, pickStations, arms, sortation,
        pickerToParts, associates, problemSolve, targets, costs, transitions, inventory, inbound, stowRobots, packing, robots);
  }

  /** This scenario with {@code n} replications, everything else the same. */
  public Scenario withReplications(int n) {
    return new Scenario(name, horizonSec, warmupSec, n, seed, demand, floor, driveUnits, pickStations, arms, sortation,
        pickerToParts, associates, problemSolve, targets, costs, transitions, inventory, inbound, stowRobots, packing, robots);
  }

  /**
   * Orders and what they contain.
   *
   * @param trace with {@code mode} {@code trace}, the orders read from the order history (their
   *              lines, SKUs and units replace {@code ordersPerSecByHour}, {@code linesPerOrder},
   *              {@code unitsPerLine}, {@code skus} and {@code skuSkew}); null in any other mode
   */
  public record Demand(
      String mode,
      double[] ordersPerSecByHour,
      int backlogOrders,
      DistSpec linesPerOrder,
      DistSpec unitsPerLine,
      int skus,
      double skuSkew,
      List<ItemClass> itemClasses,
      double damagedPerUnit,
      double missingPerLine,
      double mispickPerHumanLine,
      double qualityCheckShare,
      Trace trace) {

    public boolean ordersDriven() {
      return !mode.equals("none");
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Demand d && mode.equals(d.mode) && java.util.Arrays.equals(ordersPerSecByHour, d.ordersPerSecByHour)
          && backlogOrders == d.backlogOrders && linesPerOrder.equals(d.linesPerOrder) && unitsPerLine.equals(d.unitsPerLine)
          && skus == d.skus && skuSkew == d.skuSkew && itemClasses.equals(d.itemClasses)
          && damagedPerUnit == d.damagedPerUnit && missingPerLine == d.missingPerLine
          && mispickPerHumanLine == d.mispickPerHumanLine && qualityCheckShare == d.qualityCheckShare
          && java.util.Objects.equals(trace, d.trace);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(mode, java.util.Arrays.hashCode(ordersPerSecByHour), backlogOrders, skus);
    }
  }

  /**
   * A class of items: its share of SKUs, and what robots can do with it.
   *
   * @param graspSuccess probability that one arm attempt picks the item
   * @param sortEligible whether sorting arms take it
   * @param stowEligible whether stow robots try to place it (else a person stows it at the robot's station)
   * @param packEligible whether pack machines take it (an order goes to them only if every line's class does)
   */
  public record ItemClass(String name, double share, boolean armEligible, double graspSuccess, boolean sortEligible,
      boolean stowEligible, boolean packEligible) {}

  /**
   * The storage field: a grid of {@code widthCells × lengthCells} cells, pods spread over it,
   * pick stations along the front edge, chargers along the back edge; or, with {@code map}
   * (null without), the map's size, storage cells, stations and chargers. {@code storagePolicy}
   * names where a pod is put away after a visit (anything but {@code ownCell} needs a map);
   * {@code traffic}: drive units hold cells and block each other (a map and grid travel only). {@code zones} vertical
   * strips: a person entering one to rescue a drive unit pauses every drive unit in it.
   */
  public record Floor(int widthCells, int lengthCells, double cellMeters, int pods, int zones, FloorMap map,
      Choice storagePolicy, boolean traffic) {
    /** A generated floor (no map): pods return to their own cells, drive units pass through each other. */
    public Floor(int widthCells, int lengthCells, double cellMeters, int pods, int zones) {
      this(widthCells, lengthCells, cellMeters, pods, zones, null, Choice.of("ownCell"), false);
    }
  }

  /**
   * The drive-unit fleet.
   *
   * @param travel             {@code grid} (times from distances, speed, acceleration, turns,
   *                           lift) or {@code distributions} (the two travel distributions)
   * @param travelToStationSec with {@code distributions}: storage to station queue
   * @param travelToStorageSec with {@code distributions}: station back to storage
   */
  public record DriveUnits(
      int count,
      String travel,
      DistSpec travelToStationSec,
      DistSpec travelToStorageSec,
      double speedMetersPerSec,
      double accelerationMetersPerSec2,
      double liftSec,
      double fullTurnSec,
      Battery battery,
      Faults faults) {}

  /** Battery: {@code runtimeSec = 0} switches charging off. A unit below {@code threshold} charges. */
  public record Battery(double runtimeSec, double fullChargeSec, int chargers, double threshold) {}

  /**
   * Drive-unit faults in the field. {@code mtbfSec = 0} switches them off. A fault stops the
   * unit until an automation operator walks in ({@code rescueSec}, walking included); with
   * probability {@code repairShare} it then needs a robotics technician ({@code repairSec}).
   */
  public record Faults(double mtbfSec, DistSpec rescueSec, double repairShare, DistSpec repairSec) {}

  /**
   * Goods-to-person pick stations, each with one queue of pods.
   *
   * @param pickersPerStation associates picking side by side at a station without an arm; or
   *                          {@link #UNLIMITED}: every pod is picked on arrival, a pure delay no
   *                          associate limits (a reference model's infinite-server station)
   * @param policy            name and parameters of the {@code StationPolicy} routing each trip
   * @param podPolicy         name and parameters of the {@code PodPolicy} choosing which pod to fetch next
   * @param unitsPerVisit     closed-loop mode: units picked per pod visit (rounded, at least 1)
   * @param pickTimeSec       a person's time to pick one unit at a station
   * @param armShare          share of stations whose picker is a robotic arm
   * @param podsPerStation    orders mode: pods on their way to or queued at one station, at most
   * @param podDwellSec       orders mode, stations with people: how long the pod stays per unit
   *                          while the picker's time per unit is {@code pickTimeSec} (the pod may
   *                          leave before the picker is done); null: the pod stays for the pick time
   */
  public record PickStations(
      int count,
      int pickersPerStation,
      Choice policy,
      Choice podPolicy,
      DistSpec unitsPerVisit,
      DistSpec pickTimeSec,
      double armShare,
      int podsPerStation,
      DistSpec podDwellSec) {

    /** {@code pickersPerStation: unlimited}. */
    public static final int UNLIMITED = Integer.MAX_VALUE;

    /** Whether a station without an arm is a pure delay: {@code pickersPerStation: unlimited}. */
    public boolean pureDelay() {
      return pickersPerStation == UNLIMITED;
    }
  }

  /**
   * Robotic picking arms at stations.
   *
   * @param fallback     {@code station}: a person comes to the station for an item the arm cannot
   *                     take (the pod waits); {@code problemSolve}: the pod leaves and a problem
   *                     solver sources the unit
   * @param mtbfSec      mean time between arm faults; 0 = none
   */
  public record Arms(
      DistSpec attemptSec, int retries, String fallback, Choice policy, double mtbfSec, DistSpec repairSec) {}

  /**
   * Sorting picked units to their orders.
   *
   * @param robotShare share of sort-eligible units that go to sorting arms
   * @param jamPerUnit probability that a robot-sorted unit jams the arm (a person clears it)
   */
  public record Sortation(double robotShare, int sortArms, DistSpec armSortSec, double jamPerUnit) {}

  /**
   * Pack machines (automatic baggers, box-on-demand) beside the human packers; none by default.
   * An order goes to them when every line's item class is pack-eligible and it has at most
   * {@code maxUnits} units; jams and the rest go to people.
   *
   * @param machines    machines; 0 = people pack every order
   * @param machineSec  a machine packing one order
   * @param jamPerOrder probability a machine-packed order jams the machine: a person clears it and packs the order
   * @param mtbfSec     mean operating (packing) time between faults; 0 = none
   * @param repairSec   a robotics technician's repair of a machine
   */
  public record Packing(int machines, DistSpec machineSec, int maxUnits, double jamPerOrder, double mtbfSec,
      DistSpec repairSec) {}

  /**
   * Manual picking: associates walk the storage aisles with carts, batching lines into tours.
   *
   * @param enabled     whether picking is picker-to-parts (the manual level) rather than goods-to-person
   * @param batchLines  lines per tour at most
   * @param batchWaitSec a tour leaves with fewer lines once its oldest line has waited this long
   */
  public record PickerToParts(
      boolean enabled, int batchLines, double batchWaitSec, double walkMetersPerSec, int aisles,
      double aisleMeters, double aisleGapMeters, DistSpec pickTimeSec) {}

  /**
   * The people on the floor.
   *
   * @param countPerShift people of each role on each shift; for a role in {@code countByShift},
   *                      on its largest shift
   * @param skills        cross-trained task types per role, done with the learning curve
   * @param shifts        empty: everybody works the whole horizon without breaks
   * @param shiftsRepeatSec 0: the shifts happen once; else they recur with this period (24 h)
   * @param taskTimeSec   base time of each human task type (pick times live with the stations
   *                      and picker-to-parts; rescue and repair times with the robots)
   * @param countByShift  roles whose count is a list: one count per shift, in shift order
   */
  public record Associates(
      Map<Role, Integer> countPerShift,
      Map<Role, Set<TaskType>> skills,
      List<Shift> shifts,
      double shiftsRepeatSec,
      double initialSlowdown,
      double tasksToHalve,
      Choice assignmentPolicy,
      Map<TaskType, DistSpec> taskTimeSec,
      Map<Role, List<Integer>> countByShift) {

    /** People of {@code role} on shift {@code shift} (0 when the scenario lists no shifts). */
    public int count(Role role, int shift) {
      List<Integer> perShift = countByShift.get(role);
      return perShift == null ? countPerShift.getOrDefault(role, 0) : perShift.get(shift);
    }

    /** People of {@code role} on the payroll: the sum over shifts (different people work each shift). */
    public int people(Role role) {
      int n = 0;
      for (int s = 0; s < Math.max(1, shifts.size()); s++) {
        n += count(role, s);
      }
      return n;
    }

    /** {@link #people} of every role with a count: who is retrained or hired between levels. */
    public Map<Role, Integer> payroll() {
      Map<Role, Integer> out = new java.util.TreeMap<>();
      countPerShift.keySet().forEach(role -> out.put(role, people(role)));
      return out;
    }

    /** This crew with {@code counts} people of the roles named on every shift (a per-shift list for them is dropped). */
    public Associates withCounts(Map<Role, Integer> counts) {
      Map<Role, Integer> all = new java.util.TreeMap<>(countPerShift);
      all.putAll(counts);
      Map<Role, List<Integer>> lists = new java.util.TreeMap<>(countByShift);
      lists.keySet().removeAll(counts.keySet());
      return new Associates(all, skills, shifts, shiftsRepeatSec, initialSlowdown, tasksToHalve, assignmentPolicy,
          taskTimeSec, lists);
    }
  }

  /**
   * @param breakGroups     people of each role take the breaks in this many groups (1: all at once)
   * @param breakStaggerSec group g takes each break g times this later
   */
  public record Shift(double startSec, double endSec, List<Break> breaks, int breakGroups, double breakStaggerSec) {}

  public record Break(double atSec, double durationSec) {}

  /**
   * A stand-alone problem-solve desk fed by a Poisson stream of exceptions from outside the
   * modelled flow (returns, customer claims). {@code arrivalsPerSec = 0} switches it off.
   */
  public record ProblemSolve(double arrivalsPerSec, int solvers, DistSpec handleTimeSec) {}

  /**
   * What a level must achieve besides keeping up with its demand (which is always a target).
   * Each is an upper limit; 0 (1 for utilization) means no target.
   *
   * @param orderCycleP95Sec   the 95th percentile of the order cycle time
   * @param exceptionWaitSec   the mean wait of exception tasks people do (grasp failures, damaged,
   *                           missing and mispicked items, sort jams) before someone starts them
   * @param robotCareWaitSec   the mean wait of robot-care tasks people do (rescue, repair)
   * @param maxUtilization     the utilization of available time of every group of people
   */
  public record Targets(double orderCycleP95Sec, double exceptionWaitSec, double robotCareWaitSec, double maxUtilization) {}

  /**
   * Stock on pods. Absent ({@link #given} false) when the scenario has no {@code inventory:}
   * section: then stock never runs out and each SKU sits on one pod.
   *
   * @param podsPerSku         pods each SKU's stock is spread over (random stow)
   * @param podCapacity        units a pod holds at most (stow fills it up to this)
   * @param podCube            litres a pod holds at most, counted with the item master's cube per
   *                           unit (a SKU without one counts the mean of those with one); 0: units only
   * @param initialFill        share of all pods' capacity stocked at the start, split among SKUs by popularity
   * @param recordErrorPerLine probability that a line's units are not where the system thinks:
   *                           the missing-item exception, replacing {@code demand.missingPerLine}
   * @param podChoice          {@code dispatch}: a line's pod is chosen when a drive unit is sent (a pod
   *                           called takes every waiting line its stock covers); {@code arrival}: when
   *                           the line arrives (a pod already waiting first, else the one with most stock);
   *                           {@code uniform}: when it arrives, uniformly among the pods whose stock covers it
   */
  public record Inventory(boolean given, int podsPerSku, int podCapacity, double podCube, double initialFill,
      double recordErrorPerLine, String podChoice) {}

  /**
   * Units coming in: cases arrive, a receiver receives each, and stowers put its units onto pods
   * with room — at stow stations, where drive units bring the pods, or walking the aisles when
   * people pick walking. Absent ({@link #given} false) without an {@code inbound:} section.
   *
   * @param casesPerSecByHour  arrival rate of cases, hour by hour from time 0 (the profile repeats)
   * @param unitsPerCase       units in a case, all of one SKU drawn by popularity
   * @param stowStations       goods-to-person stow stations (each with one stower's place)
   * @param podsPerStowStation pods on their way to or queued at one stow station, at most
   * @param replenishment      name and parameters of the {@code StowPolicy} choosing the pod a case goes onto
   * @param manualWalkSec      picker-to-parts: a stower's walk to a case's location and back
   * @param robotShare         share of the stow stations with a stow robot instead of a stower's
   *                           place (the last ones; {@link #robotStations}); 0 with combined stations
   */
  public record Inbound(boolean given, double[] casesPerSecByHour, DistSpec unitsPerCase, int stowStations,
      int podsPerStowStation, Choice replenishment, double manualWalkSec, boolean combinedStations, double robotShare) {
    /**
     * Stow stations with a stow robot: {@code stowStations × robotShare}, rounded (as
     * {@code pickStations.armShare} is); 0 when stowing is not at stow stations (combined
     * stations, or {@code walking}: people pick, and stow, walking the aisles).
     */
    public int robotStations(boolean walking) {
      return walking || combinedStations ? 0 : (int) Math.round(stowStations * robotShare);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Inbound i && given == i.given && java.util.Arrays.equals(casesPerSecByHour, i.casesPerSecByHour)
          && unitsPerCase.equals(i.unitsPerCase) && stowStations == i.stowStations
          && podsPerStowStation == i.podsPerStowStation && replenishment.equals(i.replenishment)
          && manualWalkSec == i.manualWalkSec && combinedStations == i.combinedStations && robotShare == i.robotShare;
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(given, java.util.Arrays.hashCode(casesPerSecByHour), stowStations);
    }
  }

  /**
   * Stow robots at the robotic stow stations ({@link Inbound#robotShare}): each tries to place a
   * unit up to {@code 1 + retries} times, and hands a unit it could not place, or whose class is
   * not stow-eligible, to a person.
   *
   * @param attemptSec one attempt to place one unit
   * @param success    probability that one attempt places the unit
   * @param mtbfSec    mean operating time between faults; 0 = none
   * @param repairSec  a robotics technician's repair
   */
  public record StowRobots(DistSpec attemptSec, double success, int retries, double mtbfSec, DistSpec repairSec) {}

  /**
   * What a level costs to run, for cost per unit shipped and the payback of a step up. Absent
   * ({@link #given} false) when the scenario has no {@code costs:} section: then no cost is
   * reported and the staffing search weighs every person alike. Money is in {@code currency},
   * a label only.
   *
   * @param wagePerPaidHour      loaded cost of one person of each role per paid hour (on shift, breaks included)
   * @param operatingHoursPerYear hours a year the site runs, over which capital is spread
   * @param interestRate         yearly rate of the capital recovery factor; 0 = straight-line over the service life
   * @param energyPerKWh         price of a kilowatt-hour
   * @param trainingSpreadYears  years over which one-off training is spread in the cost per unit
   */
  public record Costs(
      boolean given,
      String currency,
      Map<Role, Double> wagePerPaidHour,
      double operatingHoursPerYear,
      double interestRate,
      double energyPerKWh,
      double trainingSpreadYears,
      Map<String, Equipment> equipment) {

    /** The kinds of equipment a level may own, in report order. */
    public static final List<String> EQUIPMENT = List.of("driveUnit", "armCell", "station", "charger", "sortArm", "stowRobot",
        "packMachine");

    /** Capital of one item spread over a year: the capital recovery factor times its price. */
    public double capitalPerYear(String kind) {
      Equipment e = equipment.get(kind);
      double n = e.serviceLifeYears();
      double factor = interestRate == 0 ? 1 / n : interestRate / (1 - Math.pow(1 + interestRate, -n));
      return e.price() * factor;
    }
  }

  /**
   * One kind of equipment: bought for {@code price}, written off over {@code serviceLifeYears};
   * each operating hour of one item costs {@code maintenancePerHour} and draws {@code powerKW}.
   */
  public record Equipment(double price, double serviceLifeYears, double maintenancePerHour, double powerKW) {}

  /**
   * How people move between roles from a baseline level to another: the reskilling pathways
   * and how many people can train at once.
   *
   * @param baseline         the level others are compared with; "" = the first level
   * @param trainingCapacity people in training at the same time
   * @param hoursPerWeek     on-the-job hours a trainee works a week
   */
  public record Transitions(String baseline, int trainingCapacity, double hoursPerWeek, List<Pathway> pathways) {}

  /**
   * One reskilling pathway. {@code cost} is per person (tuition and trainer time), in the costs'
   * currency.
   */
  public record Pathway(Role from, Role to, double classroomWeeks, double onTheJobHours, double cost) {}
}
