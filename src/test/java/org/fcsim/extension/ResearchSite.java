package org.fcsim.extension;

import java.util.Set;
import org.fcsim.cli.Main;
import org.fcsim.dist.DistSpec;
import org.fcsim.task.Performer;
import org.fcsim.task.Role;
import org.fcsim.task.TaskType;

/**
 * Research code outside fcsim's packages: registers a task type, a role that does it, and a
 * robot kind, then runs fcsim's command line with the given arguments. Run in a child JVM by
 * {@link OpenSetsTest}, so its registrations never leak into other tests.
 */
public final class ResearchSite {
  private ResearchSite() {}

  public static void main(String[] args) {
    TaskType coaching = TaskType.register("coaching", TaskType.Category.EXCEPTIONS, new DistSpec.Constant(40));
    Role.register("trainer", Set.of(coaching), 2);
    Performer.robot("stowRobot");
    System.exit(Main.execute(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args));
  }
}
