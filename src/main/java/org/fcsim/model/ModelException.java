package org.fcsim.model;

/**
 * A failure inside a replication: a broken invariant or an impossible event. The message names
 * the replication, the simulated time and what went wrong, in one line.
 */
public final class ModelException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ModelException(String message, Throwable cause) {
    super(message.replace('\n', ' '), cause);
  }

  /**
   * Where {@code e} happened, as {@code Class.method (File.java:line)}: the innermost frame of
   * fcsim's own (or research) code, then — if different — the event handler that was running,
   * the frame the kernel's {@code Action} called: together they name the agent or flow, what it
   * was doing, and the code that failed.
   */
  static String where(Throwable e) {
    StackTraceElement[] frames = e.getStackTrace();
    StackTraceElement innermost = null;
    StackTraceElement handler = null;
    for (int i = 0; i < frames.length; i++) {
      String cls = frames[i].getClassName();
      if (innermost == null && cls.startsWith("org.fcsim.") && !cls.startsWith("org.fcsim.sim.")) {
        innermost = frames[i];
      }
      if (cls.equals("org.fcsim.sim.Action") && frames[i].getMethodName().equals("actions")) {
        for (int j = i - 1; j >= 0; j--) {
          if (frames[j].getClassName().startsWith("org.fcsim.") && !frames[j].getMethodName().startsWith("lambda$")) {
            handler = frames[j];
            break;
          }
        }
        break;
      }
    }
    if (innermost == null) {
      return "the simulation kernel";
    }
    String at = describe(innermost);
    return handler == null || handler == innermost ? at : at + " during " + describe(handler);
  }

  private static String describe(StackTraceElement frame) {
    String cls = frame.getClassName();
    return cls.substring(cls.lastIndexOf('.') + 1) + "." + frame.getMethodName()
        + " (" + frame.getFileName() + ":" + frame.getLineNumber() + ")";
  }
}
