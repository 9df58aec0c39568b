package org.fcsim.model;

/**
 * A failure inside a replication: a broken invariant or an impossible event. The message names
 * the replication, the simulated time and what went wrong, in one line.
 */
public final class ModelException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ModelException(String message, Throwable cause) {
    super(message, cause);
  }
}
