package org.fcsim.bench;

import java.nio.charset.StandardCharsets;
import org.fcsim.scenario.Scenario;
import org.fcsim.scenario.ScenarioLoader;

/**
 * Bench case (b): a full-size goods-to-person site running around the clock. At scale 1: 3,000
 * drive units on grid travel with batteries and faults, 60 pick stations (9 with a robotic arm,
 * the rest with two pickers each), sorting arms, incidents on, and 1,035 associates over three
 * 8-hour shifts a day, each shift with three breaks, the same people every day. Demand is a
 * steady Poisson stream that ships about a million units a day; every group of people and robots
 * keeps up with some room (utilizations 0.5 to 0.9), so work in flight stays bounded day after day.
 *
 * <p>Written as scenario text and read by {@link ScenarioLoader#parse}, so it goes through the
 * same loader, defaults and checks as a user's file ({@code ./fcsim bench --print-site} prints
 * it). {@code scale} multiplies the fleet, the stations, the people, the demand and the floor's
 * area together (its sides grow with the square root); {@code days} sets the horizon.
 *
 * <p><b>Frozen.</b> The scenario and this scaling rule are what {@code bench --scaling} measures
 * against the frozen SSJ-only baseline ({@link BaselineNetwork}): changing either breaks the
 * comparison with earlier tables, so neither changes. Because trips grow with the floor's side,
 * the fleet falls short of demand at large scales; {@link Sizing} re-sizes the site for studies
 * that need it to keep up (the memory study) without touching the frozen case.
 */
final class SiteDay {
  /**
   * Multipliers on the frozen site at a scale: drive units (chargers follow them) and the
   * people of every role. {@link #FROZEN} is the scaling study's site.
   */
  record Sizing(double driveUnits, double people) {
    static final Sizing FROZEN = new Sizing(1, 1);
  }

  private SiteDay() {}

  static Scenario scenario(double scale, double days) {
    return scenario(scale, days, Sizing.FROZEN);
  }

  static Scenario scenario(double scale, double days, Sizing sizing) {
    return ScenarioLoader.parse("bench-site-day.yaml", yaml(scale, days, sizing).getBytes(StandardCharsets.UTF_8))
        .scenario();
  }

  /** Drive units at this scale. */
  static int driveUnits(double scale) {
    return count(3000, scale);
  }

  /** Associates a day at this scale and sizing: three shifts of every role. */
  static int associates(double scale, Sizing sizing) {
    double crew = scale * sizing.people();
    int perShift = 0;
    for (int atScaleOne : new int[] {106, 36, 150, 34, 5, 8, 6}) {
      perShift += count(atScaleOne, crew);
    }
    return 3 * perShift;
  }

  static String yaml(double scale, double days) {
    return yaml(scale, days, Sizing.FROZEN);
  }

  static String yaml(double scale, double days, Sizing sizing) {
    double fleet = scale * sizing.driveUnits();
    double crew = scale * sizing.people();
    StringBuilder shifts = new StringBuilder();
    for (int start = 0; start < 24; start += 8) {
      shifts.append(String.format("""
              - start: %dh
                end: %dh
                breaks:
                  - { at: %dh, duration: 15min }
                  - { at: %dh, duration: 30min }
                  - { at: %dh, duration: 15min }
          """, start, start + 8, start + 2, start + 4, start + 6));
    }
    return String.format("""
        name: bench-site-day
        horizon: %s
        warmup: 0s
        replications: 1
        seed: 20261126

        demand:
          mode: poisson
          ordersPerHour: %d/h         # x 3.1 units per order x 24 h: about 1,020,000 units a day
          linesPerOrder: { dist: empirical, values: [1, 2, 2, 3, 3, 4] }
          unitsPerLine: { dist: empirical, values: [1, 1, 1, 2] }
          skus: %d
          skuSkew: 0.6                # gentler than the ladder's 0.8: at this volume a 0.8 skew sends one pod
                                      #   more lines an hour than a picker can pick from it

        floor: { widthCells: %d, lengthCells: %d, cellSize: 1m, pods: %d, zones: %d }

        driveUnits:
          count: %d
          travel: grid
          battery: { runtime: 8h, fullCharge: 1h, chargers: %d, threshold: 0.25 }
          faults: { mtbf: 100h, repairShare: 0.1 }

        pickStations:
          count: %d
          pickersPerStation: 2
          policy: shortestQueue
          podPolicy: oldestLine
          pickTime: { dist: lognormal, mean: 5s, cv: 0.35 }
          armShare: 0.15
          podsPerStation: 45

        arms:
          attemptTime: { dist: uniform, min: 5s, max: 7s }
          retries: 1
          fallback: problemSolve      # the pod moves on; a problem solver picks what the arm could not
          mtbf: 90min

        sortation: { robotShare: 0.75, sortArms: %d }

        associates:
          picker:             { count: %d }
          sorter:             { count: %d }
          packer:             { count: %d }
          problemSolver:      { count: %d, skills: [pack] }
          roboticsTech:       { count: %d }
          automationOperator: { count: %d }
          qualityControl:     { count: %d }
          shifts:
        %s  shiftsRepeatEvery: 24h      # the same people every day: memory does not grow with the horizon
          taskTimes:
            pack: { dist: lognormal, mean: 30s, cv: 0.4 }
        """,
        days == Math.rint(days) ? (long) days + "d" : Math.round(days * 24) + "h",
        count(13_600, scale), count(200_000, scale),
        count(130, Math.sqrt(scale)), count(90, Math.sqrt(scale)), count(12_000, scale), 4,
        count(3000, fleet), count(400, fleet),
        count(60, scale), count(44, scale),
        count(106, crew), count(36, crew), count(150, crew), count(34, crew), count(5, crew), count(8, crew),
        count(6, crew),
        shifts);
  }

  private static int count(double atScaleOne, double scale) {
    return (int) Math.max(1, Math.round(atScaleOne * scale));
  }
}
