package org.fcsim.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.fcsim.dist.DistSpec;
import org.fcsim.task.Role;
import org.fcsim.task.TaskType;

/**
 * Every key of a scenario file, declared once with its default and valid range. The
 * commented twin of this class is {@code scenarios/reference.yaml}; a test keeps them in step.
 */
final class ScenarioReader {
  static final double MAX_DURATION_SEC = Quantities.MAX_DURATION_SEC;
  private static final double MAX_TASK_SEC = 86400.0;
  private static final double HOUR = 3600;

  private ScenarioReader() {}

  static Scenario read(Section top, String defaultName) {
    String name = top.name("name", defaultName);
    double horizon = top.duration("horizon", 8 * HOUR, 1, MAX_DURATION_SEC);
    double warmup = top.duration("warmup", 0, 0, MAX_DURATION_SEC);
    if (warmup >= horizon) {
      throw top.errorAt("warmup", "must be shorter than horizon ("
          + Quantities.formatDuration(horizon) + "), got " + Quantities.formatDuration(warmup));
    }
    int replications = top.integer("replications", 10, 1, 10_000);
    long seed = top.seed("seed", 20261126L);
    Scenario.Demand demand = demand(top.section("demand"));
    Scenario.Floor floor = floor(top.section("floor"));
    Scenario.DriveUnits driveUnits = driveUnits(top.section("driveUnits"), floor.map());
    if (floor.traffic() && !driveUnits.travel().equals("grid")) {
      throw top.section("driveUnits").errorAt("travel", "must be grid when floor.traffic is true (units follow their "
          + "least-time paths cell by cell), got " + driveUnits.travel());
    }
    Section stations = top.section("pickStations");
    Scenario.PickStations pickStations = pickStations(stations, floor.map());
    if (!demand.ordersDriven() && pickStations.pickersPerStation() == 0) {
      throw stations.errorAt("pickersPerStation", "must be at least 1 when demand.mode is none (the closed loop's "
          + "stations have no arms, so 0 would close them all)");
    }
    Scenario.Arms arms = arms(top.section("arms"));
    Scenario.Sortation sortation = sortation(top.section("sortation"));
    Scenario.Packing packing = packing(top.section("packing"));
    Scenario.PickerToParts pickerToParts = pickerToParts(top.section("pickerToParts"));
    Scenario.Associates associates = associates(top.section("associates"));
    Section desk = top.section("problemSolve");
    Scenario.ProblemSolve problemSolve = new Scenario.ProblemSolve(
        desk.ratePerSec("arrivalRate", 0, 0, 1_000_000 / HOUR),
        desk.integer("solvers", 2, 1, 10_000),
        desk.durationDist("handleTime", new DistSpec.Exponential(240), MAX_TASK_SEC));
    Section t = top.section("targets");
    Scenario.Targets targets = new Scenario.Targets(
        t.duration("orderCycleP95", 0, 0, MAX_DURATION_SEC),
        t.duration("exceptionWait", 0, 0, MAX_DURATION_SEC),
        t.duration("robotCareWait", 0, 0, MAX_DURATION_SEC),
        t.number("maxUtilization", 1, 0.01, 1));
    Scenario.Costs costs = costs(top);
    Scenario.Transitions transitions = transitions(top.section("transitions"));
    Scenario.Inventory inventory = inventory(top, floor);
    Scenario.Inbound inbound = inbound(top, inventory, floor.map());
    Scenario.StowRobots stowRobots = stowRobots(top.section("stowRobots"));
    return new Scenario(name, horizon, warmup, replications, seed, demand, floor, driveUnits, pickStations, arms,
        sortation, pickerToParts, associates, problemSolve, targets, costs, transitions, inventory, inbound, stowRobots, packing,
        top.namedEach("robots", "robot kind"));
  }

  /**
   * Loaded wage per paid hour by role when the file does not say (assumptions: a warehouse
   * associate's pay plus benefits; a robotics technician at +40%, what graduates of a published
   * apprenticeship earn, DESIGN.md section 8). A registered role without one gets the associate's.
   */
  private static final Map<String, Double> DEFAULT_WAGES = Map.of("picker", 25.0, "stower", 25.0, "sorter", 25.0,
      "packer", 25.0, "problemSolver", 28.0, "qualityControl", 28.0, "automationOperator", 32.0, "roboticsTech", 35.0);

  /** Equipment prices, service lives, maintenance and power when the file does not say: all assumptions. */
  private static final Map<String, Scenario.Equipment> DEFAULT_EQUIPMENT = Map.of(
      "driveUnit", new Scenario.Equipment(30_000, 7, 0.3, 0.3),
      "armCell", new Scenario.Equipment(250_000, 7, 3, 2),
      "station", new Scenario.Equipment(50_000, 10, 0, 0.5),
      "charger", new Scenario.Equipment(5_000, 10, 0, 0),
      "sortArm", new Scenario.Equipment(200_000, 7, 2, 2),
      "stowRobot", new Scenario.Equipment(300_000, 7, 3, 2),
      "packMachine", new Scenario.Equipment(250_000, 10, 4, 5));

  /** The costs section; without one, costs are not given (no cost reported, every person weighed alike). */
  private static Scenario.Costs costs(Section top) {
    boolean given = top.has("costs");
    Section c = top.section("costs");
    String currency = c.name("currency", "USD");
    Section w = c.section("wages");
    Map<Role, Double> wages = new TreeMap<>();
    for (Role role : Role.values()) {
      wages.put(role, w.number(role.key(), DEFAULT_WAGES.getOrDefault(role.key(), 25.0), 0, 1_000_000));
    }
    double days = c.number("operatingDaysPerYear", 360, 1, 366);
    double hoursPerDay = c.duration("operatingHoursPerDay", 16 * HOUR, 60, 24 * HOUR) / HOUR;
    double interest = c.number("interestRate", 0, 0, 1);
    double energy = c.number("energyPerKWh", 0.12, 0, 1000);
    double spread = c.number("trainingSpreadYears", 5, 0.1, 100);
    Map<String, Scenario.Equipment> equipment = new LinkedHashMap<>();
    for (String kind : Scenario.Costs.EQUIPMENT) {
      Section e = c.section(kind);
      Scenario.Equipment d = DEFAULT_EQUIPMENT.get(kind);
      equipment.put(kind, new Scenario.Equipment(
          e.number("price", d.price(), 0, 1e12),
          e.number("serviceLife", d.serviceLifeYears(), 0.1, 100),
          e.number("maintenancePerHour", d.maintenancePerHour(), 0, 1e6),
          e.number("powerKW", d.powerKW(), 0, 1e6)));
    }
    if (!given) {
      top.resolveAs("costs", null); // resolved with costs written out, the scenario would have them
    }
    return new Scenario.Costs(given, currency, java.util.Collections.unmodifiableMap(wages), days * hoursPerDay, interest,
        energy, spread, java.util.Collections.unmodifiableMap(equipment));
  }

  /** The inventory section; without one, stock never runs out (and none is written into the resolved scenario). */
  private static Scenario.Inventory inventory(Section top, Scenario.Floor floor) {
    boolean given = top.has("inventory");
    Section s = top.section("inventory");
    int podsPerSku = s.integer("podsPerSku", 3, 1, 1000);
    if (podsPerSku > floor.pods()) {
      throw s.errorAt("podsPerSku", "must be at most floor.pods (" + floor.pods() + "), got " + podsPerSku);
    }
    Scenario.Inventory inventory = new Scenario.Inventory(given, podsPerSku, s.integer("podCapacity", 250, 1, 1_000_000),
        s.number("podCube", 0, 0, 1_000_000), s.probability("initialFill", 0.7), s.probability("recordErrorPerLine", 0.005),
        s.choice("podChoice", "dispatch", List.of("dispatch", "arrival", "uniform")));
    if (!given) {
      top.resolveAs("inventory", null);
    }
    return inventory;
  }

  /** The inbound section: it needs an inventory to stow into; without one, nothing comes in. */
  private static Scenario.Inbound inbound(Section top, Scenario.Inventory inventory, FloorMap map) {
    boolean given = top.has("inbound");
    if (given && !inventory.given()) {
      throw top.errorAt("inbound", "needs an inventory: section (stock on pods) to stow into");
    }
    Section s = top.section("inbound");
    double[] profile = s.oneOrMany("casesPerHour", Quantity.RATE, 100 / HOUR, 0, 10_000_000 / HOUR);
    if (given && Arrays.stream(profile).allMatch(r -> r == 0)) {
      throw s.errorAt("casesPerHour", "inbound needs a rate above 0/h in at least one hour");
    }
    Scenario.Inbound inbound = new Scenario.Inbound(given, profile,
        s.countDist("unitsPerCase", new DistSpec.Constant(12), 10_000),
        given && !s.bool("combinedStations", false)
            ? FloorMaps.count(s, "stowStations", s.integer("stowStations", 4, 1, 10_000), map, FloorMap.Kind.STOW_STATION)
            : s.integer("stowStations", 4, 1, 10_000),
        s.integer("podsPerStowStation", 4, 1, 1000),
        s.named("replenishment", "mostRoom", "stow policy"),
        s.duration("manualWalk", 120, 0, MAX_TASK_SEC),
        s.bool("combinedStations", false),
        s.probability("robotShare", 0));
    if (inbound.combinedStations() && inbound.robotShare() > 0) {
      throw s.errorAt("robotShare", "must be 0 with combinedStations: true (the pickers stow at their own stations; "
          + "stow robots work at stow stations), got " + Quantities.plain(inbound.robotShare()));
    }
    if (!given) {
      top.resolveAs("inbound", null);
    }
    return inbound;
  }

  /** Routine roles, the usual source of people moving into the roles automation adds. */
  private static final List<String> ROUTINE = List.of("picker", "sorter", "packer", "stower", "receiver");

  /**
   * Pathways when the file lists none: each a set of roles to a set of roles, with classroom
   * weeks, on-the-job hours and a cost per person. The robotics technician's 12 weeks and 2,000
   * hours follow a published apprenticeship (DESIGN.md section 8); every other figure, and every
   * cost, is an assumption.
   */
  private static final List<Map<String, Object>> DEFAULT_PATHWAYS = List.of(
      pathway(ROUTINE, List.of("roboticsTech"), 12, 2000, 15_000),
      pathway(List.of("automationOperator"), List.of("roboticsTech"), 6, 1000, 8_000),
      pathway(ROUTINE, List.of("automationOperator"), 2, 320, 3_000),
      pathway(ROUTINE, List.of("problemSolver", "qualityControl"), 1, 160, 1_500),
      pathway(ROUTINE, ROUTINE, 0, 40, 300));

  private static Map<String, Object> pathway(List<String> from, List<String> to, double weeks, double hours, double cost) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("from", from);
    p.put("to", to);
    p.put("classroomWeeks", Quantity.NUMBER.format(weeks));
    p.put("onTheJobHours", Quantity.NUMBER.format(hours));
    p.put("cost", Quantity.NUMBER.format(cost));
    return p;
  }

  private static Scenario.Transitions transitions(Section s) {
    String baseline = s.has("baseline") ? s.name("baseline", "") : ""; // absent: the first level, resolved as absent
    int capacity = s.integer("trainingCapacity", 10, 1, 1_000_000);
    double hoursPerWeek = s.number("hoursPerWeek", 40, 1, 168);
    List<String> roles = Role.values().stream().map(Role::key).toList();
    List<Scenario.Pathway> pathways = new ArrayList<>();
    if (s.has("pathways")) {
      for (Section p : s.sections("pathways")) {
        List<String> from = p.choices("from", List.of(), roles);
        List<String> to = p.choices("to", List.of(), roles);
        p.require("from", "a pathway needs from: (a role or a list of roles)");
        p.require("to", "a pathway needs to: (a role or a list of roles)");
        addPathways(pathways, from, to, p.number("classroomWeeks", 0, 0, 520), p.number("onTheJobHours", 0, 0, 100_000),
            p.number("cost", 0, 0, 1e9));
      }
    } else {
      s.sections("pathways");
      s.resolveAs("pathways", DEFAULT_PATHWAYS);
      for (Map<String, Object> p : DEFAULT_PATHWAYS) {
        @SuppressWarnings("unchecked")
        List<String> from = (List<String>) p.get("from");
        @SuppressWarnings("unchecked")
        List<String> to = (List<String>) p.get("to");
        addPathways(pathways, from.stream().filter(roles::contains).toList(), to.stream().filter(roles::contains).toList(),
            number(p.get("classroomWeeks")), number(p.get("onTheJobHours")), number(p.get("cost")));
      }
    }
    return new Scenario.Transitions(baseline, capacity, hoursPerWeek, List.copyOf(pathways));
  }

  private static double number(Object resolved) {
    return Double.parseDouble(resolved.toString());
  }

  /** Every pathway from a role of {@code from} to another role of {@code to}; a later one replaces an earlier one. */
  private static void addPathways(List<Scenario.Pathway> into, List<String> from, List<String> to, double weeks,
      double hours, double cost) {
    for (String f : from) {
      for (String t : to) {
        if (!f.equals(t)) {
          into.removeIf(p -> p.from().key().equals(f) && p.to().key().equals(t));
          into.add(new Scenario.Pathway(Role.byKey(f), Role.byKey(t), weeks, hours, cost));
        }
      }
    }
  }

  private static Scenario.Demand demand(Section s) {
    String mode = s.choice("mode", "none", List.of("none", "poisson", "backlog", "trace"));
    double[] profile = s.oneOrMany("ordersPerHour", Quantity.RATE, 1000 / HOUR, 0, 10_000_000 / HOUR);
    int backlog = s.integer("backlogOrders", 0, 0, 100_000_000);
    DistSpec lines = s.countDist("linesPerOrder", new DistSpec.Empirical(new double[] {1, 1, 1, 2, 2, 3}), 1000);
    DistSpec units = s.countDist("unitsPerLine", new DistSpec.Empirical(new double[] {1, 1, 1, 1, 2}), 1000);
    int skus = s.integer("skus", 20_000, 1, 10_000_000);
    double skew = s.number("skuSkew", 0.8, 0, 5);
    List<Scenario.ItemClass> classes = new ArrayList<>();
    s.named("itemClasses", "item classes").forEach((name, c) -> classes.add(new Scenario.ItemClass(name,
        c.probability("share", 0), c.bool("armEligible", true), c.probability("graspSuccess", 0.9),
        c.bool("sortEligible", true), c.bool("stowEligible", true), c.bool("packEligible", true))));
    if (classes.isEmpty()) {
      classes.add(new Scenario.ItemClass("box", 0.55, true, 0.95, true, true, true));
      classes.add(new Scenario.ItemClass("polybag", 0.30, true, 0.85, true, true, true));
      classes.add(new Scenario.ItemClass("fragile", 0.10, false, 0.0, false, true, false));
      classes.add(new Scenario.ItemClass("oversize", 0.05, false, 0.0, false, true, false));
    }
    double total = classes.stream().mapToDouble(Scenario.ItemClass::share).sum();
    if (Math.abs(total - 1) > 1e-6) {
      throw s.errorAt("itemClasses", "shares must add up to 1, got " + Quantities.plain(total));
    }
    if (mode.equals("poisson") && Arrays.stream(profile).allMatch(r -> r == 0)) {
      throw s.errorAt("ordersPerHour", "poisson demand needs a rate above 0/h in at least one hour");
    }
    if (mode.equals("backlog") && backlog == 0) {
      throw s.errorAt("backlogOrders", "backlog demand needs backlogOrders of at least 1");
    }
    Trace trace = TraceFiles.read(s, mode.equals("trace"), classes);
    return new Scenario.Demand(mode, profile, backlog, lines, units, skus, skew, List.copyOf(classes),
        s.probability("damagedPerUnit", 0.002), s.probability("missingPerLine", 0.005),
        s.probability("mispickPerHumanLine", 0.002), s.probability("qualityCheckShare", 0.02), trace);
  }

  private static Scenario.Floor floor(Section s) {
    FloorMap map = FloorMaps.read(s);
    Choice storagePolicy = s.named("storagePolicy", "ownCell", "storage policy");
    if (map == null && !storagePolicy.name().equals("ownCell")) {
      throw s.errorAt("storagePolicy", "needs a floor read from a map (floor.map); a generated floor keeps ownCell");
    }
    boolean traffic = s.bool("traffic", false);
    if (!s.has("traffic")) {
      s.resolveAs("traffic", null); // resolves as files written before the key existed
    }
    if (traffic && map == null) {
      throw s.errorAt("traffic", "needs a floor read from a map (floor.map)");
    }
    if (map == null) {
      return new Scenario.Floor(
          s.integer("widthCells", 60, 2, 10_000),
          s.integer("lengthCells", 40, 2, 10_000),
          s.quantity("cellSize", Quantity.LENGTH, 1.0, 0.1, 10),
          s.integer("pods", 2000, 1, 10_000_000),
          s.integer("zones", 4, 1, 1000));
    }
    double cell = s.quantity("cellSize", Quantity.LENGTH, 1.0, 0.1, 10);
    int storage = map.cells(FloorMap.Kind.STORAGE).size();
    int pods = s.integer("pods", storage, 1, 10_000_000);
    if (pods > storage) {
      throw s.errorAt("pods", "must be at most the map's " + storage + " storage cells (P), got " + pods);
    }
    return new Scenario.Floor(map.width(), map.height(), cell, pods, s.integer("zones", 4, 1, 1000), map, storagePolicy,
        traffic);
  }

  private static Scenario.DriveUnits driveUnits(Section s, FloorMap map) {
    int count = s.integer("count", 40, 0, 1_000_000);
    String travel = s.choice("travel", "distributions", List.of("distributions", "grid", "manhattan"));
    DistSpec toStation = s.durationDist("travelToStation", new DistSpec.Exponential(45), MAX_TASK_SEC);
    DistSpec toStorage = s.durationDist("travelToStorage", new DistSpec.Exponential(45), MAX_TASK_SEC);
    double speed = s.quantity("speed", Quantity.SPEED, 1.5, 0.01, 20);
    double accel = s.quantity("acceleration", Quantity.ACCELERATION, 1.0, 0.01, 20);
    double lift = s.duration("liftTime", 2.2, 0, 600);
    double turn = s.duration("fullTurnTime", 2.5, 0, 600);
    Section b = s.section("battery");
    Scenario.Battery battery = new Scenario.Battery(
        b.duration("runtime", 0, 0, 30 * 86400.0),
        b.duration("fullCharge", HOUR, 1, 30 * 86400.0),
        map != null && !map.cells(FloorMap.Kind.CHARGER).isEmpty()
            ? FloorMaps.count(b, "chargers", b.integer("chargers", 1, 1, 1_000_000), map, FloorMap.Kind.CHARGER)
            : b.integer("chargers", 1, 1, 1_000_000),
        b.probability("threshold", 0.2));
    if (map != null && battery.runtimeSec() > 0 && map.cells(FloorMap.Kind.CHARGER).isEmpty()) {
      throw b.errorAt("runtime", "charging needs a charger (C) on the map " + map.file() + "; set runtime: 0s to switch it off");
    }
    Section f = s.section("faults");
    Scenario.Faults faults = new Scenario.Faults(
        f.duration("mtbf", 0, 0, MAX_DURATION_SEC),
        f.durationDist("rescueTime", new DistSpec.Triangular(300, 600, 1800), MAX_TASK_SEC),
        f.probability("repairShare", 0.1),
        f.durationDist("repairTime", new DistSpec.Exponential(1800), MAX_TASK_SEC));
    return new Scenario.DriveUnits(count, travel, toStation, toStorage, speed, accel, lift, turn, battery, faults);
  }

  private static Scenario.PickStations pickStations(Section s, FloorMap map) {
    int count = FloorMaps.count(s, "count", s.integer("count", 8, 1, 10_000), map, FloorMap.Kind.PICK_STATION);
    int pickersPerStation;
    if (s.says("pickersPerStation", "unlimited")) {
      pickersPerStation = Scenario.PickStations.UNLIMITED;
      s.resolveAs("pickersPerStation", "unlimited");
    } else {
      try {
        pickersPerStation = s.integer("pickersPerStation", 1, 0, 100);
      } catch (ScenarioException e) {
        throw s.errorAt("pickersPerStation", e.problem().replace("between 0 and 100", "between 0 and 100, or unlimited"));
      }
    }
    Choice policy = s.named("policy", "shortestQueue", "station policy");
    Choice podPolicy = s.named("podPolicy", "oldestLine", "pod policy");
    DistSpec unitsPerVisit = s.countDist("unitsPerVisit", new DistSpec.Constant(1), 10_000);
    DistSpec pickTime = s.durationDist("pickTime", new DistSpec.Lognormal(12, 0.35), MAX_TASK_SEC);
    double armShare = s.probability("armShare", 0);
    int podsPerStation = s.integer("podsPerStation", 4, 1, 1000);
    DistSpec dwell = null; // the pod stays for the pick time
    if (s.says("podDwell", "pickTime")) {
      s.resolveAs("podDwell", null); // resolves as files written before the key existed
    } else if (s.has("podDwell")) {
      dwell = s.durationDist("podDwell", pickTime, MAX_TASK_SEC);
    }
    return new Scenario.PickStations(count, pickersPerStation, policy, podPolicy, unitsPerVisit, pickTime, armShare,
        podsPerStation, dwell);
  }

  private static Scenario.Arms arms(Section s) {
    return new Scenario.Arms(
        s.durationDist("attemptTime", new DistSpec.Lognormal(14, 0.3), MAX_TASK_SEC),
        s.integer("retries", 1, 0, 100),
        s.choice("fallback", "station", List.of("station", "problemSolve")),
        s.named("policy", "eligibleOnly", "arm policy"),
        s.duration("mtbf", 0, 0, MAX_DURATION_SEC),
        s.durationDist("repairTime", new DistSpec.Exponential(720), MAX_TASK_SEC));
  }

  /**
   * Stow robots. The default attempt, 13.7 s, with success 0.85 and 1 retry makes 1.15 attempts
   * (15.8 s) a unit and places 1 − 0.15² = 97.75% of units: 3600 / 15.8 × 0.9775 ≈ 223 units
   * placed an hour, the published stow robot's ~224 (DESIGN.md section 9).
   */
  private static Scenario.StowRobots stowRobots(Section s) {
    return new Scenario.StowRobots(
        s.durationDist("attemptTime", new DistSpec.Lognormal(13.7, 0.3), MAX_TASK_SEC),
        s.probability("success", 0.85),
        s.integer("retries", 1, 0, 100),
        s.duration("mtbf", 0, 0, MAX_DURATION_SEC),
        s.durationDist("repairTime", new DistSpec.Exponential(900), MAX_TASK_SEC));
  }

  private static Scenario.Sortation sortation(Section s) {
    return new Scenario.Sortation(
        s.probability("robotShare", 0),
        s.integer("sortArms", 4, 0, 100_000),
        s.durationDist("armSortTime", new DistSpec.Lognormal(4, 0.2), MAX_TASK_SEC),
        s.probability("jamPerUnit", 0.002));
  }

  /**
   * Pack machines: off by default. The machine time (~500 orders/h), the order size they take,
   * the jam probability and the repair time are assumptions.
   */
  private static Scenario.Packing packing(Section s) {
    return new Scenario.Packing(
        s.integer("machines", 0, 0, 10_000),
        s.durationDist("machineTime", new DistSpec.Lognormal(7.2, 0.2), MAX_TASK_SEC),
        s.integer("maxUnits", 5, 1, 1_000_000),
        s.probability("jamPerOrder", 0.01),
        s.duration("mtbf", 0, 0, MAX_DURATION_SEC),
        s.durationDist("repairTime", new DistSpec.Exponential(1200), MAX_TASK_SEC));
  }

  private static Scenario.PickerToParts pickerToParts(Section s) {
    return new Scenario.PickerToParts(
        s.bool("enabled", false),
        s.integer("batchLines", 12, 1, 1000),
        s.duration("batchWait", 600, 0, MAX_TASK_SEC),
        s.quantity("walkSpeed", Quantity.SPEED, 1.0, 0.1, 5),
        s.integer("aisles", 40, 1, 10_000),
        s.quantity("aisleLength", Quantity.LENGTH, 30, 1, 10_000),
        s.quantity("aisleGap", Quantity.LENGTH, 3, 0.5, 100),
        s.durationDist("pickTime", new DistSpec.Lognormal(15, 0.4), MAX_TASK_SEC));
  }

  private static Scenario.Associates associates(Section s) {
    Map<Role, Integer> counts = new TreeMap<>();
    Map<Role, int[]> lists = new TreeMap<>();
    Map<Role, Section> roleSections = new TreeMap<>();
    Map<Role, Set<TaskType>> skills = new TreeMap<>();
    List<String> taskKeys = TaskType.values().stream().map(TaskType::key).toList();
    for (Role role : Role.values()) {
      Section r = s.section(role.key());
      roleSections.put(role, r);
      int[] perShift = r.integers("count", role.defaultCount(), 0, 1_000_000);
      counts.put(role, java.util.Arrays.stream(perShift).max().getAsInt());
      if (perShift.length > 1) {
        lists.put(role, perShift);
      }
      Set<TaskType> set = new TreeSet<>();
      r.choices("skills", List.of(), taskKeys).forEach(k -> set.add(TaskType.byKey(k)));
      skills.put(role, set);
    }
    List<Scenario.Shift> shifts = new ArrayList<>();
    for (Section sh : s.sections("shifts")) {
      double start = sh.duration("start", 0, 0, MAX_DURATION_SEC);
      double end = sh.duration("end", 8 * HOUR, 0, MAX_DURATION_SEC);
      if (end <= start) {
        throw sh.errorAt("end", "must be after start (" + Quantities.formatDuration(start) + ")");
      }
      List<Scenario.Break> breaks = new ArrayList<>();
      List<Section> listed = sh.sections("breaks");
      for (int i = 0; i < listed.size(); i++) {
        breaks.add(shiftBreak(listed.get(i), i, start, end, breaks));
      }
      shifts.add(staggered(sh, start, end, breaks));
    }
    Map<Role, List<Integer>> byShift = new TreeMap<>();
    for (Map.Entry<Role, int[]> e : lists.entrySet()) {
      if (e.getValue().length != Math.max(1, shifts.size())) {
        throw roleSections.get(e.getKey()).errorAt("count", "lists " + e.getValue().length + " counts, but there "
            + (shifts.isEmpty() ? "are no shifts (everybody works the whole run)"
                : shifts.size() == 1 ? "is 1 shift" : "are " + shifts.size() + " shifts")
            + ": give one count for every shift, or one number for all");
      }
      byShift.put(e.getKey(), java.util.Arrays.stream(e.getValue()).boxed().toList());
    }
    double repeat = s.duration("shiftsRepeatEvery", 0, 0, MAX_DURATION_SEC);
    for (Scenario.Shift shift : shifts) {
      if (repeat > 0 && shift.endSec() - shift.startSec() > repeat) {
        throw s.errorAt("shiftsRepeatEvery", "must be at least as long as every shift (" 
            + Quantities.formatDuration(shift.endSec() - shift.startSec()) + ")");
      }
    }
    Section lc = s.section("learningCurve");
    double slowdown = lc.number("initialSlowdown", 1.5, 1, 10);
    double halve = lc.number("tasksToHalve", 50, 0.001, 1_000_000);
    Choice policy = s.named("assignmentPolicy", "primaryRoleFirst", "assignment policy");
    Section times = s.section("taskTimes");
    Map<TaskType, DistSpec> taskTimes = new TreeMap<>();
    for (TaskType type : TaskType.values()) {
      if (type.defaultTimeSec() != null) {
        taskTimes.put(type, times.durationDist(type.key(), type.defaultTimeSec(), MAX_TASK_SEC));
      }
    }
    return new Scenario.Associates(counts, skills, List.copyOf(shifts), repeat, slowdown, halve, policy, taskTimes,
        byShift);
  }

  /**
   * A shift's break groups: {@code staggerBreaks: { groups: 3, every: 30min }} sends each role's
   * people to every break in 3 groups, 30 minutes apart (default: the longest break, so no two
   * groups are away at once); the last group's breaks must start, and end, inside the shift.
   */
  private static Scenario.Shift staggered(Section sh, double start, double end, List<Scenario.Break> breaks) {
    Section st = sh.section("staggerBreaks");
    int groups = st.integer("groups", 1, 1, 1000);
    double longest = breaks.stream().mapToDouble(Scenario.Break::durationSec).max().orElse(0);
    double every = st.duration("every", groups > 1 ? longest : 0, 0, MAX_DURATION_SEC);
    for (int i = 0; i < breaks.size(); i++) {
      Scenario.Break b = breaks.get(i);
      double lastOver = b.atSec() + (groups - 1) * every + b.durationSec();
      if (lastOver > end) {
        throw st.errorAt(st.has("every") ? "every" : "groups", "puts the last group's break " + i + " ("
            + Quantities.formatDuration(b.atSec()) + " + " + (groups - 1) + " x " + Quantities.formatDuration(every)
            + ", for " + Quantities.formatDuration(b.durationSec()) + ") past the shift's end at "
            + Quantities.formatDuration(end) + "; use fewer groups, a shorter step, or an earlier break");
      }
    }
    if (!sh.has("staggerBreaks")) {
      sh.resolveAs("staggerBreaks", null); // everyone at once, as files before staggering resolve
    }
    return new Scenario.Shift(start, end, List.copyOf(breaks), groups, every);
  }

  /**
   * Break {@code i} of a shift from {@code start} to {@code end}: it starts inside the shift,
   * lasts more than 0 s, and starts once break {@code i - 1} (the last of {@code earlier}) is over.
   */
  private static Scenario.Break shiftBreak(Section br, int i, double start, double end, List<Scenario.Break> earlier) {
    double at = br.duration("at", start, start, end);
    if (at >= end) {
      throw br.errorAt("at", "must be before the shift's end (" + Quantities.formatDuration(end) + ")");
    }
    double duration = br.duration("duration", 900, 0, end - at);
    if (duration == 0) {
      throw br.errorAt("duration", "must be longer than 0s (leave the break out for none)");
    }
    if (i > 0) {
      Scenario.Break before = earlier.get(i - 1);
      double over = before.atSec() + before.durationSec();
      if (at < over) {
        throw br.errorAt("at", "starts at " + Quantities.formatDuration(at) + ", before breaks[" + (i - 1) + "] ("
            + Quantities.formatDuration(before.atSec()) + " for " + Quantities.formatDuration(before.durationSec())
            + ") is over at " + Quantities.formatDuration(over) + "; list a shift's breaks in time order, without overlaps");
      }
    }
    return new Scenario.Break(at, duration);
  }
}
