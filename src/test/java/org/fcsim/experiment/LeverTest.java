package org.fcsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.fcsim.task.Role;
import org.junit.jupiter.api.Test;

/** A lever names the resource group the verdict measures it by, both ways. */
class LeverTest {
  @Test
  void aRoleIsMeasuredByItsKeyAndItsStationAndFloaterGroups() {
    Lever pickers = Lever.of(Role.PICKER);
    assertEquals("picker", pickers.group());
    assertTrue(pickers.measuredAs("picker") && pickers.measuredAs("picker.station") && pickers.measuredAs("picker.floater"));
    assertFalse(pickers.measuredAs("pickStations") || pickers.measuredAs("packer"));
  }

  @Test
  void equipmentIsMeasuredByItsGroupsPlural() {
    assertEquals("driveUnits", Lever.equipment("driveUnit").group());
    assertEquals("pickArms", Lever.equipment("armCell").group());
    assertEquals("sortArms", Lever.equipment("sortArm").group());
    assertEquals("chargers", Lever.equipment("charger").group());
    assertEquals("packMachines", Lever.equipment("packMachine").group());
    org.fcsim.scenario.Scenario s = org.fcsim.scenario.ScenarioLoader.parse("s.yaml",
        "demand: { mode: poisson }\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)).scenario();
    Lever machines = Lever.equipment("packMachine");
    assertEquals(3, machines.valueIn(machines.applied(s, 3)), "applied as packing.machines");
    assertEquals(10_000, machines.max(s), "the key's range");
    assertTrue(Lever.equipment("driveUnit").measuredAs("driveUnits"));
    assertFalse(Lever.equipment("driveUnit").measuredAs("driveUnit.station"), "only roles have station groups");
    assertThrows(IllegalArgumentException.class, () -> Lever.equipment("robotDog"));
  }
}
