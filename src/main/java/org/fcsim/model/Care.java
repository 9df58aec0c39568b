package org.fcsim.model;

import org.fcsim.flow.RobotCare;
import org.fcsim.flow.Work;

/** The robot-care service every kind of robot on the floor uses: rescue, repair, charging ({@link RobotCare}). */
final class Care implements Part {
  private final RobotCare care;

  Care(Site site, Work work) {
    this.care = new RobotCare(site.simulator(), work, site.ledger());
  }

  RobotCare service() {
    return care;
  }
}
