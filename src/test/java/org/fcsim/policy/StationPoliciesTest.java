package org.fcsim.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.fcsim.floor.PickStation;
import org.fcsim.sim.Streams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import umontreal.ssj.simevents.Simulator;

class StationPoliciesTest {
  private final Simulator simulator = new Simulator();

  private List<PickStation> stationsWithLoads(int... loads) {
    List<PickStation> stations = new ArrayList<>();
    for (int i = 0; i < loads.length; i++) {
      PickStation s = new PickStation(simulator, i, 1, () -> 1.0, () -> 1.0);
      for (int k = 0; k < loads[i]; k++) {
        s.commit();
      }
      stations.add(s);
    }
    return stations;
  }

  static List<String> names() {
    return StationPolicies.names();
  }

  /** The contract every station policy must keep: it returns one of the stations it was given. */
  @ParameterizedTest
  @MethodSource("names")
  void everyPolicyReturnsOneOfTheGivenStations(String name) {
    StationPolicy policy = StationPolicies.create(name, new Streams(3, 0).stream("p"));
    List<PickStation> stations = stationsWithLoads(3, 1, 4, 1, 0, 2);
    for (int i = 0; i < 1000; i++) {
      assertTrue(stations.contains(policy.choose(stations)));
    }
    List<PickStation> one = stationsWithLoads(7);
    assertSame(one.get(0), policy.choose(one));
  }

  @Test
  void shortestQueueTakesTheLeastCommittedStationAndSplitsTiesEvenly() {
    StationPolicy policy = new ShortestQueueStation(new Streams(3, 0).stream("p"));
    assertEquals(2, policy.choose(stationsWithLoads(2, 3, 0, 1)).index());
    List<PickStation> tied = stationsWithLoads(1, 0, 4, 0, 0);
    int[] counts = new int[5];
    int draws = 30_000;
    for (int i = 0; i < draws; i++) {
      counts[policy.choose(tied).index()]++;
    }
    assertEquals(0, counts[0] + counts[2]);
    for (int s : new int[] {1, 3, 4}) {
      // binomial(30000, 1/3): sd = 81.6; 5 sd = 408
      assertEquals(draws / 3.0, counts[s], 408, "station " + s);
    }
  }

  @Test
  void uniformRandomIgnoresLoad() {
    StationPolicy policy = new UniformRandomStation(new Streams(3, 0).stream("p"));
    List<PickStation> stations = stationsWithLoads(9, 0);
    int first = 0;
    int draws = 20_000;
    for (int i = 0; i < draws; i++) {
      first += policy.choose(stations).index() == 0 ? 1 : 0;
    }
    assertEquals(draws / 2.0, first, 5 * Math.sqrt(draws / 4.0));
  }

  @Test
  void unknownNamesListTheKnownOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> StationPolicies.create("nearest", new Streams(1, 0).stream("p")));
    assertTrue(e.getMessage().contains("uniformRandom") && e.getMessage().contains("shortestQueue"), e.getMessage());
  }
}
