package org.fcsim.policy;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntPredicate;
import org.fcsim.scenario.NamedChoice;
import umontreal.ssj.rng.RandomStream;

/**
 * The storage policies by name (key {@code floor.storagePolicy}). To add one: one class or
 * lambda implementing {@link StoragePolicy}, one line here (or {@link #register}).
 * <ul>
 *   <li>{@code ownCell}: back to the cell it came from (today's behaviour, the default);
 *   <li>{@code nearestFree}: the free cell nearest (in drive time) the station it leaves;
 *   <li>{@code randomFree}: a free cell drawn uniformly, from the policy's own stream;
 *   <li>{@code turnoverClass}: classes A, B, C (0, 1, 2). Cells: the 20% nearest a station
 *       (least drive time from any pick or stow station) are A, the next 30% B, the rest C. Pods: by visits so far
 *       in the replication, the top 20% are A, the next 30% B, the rest C (ties to the lower pod
 *       index). A pod goes to the free cell of its own class nearest the station it leaves, or,
 *       with none free there, the nearest free cell.
 * </ul>
 * Ties between equally near cells go to the first in reading order.
 */
public final class StoragePolicies {
  /** Shares of classes A and B, of cells and of pods alike; C is the rest. */
  public static final double[] CLASS_SHARES = {0.2, 0.3};

  private static final Registry<BiFunction<org.fcsim.scenario.Choice, RandomStream, StoragePolicy>> REGISTRY =
      new Registry<BiFunction<org.fcsim.scenario.Choice, RandomStream, StoragePolicy>>("storage policy")
          .register("ownCell", (c, stream) -> StoragePolicy.Choice::ownCell)
          .register("nearestFree", (c, stream) -> choice -> nearest(choice, cell -> true))
          .register("randomFree", (c, stream) -> choice -> choice.freeCells()[stream.nextInt(0, choice.freeCells().length - 1)])
          .register("turnoverClass", (c, stream) -> choice -> {
            int inClass = nearest(choice, cell -> choice.cellClass(cell) == choice.podClass());
            return inClass >= 0 ? inClass : nearest(choice, cell -> true);
          });

  private StoragePolicies() {}

  /** The free cell passing {@code allowed} nearest the station, first in reading order on ties; −1 if none. */
  private static int nearest(StoragePolicy.Choice choice, IntPredicate allowed) {
    int best = -1;
    double bestSec = Double.POSITIVE_INFINITY;
    for (int cell : choice.freeCells()) {
      double sec = choice.secondsTo(cell);
      if (allowed.test(cell) && sec < bestSec) {
        best = cell;
        bestSec = sec;
      }
    }
    return best;
  }

  /** Adds an implementation under {@code name}, for research code outside this package. */
  public static void register(String name, Function<RandomStream, StoragePolicy> factory) {
    REGISTRY.register(name, (c, stream) -> factory.apply(stream));
  }

  /** Adds an implementation taking {@code parameters}; {@code factory} gets their values and the stream. */
  public static void register(String name, List<NamedChoice.Parameter> parameters,
      BiFunction<org.fcsim.scenario.Choice, RandomStream, StoragePolicy> factory) {
    REGISTRY.register(name, parameters, factory);
  }

  public static List<String> names() {
    return REGISTRY.names();
  }

  static NamedChoice choice() {
    return REGISTRY;
  }

  /**
   * A new policy for one replication.
   *
   * @param stream the policy's own random stream ({@code storagePolicy}); only randomFree draws from it
   */
  public static StoragePolicy create(org.fcsim.scenario.Choice choice, RandomStream stream) {
    return REGISTRY.get(choice.name()).apply(choice, stream);
  }

  /** A new policy with every parameter at its default. */
  public static StoragePolicy create(String name, RandomStream stream) {
    return create(REGISTRY.defaults(name), stream);
  }
}
