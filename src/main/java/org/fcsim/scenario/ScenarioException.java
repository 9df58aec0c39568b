package org.fcsim.scenario;

/**
 * A scenario file the loader cannot accept. {@link #getMessage()} is the single line a user
 * sees: {@code file:line:column: key.path: what is wrong; what is allowed}. It is thrown
 * before any simulation starts and before any results folder exists.
 */
public final class ScenarioException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String keyPath;

  public ScenarioException(String file, YamlNode.Location at, String keyPath, String problem) {
    super(format(file, at, keyPath, problem));
    this.keyPath = keyPath;
  }

  /** Dotted path of the offending key ({@code pickStations.count}); empty for the whole file. */
  public String keyPath() {
    return keyPath;
  }

  private static String format(String file, YamlNode.Location at, String keyPath, String problem) {
    String where = at == null ? file : file + ":" + at.line() + ":" + at.column();
    String key = keyPath.isEmpty() ? "" : keyPath + ": ";
    return (where + ": " + key + problem).replace('\n', ' ').replace('\r', ' ');
  }
}
