package org.fcsim.scenario;

import java.util.LinkedHashSet;
import java.util.Set;

/** What one load of one file shares across its sections: the file name and every key path read. */
final class LoadContext {
  private final String file;
  private final Set<String> declaredPaths = new LinkedHashSet<>();

  LoadContext(String file) {
    this.file = file;
  }

  String file() {
    return file;
  }

  void declared(String keyPath) {
    declaredPaths.add(keyPath);
  }

  /** Every key path the loader asked for, in reading order; the reference scenario lists them all. */
  Set<String> declaredPaths() {
    return declaredPaths;
  }
}
