package org.fcsim.economics;

import java.util.LinkedHashMap;
import java.util.Map;
import org.fcsim.scenario.Scenario;

/** What a level owns, by kind of {@link Scenario.Costs#EQUIPMENT}: what its floor model builds. */
public final class Equipment {
  private Equipment() {}

  /**
   * Items of each kind: drive units; arm cells (the stations whose picker is an arm, as the floor
   * rounds {@code count × armShare}); goods-to-person pick and stow stations (none when people walk
   * the aisles);
   * chargers when batteries are modelled and there are drive units; sorting arms when any unit
   * goes to them; stow robots (the stow stations with one, as the floor rounds
   * {@code stowStations × robotShare}; none when people walk or the stations are combined); pack machines ({@code packing.machines}).
   */
  public static Map<String, Integer> of(Scenario s) {
    boolean manual = s.pickerToParts().enabled();
    Scenario.PickStations ps = s.pickStations();
    int driveUnits = s.driveUnits().count();
    boolean charging = driveUnits > 0 && s.driveUnits().battery().runtimeSec() > 0;
    Map<String, Integer> out = new LinkedHashMap<>();
    out.put("driveUnit", driveUnits);
    out.put("armCell", manual ? 0 : (int) Math.round(ps.count() * ps.armShare()));
    Scenario.Inbound in = s.inbound();
    int stowStations = in.given() && !in.combinedStations() && s.demand().ordersDriven() ? in.stowStations() : 0;
    out.put("station", manual ? 0 : ps.count() + stowStations);
    out.put("charger", charging ? Math.max(1, s.driveUnits().battery().chargers()) : 0);
    out.put("sortArm", s.sortation().robotShare() > 0 ? s.sortation().sortArms() : 0);
    out.put("stowRobot", in.given() && s.demand().ordersDriven() ? in.robotStations(manual) : 0);
    out.put("packMachine", s.packing().machines());
    return out;
  }

  /** The purchase price of everything a level owns. */
  public static double purchase(Scenario s) {
    Scenario.Costs c = s.costs();
    return of(s).entrySet().stream().mapToDouble(e -> e.getValue() * c.equipment().get(e.getKey()).price()).sum();
  }
}
