package org.fcsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fcsim.dist.DistSpec;
import org.fcsim.experiment.Experiment;
import org.fcsim.experiment.ProgressListener;
import org.fcsim.scenario.Scenario;
import org.fcsim.scenario.ScenarioLevels;
import org.fcsim.scenario.ScenarioLoader;
import org.fcsim.stats.Metric;
import org.fcsim.stats.MetricSummary;
import org.fcsim.stats.ReplicationResult;
import org.fcsim.stats.Summaries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped automation ladder, as shipped (5 replications per level, fixed seed), must show
 * the shift the product exists to show: people's picking hours fall and their exception and
 * robot-care hours rise as automation rises. "Falls" means the 95% intervals do not overlap,
 * so the claims hold beyond noise.
 *
 * <p>Its volumes are checked against its inputs too: the demand the order profile, lines per
 * order and units per line imply, and the picking hours that demand implies at the stations'
 * pick time. Expected values are computed here from the loaded scenario, never from fcsim's
 * own metrics.
 */
class AutomationLadderTest {
  /**
   * Units still in progress when the shift ends (ordered, not yet shipped) that a floor which
   * keeps up may hold beyond those it held when warm-up ended: about 15 minutes of the shift's
   * demand, 15 / 480 of it. The ladder's levels leave under 1%; a floor that falls behind
   * (half the capacity somewhere) leaves far more.
   */
  private static final double UNSHIPPED_ALLOWANCE = 0.03;
  /**
   * Lines ordered but not yet picked at the end of the shift, beyond those at the end of
   * warm-up, that goods-to-person stations which keep up may hold: about 7 minutes of demand.
   */
  private static final double UNPICKED_ALLOWANCE = 0.015;
  private static List<String> levels;
  private static List<Scenario> scenarios;
  private static List<List<ReplicationResult>> results;
  private static List<List<MetricSummary>> rows;

  @BeforeAll
  static void runTheLadder() {
    ScenarioLevels ladder = ScenarioLoader.loadLevels(Path.of("scenarios/automation-ladder.yaml"), Map.of());
    levels = ladder.names();
    scenarios = ladder.levels().stream().map(l -> l.scenario().scenario()).toList();
    // at least two threads, so the ladder also runs its replications concurrently on a one-core machine
    results = Experiment.run(scenarios, Math.max(2, Runtime.getRuntime().availableProcessors()), ProgressListener.NONE);
    rows = new ArrayList<>();
    for (int i = 0; i < levels.size(); i++) {
      rows.add(Summaries.of(levels.get(i), results.get(i)));
    }
  }

  private static MetricSummary at(String level, String metric) {
    return Summaries.find(rows.get(levels.indexOf(level)), metric);
  }

  /** {@code lower}'s whole interval lies below {@code higher}'s. */
  private static void assertClearlyBelow(String metric, String lowerLevel, String higherLevel) {
    MetricSummary lower = at(lowerLevel, metric);
    MetricSummary higher = at(higherLevel, metric);
    assertTrue(lower.ci95High() < higher.ci95Low(), String.format("%s: %s [%.2f, %.2f] should lie below %s [%.2f, %.2f]",
        metric, lowerLevel, lower.ci95Low(), lower.ci95High(), higherLevel, higher.ci95Low(), higher.ci95High()));
  }

  @Test
  void theLadderHasFiveLevelsFromManualToHighAutomation() {
    assertEquals(List.of("manual", "goods-to-person", "robotic-sort", "arm-assisted-pick", "high-automation"), levels);
  }

  @Test
  void peoplesPickingHoursFallAsAutomationRises() {
    String metric = "humanTaskHours.picking";
    assertClearlyBelow(metric, "goods-to-person", "manual");
    assertClearlyBelow(metric, "arm-assisted-pick", "goods-to-person");
    assertClearlyBelow(metric, "high-automation", "arm-assisted-pick");
    assertEquals(0, at("high-automation", metric).mean(), "arms at every station: no person picks at a station");
  }

  @Test
  void peoplesSortingHoursFallWhenSortingArmsArrive() {
    assertClearlyBelow("humanTaskHours.sorting", "robotic-sort", "goods-to-person");
  }

  @Test
  void peoplesExceptionAndRobotCareHoursRiseAsAutomationRises() {
    for (String metric : List.of("humanTaskHours.exceptions", "humanTaskHours.robotCare")) {
      assertClearlyBelow(metric, "robotic-sort", "arm-assisted-pick");
      assertClearlyBelow(metric, "arm-assisted-pick", "high-automation");
    }
    assertClearlyBelow("humanTaskHours.robotCare", "manual", "goods-to-person");
    assertTrue(at("high-automation", "taskHours.repair.roboticsTech").mean() > at("arm-assisted-pick", "taskHours.repair.roboticsTech").mean());
  }

  /** Orders per hour the profile implies over the measured window (warm-up end to horizon), from the scenario's inputs. */
  private static double ordersPerHourImplied(Scenario s) {
    double[] perSecByHour = s.demand().ordersPerSecByHour();
    double orders = 0;
    for (double t = s.warmupSec(); t < s.horizonSec(); ) {
      double hourEnd = Math.min(s.horizonSec(), (Math.floor(t / 3600) + 1) * 3600);
      orders += perSecByHour[(int) (t / 3600) % perSecByHour.length] * (hourEnd - t);
      t = hourEnd;
    }
    return orders / ((s.horizonSec() - s.warmupSec()) / 3600);
  }

  /**
   * Lines per order and units per line are counts, rounded and at least 1, so the spec's mean is
   * the count's mean only for whole numbers from 1 up: checked here, as the ladder lists them.
   */
  private static double unitsPerOrder(Scenario s) {
    for (DistSpec count : List.of(s.demand().linesPerOrder(), s.demand().unitsPerLine())) {
      assertTrue(count instanceof DistSpec.Empirical e && Arrays.stream(e.values()).allMatch(v -> v >= 1 && v == Math.rint(v)),
          "not a list of whole counts: " + count);
    }
    return s.demand().linesPerOrder().mean() * s.demand().unitsPerLine().mean();
  }

  /** {@code |mean - expected| <= half-width of the 95% CI + allowance * expected}. */
  private static void assertNear(MetricSummary row, double expected, double allowance, String context) {
    double halfWidth = (row.ci95High() - row.ci95Low()) / 2;
    assertTrue(Math.abs(row.mean() - expected) <= halfWidth + allowance * expected, String.format(
        "%s: %s %.2f [%.2f, %.2f], expected %.2f ± (CI half-width + %.1f%%)", context, row.metric().name(), row.mean(),
        row.ci95Low(), row.ci95High(), expected, 100 * allowance));
  }

  /**
   * Every level ships what its order profile asks for: the ladder's demand is
   * 1,993.75 orders/h × 5/3 lines × 1.2 units ≈ 3,987.5 units/h in the measured window, and every
   * level is sized to keep up. Tolerance: the interval's half-width plus the work a floor that
   * keeps up may still hold at the end ({@link #UNSHIPPED_ALLOWANCE}).
   */
  @Test
  void everyLevelShipsTheDemandItsInputsImply() {
    for (int i = 0; i < levels.size(); i++) {
      Scenario s = scenarios.get(i);
      double orders = ordersPerHourImplied(s);
      MetricSummary units = Summaries.find(rows.get(i), "unitsPerHour");
      assertEquals(s.replications(), units.replications());
      assertNear(units, orders * unitsPerOrder(s), UNSHIPPED_ALLOWANCE, levels.get(i));
      assertNear(Summaries.find(rows.get(i), "ordersPerHour"), orders, UNSHIPPED_ALLOWANCE, levels.get(i));
    }
  }

  /**
   * At the goods-to-person level every line is picked by the person at a station, one PICK task
   * per line, except the lines whose stock is missing (a problem solver sources those). So:
   * PICK tasks = lines ordered × (1 − missingPerLine); picking hours = units ordered ×
   * (1 − missingPerLine) × mean station pick time (people at stations pick at their primary task's
   * speed); and, per task, the mean pick time × units per line exactly. Counts and hours allow for
   * the 95% interval plus the lines still unpicked at the end ({@link #UNPICKED_ALLOWANCE}); the
   * hours per task is a per-line mean with no such effect, so it must lie inside its interval,
   * which must be narrower than 2% of it.
   */
  @Test
  void goodsToPersonPickingMatchesItsInputs() {
    int at = levels.indexOf("goods-to-person");
    Scenario s = scenarios.get(at);
    double hours = (s.horizonSec() - s.warmupSec()) / 3600;
    double picked = 1 - (s.inventory().given() ? s.inventory().recordErrorPerLine() : s.demand().missingPerLine());
    double units = ordersPerHourImplied(s) * hours * unitsPerOrder(s) * picked;
    double lines = units / s.demand().unitsPerLine().mean();
    double pickSec = s.pickStations().pickTimeSec().mean();
    List<MetricSummary> level = rows.get(at);
    assertNear(Summaries.find(level, "taskCount.pick.picker"), lines, UNPICKED_ALLOWANCE, "goods-to-person");
    assertNear(Summaries.find(level, "taskHours.pick.picker"), units * pickSec / 3600, UNPICKED_ALLOWANCE, "goods-to-person");

    Metric secPerLine = new Metric("pickSecPerLine", "s");
    List<ReplicationResult> perReplication = results.get(at).stream().map(r -> new ReplicationResult(r.replication(),
        Map.of(secPerLine, r.get("taskHours.pick.picker") * 3600 / r.get("taskCount.pick.picker")))).toList();
    MetricSummary perLine = Summaries.of("goods-to-person", perReplication).get(0);
    double exact = pickSec * s.demand().unitsPerLine().mean();
    assertTrue(perLine.ci95Low() <= exact && exact <= perLine.ci95High()
        && perLine.ci95High() - perLine.ci95Low() < 2 * 0.02 * exact,
        String.format("pick seconds per line %.3f [%.3f, %.3f], exact %.3f", perLine.mean(), perLine.ci95Low(),
            perLine.ci95High(), exact));
  }

  /**
   * Units come in as they go out: at every level people receive every case, and people stow every
   * unit below the levels with stow robots; as many units are received per hour as the inbound profile
   * offers (its mean rate over the measured window × 12 units a case, from the scenario) and
   * stowed as are received; at the goods-to-person level the stow hours are the units offered
   * × the mean stow time a unit; and walking each case to its shelf (manual) takes people clearly
   * more hours than stowing at stations.
   */
  @Test
  void peopleReceiveAndStowWhatComesInAtEveryLevel() {
    for (int i = 0; i < levels.size(); i++) {
      Scenario s = scenarios.get(i);
      List<MetricSummary> level = rows.get(i);
      double offered = casesPerHourImplied(s) * s.inbound().unitsPerCase().mean();
      assertEquals(1.0, Summaries.find(level, "humanShare.receive").mean(), levels.get(i));
      if (s.inbound().robotShare() == 0) {
        assertEquals(1.0, Summaries.find(level, "humanShare.stow").mean(), levels.get(i));
      }
      assertNear(Summaries.find(level, "receivedUnitsPerHour"), offered, 0.01, levels.get(i));
      assertNear(Summaries.find(level, "stowedUnitsPerHour"), offered, UNSHIPPED_ALLOWANCE, levels.get(i));
    }
    int at = levels.indexOf("goods-to-person");
    Scenario s = scenarios.get(at);
    double units = casesPerHourImplied(s) * s.inbound().unitsPerCase().mean() * (s.horizonSec() - s.warmupSec()) / 3600;
    double stowSec = s.associates().taskTimeSec().get(org.fcsim.task.TaskType.STOW).mean();
    assertNear(Summaries.find(rows.get(at), "taskHours.stow.stower"), units * stowSec / 3600, UNSHIPPED_ALLOWANCE,
        "goods-to-person");
    assertClearlyBelow("humanTaskHours.inbound", "goods-to-person", "manual");
  }

  /**
   * Stowing moves from people to robots as stow robots take the stations: people's stow hours
   * (stowing plus taking the robots' failures) fall clearly from goods-to-person to
   * arm-assisted-pick (half the stations robotic) to high-automation (all of them), the robots'
   * rise; at high-automation the robots place about the eligible share (80% of units) times the
   * chance of placing within a retry (1 - 0.15^2), and people stow only what the robots hand over.
   */
  @Test
  void stowHoursMoveFromPeopleToRobotsWithPeopleTakingTheirFailures() {
    for (String level : levels) {
      Scenario s = scenarios.get(levels.indexOf(level));
      if (s.inbound().robotShare() == 0) {
        continue;
      }
      assertTrue(at(level, "taskHours.stow.stowRobot").ci95Low() > 0, level + ": robots stow");
      assertTrue(at(level, "taskHours.stowFailure.stower").ci95Low() > 0, level + ": people take the robots' failures");
    }
    String people = "humanTaskHours.inbound";
    assertClearlyBelow(people, "arm-assisted-pick", "goods-to-person");
    assertClearlyBelow(people, "high-automation", "arm-assisted-pick");
    assertClearlyBelow("taskHours.stow.stowRobot", "arm-assisted-pick", "high-automation");
    assertEquals(0.0, at("high-automation", "taskHours.stow.stower").mean(), "every station is robotic");
    assertEquals(0.80 * (1 - 0.15 * 0.15), at("high-automation", "robotStowedShare").mean(), 0.02);
  }

  /**
   * Pack machines at the highest level: packing hours move from people to machines, packers clear
   * the jams, and the machines' share of orders is the share whose every unit is box or polybag
   * (0.8 a line over 1, 2 or 3 lines with weights 3:2:1, orders above 5 units negligible), less
   * the jammed ones (1%), within 0.02 for the time every machine is down.
   */
  @Test
  void packHoursMoveFromPeopleToMachinesWithPackersClearingTheJams() {
    for (String level : levels) {
      boolean machines = scenarios.get(levels.indexOf(level)).packing().machines() > 0;
      assertEquals(machines, level.equals("high-automation"), level + ": pack machines only at the highest level");
    }
    assertTrue(at("high-automation", "taskHours.pack.packMachine").ci95Low() > 0, "machines pack");
    assertTrue(at("high-automation", "taskHours.packJam.packer").ci95Low() > 0, "packers clear the jams");
    assertClearlyBelow("humanTaskHours.packing", "high-automation", "arm-assisted-pick");
    assertClearlyBelow("taskHours.pack.packer", "high-automation", "arm-assisted-pick");
    double eligible = (3 * 0.8 + 2 * 0.8 * 0.8 + 0.8 * 0.8 * 0.8) / 6;
    assertEquals(eligible * (1 - 0.01), at("high-automation", "machinePackedShare").mean(), 0.02);
  }

  /** Mean cases per hour the inbound profile offers between warm-up and horizon (it repeats by hour). */
  private static double casesPerHourImplied(Scenario s) {
    double[] perSec = s.inbound().casesPerSecByHour();
    double cases = 0;
    for (double t = s.warmupSec(); t < s.horizonSec(); ) {
      double until = Math.min((Math.floor(t / 3600) + 1) * 3600, s.horizonSec());
      cases += perSec[(int) ((long) Math.floor(t / 3600) % perSec.length)] * (until - t);
      t = until;
    }
    return cases / ((s.horizonSec() - s.warmupSec()) / 3600);
  }

  /** The shipped ladder is sized for its demand: every level keeps up, with a named bottleneck and no warning. */
  @Test
  void everyLevelKeepsUpWithANamedBottleneck() {
    for (int i = 0; i < levels.size(); i++) {
      org.fcsim.stats.Verdict v = org.fcsim.stats.Verdict.of(new org.fcsim.stats.LevelResults(levels.get(i), results.get(i)),
          List.of());
      assertEquals("yes", v.keepsUp(), v.line());
      assertTrue(!v.bottleneck().isEmpty() && v.bottleneckUtilization() > 0.5 && v.bottleneckUtilization() <= 1, v.line());
    }
  }
}
