package org.fcsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a new user meets first: no command, the top-level help, a misspelled option or command. */
class CommandLineHelpTest {
  @Test
  void noCommandIsBadInputAndPrintsTheUsage() {
    Fcsim.Outcome o = Fcsim.run();
    assertEquals(2, o.code());
    assertEquals("", o.out());
    assertTrue(o.err().startsWith("fcsim: name a command"), o.err());
    assertTrue(o.err().contains("Usage: fcsim") && o.err().contains("Commands:"), o.err());
  }

  @Test
  void theTopLevelHelpDescribesEveryCommandInWholeSentences() {
    Fcsim.Outcome o = Fcsim.run("--help");
    assertEquals(0, o.code());
    List<String> lines = o.out().lines().toList();
    List<String> commands = lines.subList(lines.indexOf("Commands:") + 1, lines.size());
    assertEquals(8, commands.size(), o.out()); // one line each: nothing wraps or is cut
    for (String line : commands) {
      assertTrue(line.endsWith("."), "cut mid-sentence: " + line);
    }
  }

  @Test
  void aMisspelledOptionOrCommandSuggestsTheNearestName() {
    assertEquals("fcsim: Unknown option: '--treads'; did you mean --threads? (see 'fcsim run --help')\n",
        Fcsim.run("run", "--treads", "x.yaml").err().replace("\r", ""));
    Fcsim.Outcome quiet = Fcsim.run("sweep", "--qiet", "x.yaml");
    assertEquals(2, quiet.code());
    assertTrue(quiet.err().contains("; did you mean --quiet?"), quiet.err());
    assertTrue(Fcsim.run("rnu", "x.yaml").err().contains("; did you mean run?"));
    assertEquals("fcsim: Unknown option: '--xyzzy' (see 'fcsim run --help')\n",
        Fcsim.run("run", "--xyzzy", "x.yaml").err().replace("\r", ""), "nothing near: no suggestion");
  }

  @Test
  void aNamedCommandIsTheOnlyOneBuiltAndItWritesToTheGivenStreams() {
    assertEquals(List.of(RunCommand.class), Main.commandsFor("run", "x.yaml"));
    assertEquals(List.of(StaffCommand.class), Main.commandsFor("-q", "staff", "x.yaml"));
    assertEquals(List.of(SweepCommand.class), Main.commandsFor("--plugins", "run", "sweep", "x.yaml"),
        "the value of --plugins is not a command");
    assertEquals(8, Main.commandsFor("help", "run").size(), "help describes the others");
    assertEquals(8, Main.commandsFor("rnu", "x.yaml").size(), "every command is a suggestion");
    assertEquals(8, Main.commandsFor("--version").size());
    Fcsim.Outcome site = Fcsim.run("bench", "--print-site");
    assertEquals(0, site.code());
    assertTrue(site.out().startsWith("name: bench-site-day"), "a command built alone prints where it is told: " + site.out());
    Fcsim.Outcome help = Fcsim.run("help", "staff");
    assertTrue(help.out().contains("Usage: fcsim staff"), help.out());
  }
}
