package org.fcsim.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/** Every {@link NamedChoice} on the class path, by {@link NamedChoice#what()}; looked up once. */
final class NamedChoices {
  private static final Map<String, NamedChoice> BY_WHAT = load();

  private NamedChoices() {}

  private static Map<String, NamedChoice> load() {
    Map<String, NamedChoice> byWhat = new LinkedHashMap<>();
    for (NamedChoice.Source source : ServiceLoader.load(NamedChoice.Source.class, NamedChoices.class.getClassLoader())) {
      for (NamedChoice choice : source.choices()) {
        byWhat.putIfAbsent(choice.what(), choice);
      }
    }
    return byWhat;
  }

  /**
   * The names known now for {@code what}.
   *
   * @throws IllegalStateException if no source publishes it: a packaging fault, not bad input
   */
  static List<String> names(String what) {
    return choice(what).names();
  }

  /** The choice published for {@code what}; fails as {@link #names} does. */
  static NamedChoice choice(String what) {
    NamedChoice choice = BY_WHAT.get(what);
    if (choice == null) {
      throw new IllegalStateException("no " + what + " registry on the class path (META-INF/services/"
          + NamedChoice.Source.class.getName() + " lists the sources); found: " + BY_WHAT.keySet());
    }
    return choice;
  }
}
