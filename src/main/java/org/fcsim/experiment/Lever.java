package org.fcsim.experiment;

import org.fcsim.economics.Equipment;
import org.fcsim.scenario.Scenario;
import org.fcsim.task.Role;

/**
 * One count the staffing search may change: the people per shift of a role, or the number of
 * one kind of equipment (drive units, chargers, arm cells, sorting arms, pack machines, stow robots: the stow
 * stations with a robot, so a count n maps back to {@code inbound.robotShare = n / stowStations}). Each has a cost per
 * operating hour of one more: a role's wage (every role alike when the scenario gives no costs:
 * the default associate wage, so the least cost is the fewest people), equipment's capital over
 * its service life and operating hours plus maintenance and energy (the scenario's figures, or
 * their documented defaults).
 */
public record Lever(String name, Role role) {
  /** A role's wage when the scenario gives no costs: every person weighs the same. */
  public static final double EQUAL_WAGE = 25;

  /** Equipment the search can size, by {@link Scenario.Costs#EQUIPMENT} name. */
  public static final java.util.List<String> EQUIPMENT = java.util.List.of("driveUnit", "charger", "armCell", "sortArm", "stowRobot",
      "packMachine");

  public static Lever of(Role role) {
    return new Lever(role.key(), role);
  }

  /** @throws IllegalArgumentException for a name not in {@link #EQUIPMENT} */
  public static Lever equipment(String kind) {
    if (!EQUIPMENT.contains(kind)) {
      throw new IllegalArgumentException("unknown equipment \"" + kind + "\"; known: " + String.join(", ", EQUIPMENT));
    }
    return new Lever(kind, null);
  }

  /**
   * The resource group whose {@code utilizationOfAvailable.<group>} and
   * {@code queueGrowthPerHour.<group>} measure this lever: a role's key (its station pickers and
   * floaters as {@code <role>.station}, {@code <role>.floater}), or the equipment's plural.
   */
  public String group() {
    return switch (name) {
      case "driveUnit" -> "driveUnits";
      case "charger" -> "chargers";
      case "armCell" -> "pickArms";
      case "sortArm" -> "sortArms";
      case "stowRobot" -> "stowRobots";
      case "packMachine" -> "packMachines";
      default -> name;
    };
  }

  /** Whether {@code group}, as a verdict names it, is this lever's. */
  public boolean measuredAs(String group) {
    return group.equals(group()) || isRole() && (group.equals(name + ".station") || group.equals(name + ".floater"));
  }

  public boolean isRole() {
    return role != null;
  }

  public int valueIn(Scenario s) {
    return isRole() ? s.associates().countPerShift().getOrDefault(role, 0) : Equipment.of(s).get(name);
  }

  public Scenario applied(Scenario s, int n) {
    return isRole() ? s.withCrew(java.util.Map.of(role, n)) : s.withEquipment(name, n);
  }

  /**
   * The least count: 0, but one charger (the floor always has one); the most: every station as an
   * arm cell, every stow station as a stow robot, 10000 pack machines (the key's range), else 100000.
   */
  public int min() {
    return name.equals("charger") ? 1 : 0;
  }

  /** The most: every pick station as an arm cell, every stow station with a stow robot; else 100000. */
  public int max(Scenario s) {
    return switch (name) {
      case "armCell" -> s.pickStations().count();
      case "stowRobot" -> s.inbound().stowStations();
      case "packMachine" -> 10_000;
      default -> 100_000;
    };
  }

  /** Cost per operating hour of one more. */
  public double costPerHour(Scenario s) {
    Scenario.Costs c = s.costs();
    if (isRole()) {
      return c.given() ? c.wagePerPaidHour().get(role) : EQUAL_WAGE;
    }
    Scenario.Equipment e = c.equipment().get(name);
    return c.capitalPerYear(name) / c.operatingHoursPerYear() + e.maintenancePerHour() + e.powerKW() * c.energyPerKWh();
  }
}
