package org.fcsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A build outside a git checkout leaves Maven's placeholders unfilled; they read as "unknown".
 * (That such a build passes is a manual check: copy pom.xml and src/ to a folder outside git and
 * run {@code mvn -o -DskipTests package}.)
 */
class BuildTest {
  @Test
  void anUnfilledPlaceholderOrNothingIsUnknown() {
    assertEquals("unknown", Build.known("${git.commit.id}"));
    assertEquals("unknown", Build.known(null));
    assertEquals("unknown", Build.known(" "));
    assertEquals("e43577e50490bd4ee29a84a4b415dba339241221", Build.known("e43577e50490bd4ee29a84a4b415dba339241221"));
  }
}
