package org.fcsim.model;

import org.fcsim.flow.Fulfilment;
import org.fcsim.flow.OrderLine;
import org.fcsim.flow.PickerToPartsFlow;
import org.fcsim.flow.Work;
import org.fcsim.scenario.Scenario;
import org.fcsim.sim.Variates;
import org.fcsim.task.Role;

/** Picker-to-parts: associates batch lines into walking tours of the aisles ({@link PickerToPartsFlow}). */
final class ManualPicking implements Part {
  private final PickerToPartsFlow flow;

  ManualPicking(Site site, Work work, Fulfilment fulfilment) {
    Scenario scenario = site.scenario();
    flow = new PickerToPartsFlow(site.simulator(), scenario.pickerToParts(), fulfilment, work,
        Variates.of(scenario.pickerToParts().pickTimeSec(), site.streams().stream("pickerToParts/pickTime")),
        scenario.associates().countPerShift().get(Role.PICKER));
  }

  void onLine(OrderLine line) {
    flow.onLine(line);
  }

  /** Units of the lines waiting for a tour. */
  long pooledUnits() {
    return flow.pooledUnits();
  }
}
