package org.fcsim.sim;

/** Draws one value of a distribution from the stream it was built on. */
@FunctionalInterface
public interface Sampler {
  double sample();
}
