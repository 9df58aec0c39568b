package org.fcsim.policy;

/**
 * Chooses which pod a received case of one SKU is stowed onto, among the pods holding a slot of
 * it that are in storage and have room (replenishment). Called when a drive unit is free and a
 * stow station can take another pod.
 */
public interface StowPolicy {
  /** What a policy may read of a candidate pod. */
  interface Candidate {
    /** Units the pod can still take. */
    long room();

    /** Units of the case's SKU on the pod now. */
    long skuStock();
  }

  /**
   * @param candidates never empty, in the SKU's slot order
   * @return the index in {@code candidates} of the pod to stow onto
   */
  int choose(java.util.List<? extends Candidate> candidates);
}
