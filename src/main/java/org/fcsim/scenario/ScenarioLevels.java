package org.fcsim.scenario;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A scenario file's automation levels, each validated as a scenario of its own. Built by
 * {@link ScenarioLoader#loadLevels}; see {@code Levels} for the syntax.
 *
 * @param base         the file without {@code levels:} and {@code sweep:}, validated; its
 *                     scenario's name and seed are every level's (levels cannot change them)
 * @param levels       in file order, a level's sweep values in list order; at least one. A file
 *                     without {@code levels:} has the single level {@code base}
 * @param resolvedYaml the base with every default written out, then {@code levels:} and
 *                     {@code sweep:} as written; loading it again gives the same levels
 */
public record ScenarioLevels(LoadedScenario base, List<Level> levels, String resolvedYaml) {
  /**
   * One automation level (or sweep point): its name, its scenario, and where it sits in the
   * sweep ({@code null} when the file has none).
   */
  public record Level(String name, LoadedScenario scenario, SweepPoint point) {
    /** A level that is no sweep point. */
    public Level(String name, LoadedScenario scenario) {
      this(name, scenario, null);
    }
  }

  public ScenarioLevels {
    Objects.requireNonNull(base, "base");
    levels = List.copyOf(levels);
    Objects.requireNonNull(resolvedYaml, "resolvedYaml");
    if (levels.isEmpty()) {
      throw new IllegalArgumentException("a scenario has at least one level");
    }
  }

  public List<String> names() {
    return levels.stream().map(Level::name).toList();
  }

  /**
   * Only the levels {@code wanted} names, kept in file order. A name selects the level of that
   * name or, if there is none, every sweep point of that level ({@code manual} selects
   * {@code manual/driveUnits.count=5}, {@code manual/driveUnits.count=10}, ...).
   * {@code resolvedYaml} stays that of the whole file.
   *
   * @throws IllegalArgumentException naming the first unknown name and listing the known ones
   */
  public ScenarioLevels select(Collection<String> wanted) {
    List<Level> kept = new ArrayList<>();
    for (String name : wanted) {
      boolean exact = levels.stream().anyMatch(l -> l.name().equals(name));
      boolean any = false;
      for (Level l : levels) {
        if (exact ? l.name().equals(name) : l.name().startsWith(name + "/")) {
          any = true;
          if (!kept.contains(l)) {
            kept.add(l);
          }
        }
      }
      if (!any) {
        throw new IllegalArgumentException(unknown(name));
      }
    }
    kept.sort((a, b) -> Integer.compare(levels.indexOf(a), levels.indexOf(b)));
    return new ScenarioLevels(base, kept, resolvedYaml);
  }

  /**
   * The level {@code name} stands for: the level of that name or, if there is none, the first
   * sweep point of that level ({@code manual} stands for {@code manual/driveUnits.count=5}), so a
   * baseline named in the file survives a sweep from the command line. {@code null} when neither exists.
   */
  public String levelNamed(String name) {
    if (names().contains(name)) {
      return name;
    }
    return names().stream().filter(l -> l.startsWith(name + "/")).findFirst().orElse(null);
  }

  /** {@code unknown level "NAME"}, the nearest level's name if one is close, and every level's name: one line. */
  public String unknown(String name) {
    return "unknown level \"" + Excerpt.of(name) + "\"" + Section.suggestion(name, names()) + "; known: "
        + String.join(", ", names());
  }
}
