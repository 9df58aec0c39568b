package org.fcsim.policy;

import java.util.Map;
import org.fcsim.agent.AssignmentPolicies;
import org.fcsim.scenario.Choice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every built-in policy of every kind keeps {@link PolicyContract}; a policy added to a registry here is checked too. */
class PolicyContractTest {
  static Iterable<String> stationPolicies() {
    return StationPolicies.names();
  }

  static Iterable<String> podPolicies() {
    return PodPolicies.names();
  }

  static Iterable<String> armPolicies() {
    return ArmPolicies.names();
  }

  static Iterable<String> stowPolicies() {
    return StowPolicies.names();
  }

  static Iterable<String> assignmentPolicies() {
    return AssignmentPolicies.names();
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
  @MethodSource("assignmentPolicies")
  void assignmentPolicy(String name) {
    PolicyContract.assignment(() -> AssignmentPolicies.create(name));
  }
}
