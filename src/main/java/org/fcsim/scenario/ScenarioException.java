package org.fcsim.scenario;

/**
 * A scenario file the loader cannot accept. {@link #getMessage()} is the single line a user
 * sees: {@code file:line:column: key.path: what is wrong; what is allowed}. It is thrown
 * before any simulation starts and before any results folder exists.
 */
public final class ScenarioException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final YamlNode.Location at;
  private final String keyPath;
  private final String problem;

  public ScenarioException(String file, YamlNode.Location at, String keyPath, String problem) {
    super(format(file, at, keyPath, problem));
    this.file = file;
    this.at = at;
    this.keyPath = keyPath;
    this.problem = problem;
  }

  /** The file as named to the loader. */
  public String file() {
    return file;
  }

  /** Line and column of the offending node; null when the problem is the whole file. */
  public YamlNode.Location at() {
    return at;
  }

  /** What is wrong and what is allowed, without the location. */
  public String problem() {
    return problem;
  }

  /**
   * The same problem at the same place, blamed on {@code outerKeyPath} (a level whose overrides
   * caused it): {@code file:line:col: outer.path: key.path: problem}.
   */
  public ScenarioException blamedOn(String outerKeyPath) {
    ScenarioException blamed = new ScenarioException(file, at, outerKeyPath,
        keyPath.isEmpty() ? problem : keyPath + ": " + problem);
    blamed.initCause(this);
    return blamed;
  }

  /** Dotted path of the offending key ({@code pickStations.count}); empty for the whole file. */
  public String keyPath() {
    return keyPath;
  }

  /** A key path with each overlong key (a pasted paragraph) cut short by {@link Excerpt}. */
  private static String shortened(String keyPath) {
    StringBuilder sb = new StringBuilder();
    for (String key : keyPath.split("\\.", -1)) {
      sb.append(sb.length() == 0 ? "" : ".").append(Excerpt.of(key));
    }
    return sb.toString();
  }

  private static String format(String file, YamlNode.Location at, String keyPath, String problem) {
    String where = at == null ? file : file + ":" + at.line() + ":" + at.column();
    String key = keyPath.isEmpty() ? "" : shortened(keyPath) + ": ";
    return (where + ": " + key + problem).replace('\n', ' ').replace('\r', ' ');
  }
}
