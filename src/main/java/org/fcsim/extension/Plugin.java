package org.fcsim.extension;

/**
 * Research code's way into fcsim without editing its source. fcsim finds every implementation
 * with {@link java.util.ServiceLoader} — on the class path, and in every jar of the folder
 * {@code ./fcsim --plugins DIR} (or the environment variable {@code FCSIM_PLUGINS}) names —
 * each listed in its jar's {@code META-INF/services/org.fcsim.extension.Plugin}, with a public
 * no-argument constructor.
 *
 * <p>{@link #register} is called once per run, before any scenario loads. It registers what the
 * plugin adds with fcsim's open registries: task types ({@code task.TaskType.register}), roles
 * ({@code task.Role.register}), robot kinds that do a share of the work
 * ({@code flow.RobotKinds.register}), and policies with their parameters
 * ({@code policy.PodPolicies}, {@code StationPolicies}, {@code ArmPolicies},
 * {@code StowPolicies}, {@code agent.AssignmentPolicies}). A scenario then names them.
 */
public interface Plugin {
  /**
   * Registers the plugin's additions. An exception stops fcsim with one line naming the plugin
   * (exit code 2), before anything runs.
   */
  void register();
}
