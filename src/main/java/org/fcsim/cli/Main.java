package org.fcsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.fcsim.model.ModelException;
import org.fcsim.scenario.NearestName;
import org.fcsim.scenario.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code fcsim} command. Exit codes: 0 success; 1 a failure while running (a model error,
 * results that cannot be written, an internal error); 2 bad input (a scenario file or a
 * command-line argument). Failures print one line on standard error and leave no results folder.
 */
@Command(
    name = "fcsim",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
        "Discrete-event simulator of human-robot fulfillment-center work.",
        "Runs scenario files (YAML) and writes results under results/<scenario>/<run-id>/."})
public final class Main implements Callable<Integer> {
  public static final int BAD_INPUT = 2;
  public static final int INTERNAL_ERROR = 1;

  /** The commands, in the order the usage lists them. */
  private static final List<Class<?>> COMMANDS = List.of(RunCommand.class, SweepCommand.class, CompareCommand.class,
      CapacityCommand.class, StaffCommand.class, ValidateCommand.class, BenchCommand.class, CommandLine.HelpCommand.class);

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.Option(names = "--plugins", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT,
      description = "Adds every plugin jar in DIR (research code: robot kinds, roles, task types, policies) before any "
          + "scenario loads; default: the environment variable " + Plugins.ENVIRONMENT)
  Path plugins;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns its exit code; used by {@link #main} and by tests. */
  public static int execute(String... args) {
    return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
  }

  /** As {@link #execute(String...)}, writing to the given streams instead of the console. */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    Main main = new Main();
    CommandLine cli = new CommandLine(main);
    commandsFor(args).forEach(c -> cli.addSubcommand(c));
    cli.setOut(out).setErr(err); // after the commands: picocli hands the streams to those it has
    cli.setExecutionStrategy(parsed -> {
      Path folder = main.plugins != null ? main.plugins
          : System.getenv(Plugins.ENVIRONMENT) == null || System.getenv(Plugins.ENVIRONMENT).isBlank() ? null
          : Path.of(System.getenv(Plugins.ENVIRONMENT));
      try {
        Plugins.load(folder);
      } catch (Plugins.Failure e) {
        parsed.commandSpec().commandLine().getErr().println("fcsim: " + e.getMessage());
        return BAD_INPUT;
      }
      return new CommandLine.RunLast().execute(parsed);
    });
    cli.setExecutionExceptionHandler((e, line, parsed) -> report(e, line.getErr()));
    cli.setParameterExceptionHandler((e, arguments) -> {
      e.getCommandLine().getErr().println("fcsim: " + e.getMessage() + suggestion(e) + " (see '"
          + e.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
      return BAD_INPUT;
    });
    int code;
    try {
      code = cli.execute(args);
    } catch (OutOfMemoryError e) { // from a replication's thread, rethrown here once it is unreachable
      cli.getErr().println("fcsim: out of memory: the scenario needs more than the " + Runtime.getRuntime().maxMemory() / (1 << 20)
          + " MB heap Java was given; run fewer --threads at once, or give Java more with FCSIM_JAVA_OPTS=-Xmx<size>");
      code = INTERNAL_ERROR;
    }
    cli.getOut().flush();
    cli.getErr().flush();
    return code;
  }

  /**
   * The commands {@code args} can reach: only the one it names when it names one (other than
   * {@code help}), else all. Picocli reflects over every option of every command it is given,
   * which took about a fifth of a second of a small run; a named command never reaches another.
   */
  static List<Class<?>> commandsFor(String... args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--plugins")) {
        i++; // its value, whatever it is
        continue;
      }
      if (args[i].startsWith("-")) {
        continue;
      }
      for (Class<?> c : COMMANDS) {
        if (c != CommandLine.HelpCommand.class && c.getAnnotation(Command.class).name().equals(args[i])) {
          return List.of(c);
        }
      }
      break; // the first word names no command: picocli says so, with every command to suggest
    }
    return COMMANDS;
  }

  /**
   * For a misspelled option or command, {@code "; did you mean X?"}, or "": the option (or
   * subcommand) nearest the first unmatched argument by edit distance, as scenario keys are
   * suggested ({@code --threads} for {@code --treads}); failing that, picocli's own suggestions,
   * which match only the first two letters.
   */
  private static String suggestion(CommandLine.ParameterException e) {
    if (!(e instanceof CommandLine.UnmatchedArgumentException unmatched) || unmatched.getUnmatched().isEmpty()) {
      return "";
    }
    CommandLine.Model.CommandSpec spec = e.getCommandLine().getCommandSpec();
    String given = unmatched.getUnmatched().get(0);
    List<String> known = new ArrayList<>();
    if (given.startsWith("-")) {
      given = given.contains("=") ? given.substring(0, given.indexOf('=')) : given;
      spec.options().stream().filter(o -> !o.hidden()).forEach(o -> known.addAll(List.of(o.names())));
    } else {
      known.addAll(spec.subcommands().keySet());
    }
    List<String> names = NearestName.of(given, known).map(List::of).orElse(unmatched.getSuggestions());
    return names.isEmpty() ? "" : "; did you mean " + String.join(" or ", names.subList(0, Math.min(3, names.size()))) + "?";
  }

  private static int report(Exception e, PrintWriter err) {
    if (e instanceof ScenarioException) {
      err.println("fcsim: " + e.getMessage());
      return BAD_INPUT;
    }
    if (e instanceof UnwritableResults) {
      err.println("fcsim: " + e.getMessage());
      return INTERNAL_ERROR;
    }
    if (e instanceof ModelException) {
      // an impossible event or a broken invariant inside the model: a bug, reported with where it happened
      err.println("fcsim: model error: " + e.getMessage());
      if (System.getenv("FCSIM_DEBUG") != null) {
        e.printStackTrace(err);
      }
      return INTERNAL_ERROR;
    }
    err.println("fcsim: internal error: " + e);
    if (System.getenv("FCSIM_DEBUG") != null) {
      e.printStackTrace(err);
    } else {
      err.println("fcsim: set FCSIM_DEBUG=1 to see the stack trace, and please report it.");
    }
    return INTERNAL_ERROR;
  }

  /** {@code fcsim} without a command: the usage, on standard error, as bad input. */
  @Override
  public Integer call() {
    spec.commandLine().getErr().println("fcsim: name a command, e.g. fcsim run scenarios/goods-to-person.yaml");
    spec.commandLine().usage(spec.commandLine().getErr());
    return BAD_INPUT;
  }
}
