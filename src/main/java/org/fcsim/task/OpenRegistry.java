package org.fcsim.task;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The entries of one open set (task types, roles, performers) in registration order: fcsim's
 * built-ins first, then whatever research code registers before it loads a scenario. An
 * entry's position is its index, which never changes.
 */
final class OpenRegistry<T> {
  private final String what;
  private final Function<T, String> keyOf;
  private volatile List<T> entries = List.of();

  OpenRegistry(String what, Function<T, String> keyOf) {
    this.what = what;
    this.keyOf = keyOf;
  }

  /** The index the next entry gets. */
  synchronized int nextIndex() {
    return entries.size();
  }

  /**
   * Appends {@code entry}, built with {@link #nextIndex()}.
   *
   * @throws IllegalArgumentException if its key is taken or is not a plain camel-case name
   */
  synchronized T add(T entry) {
    String key = keyOf.apply(entry);
    if (key == null || !key.matches("[a-z][A-Za-z0-9]{0,63}")) {
      throw new IllegalArgumentException(what + " key must be a lower-case letter then letters or digits: \"" + key + "\"");
    }
    if (byKey(key) != null) {
      throw new IllegalArgumentException(what + " \"" + key + "\" is registered twice");
    }
    List<T> grown = new ArrayList<>(entries);
    grown.add(entry);
    entries = List.copyOf(grown);
    return entry;
  }

  List<T> all() {
    return entries;
  }

  T byKey(String key) {
    for (T entry : entries) {
      if (keyOf.apply(entry).equals(key)) {
        return entry;
      }
    }
    return null;
  }
}
