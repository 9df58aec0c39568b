package org.fcsim.scenario;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The known name a misspelling most likely meant, for "did you mean" hints on scenario keys,
 * names and command-line options alike: the candidate at the least edit distance (ignoring case),
 * if that distance is at most max(2, a third of the given name's length); ties go to the
 * earliest candidate.
 */
public final class NearestName {
  private NearestName() {}

  public static Optional<String> of(String given, Collection<String> candidates) {
    LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
    return candidates.stream()
        .min(Comparator.comparingInt(c -> distance.apply(c.toLowerCase(), given.toLowerCase())))
        .filter(c -> distance.apply(c.toLowerCase(), given.toLowerCase()) <= Math.max(2, given.length() / 3));
  }
}
