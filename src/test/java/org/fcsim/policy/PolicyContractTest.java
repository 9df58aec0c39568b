package org.fcsim.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.fcsim.agent.AssignmentPolicies;
import org.fcsim.scenario.Choice;
import org.fcsim.sim.Streams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every policy fcsim ships, of every kind, keeps {@link PolicyContract}; one registered in a
 * registry class is checked without a line here. Policies other tests register in this JVM (some
 * break on purpose: {@code ModelErrorTest}) are left out: only classes from fcsim's own jar or
 * class folder count.
 */
class PolicyContractTest {
  private static <P> List<String> shipped(List<String> names, Function<String, P> create) {
    URL fcsim = StationPolicies.class.getProtectionDomain().getCodeSource().getLocation();
    return names.stream().filter(n -> fcsim.equals(create.apply(n).getClass().getProtectionDomain().getCodeSource().getLocation()))
        .toList();
  }

  static List<String> stationPolicies() {
    return shipped(StationPolicies.names(), n -> StationPolicies.create(n, new Streams(1, 0).stream("p")));
  }

  static List<String> podPolicies() {
    return shipped(PodPolicies.names(), PodPolicies::create);
  }

  static List<String> armPolicies() {
    return shipped(ArmPolicies.names(), ArmPolicies::create);
  }

  static List<String> stowPolicies() {
    return shipped(StowPolicies.names(), StowPolicies::create);
  }

  static List<String> storagePolicies() {
    return shipped(StoragePolicies.names(), name -> StoragePolicies.create(name, null));
  }

  static List<String> assignmentPolicies() {
    return shipped(AssignmentPolicies.names(), AssignmentPolicies::create);
  }

  @Test
  void everyKindHasItsShippedPolicies() {
    assertEquals(List.of("uniformRandom", "shortestQueue"), stationPolicies());
    assertEquals(List.of("oldestLine", "mostUnits", "nearFront"), podPolicies());
    assertEquals(List.of("eligibleOnly", "confidentOnly"), armPolicies());
    assertEquals(List.of("mostRoom", "lowestStock"), stowPolicies());
    assertEquals(List.of("primaryRoleFirst", "longestIdle"), assignmentPolicies());
    assertEquals(List.of("ownCell", "nearestFree", "randomFree", "turnoverClass"), storagePolicies());
  }

  @ParameterizedTest
  @MethodSource("stationPolicies")
  void stationPolicy(String name) {
    PolicyContract.station(stream -> StationPolicies.create(name, stream));
  }

  @ParameterizedTest
  @MethodSource("podPolicies")
  void podPolicy(String name) {
    PolicyContract.pod(() -> PodPolicies.create(name));
  }

  @Test
  void podPolicyNearFrontAtEveryWindowSize() {
    for (int window : new int[] {1, 2, 5, 1000}) {
      PolicyContract.pod(() -> PodPolicies.create(new Choice("nearFront", Map.of("window", (double) window))));
    }
  }

  @ParameterizedTest
  @MethodSource("armPolicies")
  void armPolicy(String name) {
    PolicyContract.arm(() -> ArmPolicies.create(name));
  }

  @ParameterizedTest
  @MethodSource("stowPolicies")
  void stowPolicy(String name) {
    PolicyContract.stow(() -> StowPolicies.create(name));
  }

  @ParameterizedTest
  @MethodSource("storagePolicies")
  void storagePolicy(String name) {
    PolicyContract.storage(stream -> StoragePolicies.create(name, stream));
  }

  @ParameterizedTest
  @MethodSource("assignmentPolicies")
  void assignmentPolicy(String name) {
    PolicyContract.assignment(() -> AssignmentPolicies.create(name));
  }
}
