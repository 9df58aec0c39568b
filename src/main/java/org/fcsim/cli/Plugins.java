package org.fcsim.cli;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Stream;
import org.fcsim.extension.Plugin;

/**
 * Finds and registers the {@link Plugin}s: those on the class path and those in the jars of a
 * plugin folder, each plugin class once per JVM (tests run the command line many times in
 * one). The jars are added through a {@link URLClassLoader}, as fcsim runs with
 * {@code java -jar}, where {@code -cp} has no effect.
 */
final class Plugins {
  static final String ENVIRONMENT = "FCSIM_PLUGINS";
  private static final Set<String> REGISTERED = new HashSet<>();

  private Plugins() {}

  /** A plugin folder that cannot be read or a plugin that fails: reported as one line, exit code 2. */
  static final class Failure extends Exception {
    Failure(String message) {
      super(message);
    }
  }

  /**
   * Registers every plugin not registered yet, from the class path and from {@code folder}'s
   * jars (in name order); {@code folder} may be null.
   *
   * @return the plugin classes registered by this call, in order
   */
  static synchronized List<String> load(Path folder) throws Failure {
    ClassLoader loader = folder == null ? Plugins.class.getClassLoader()
        : new URLClassLoader(jars(folder), Plugins.class.getClassLoader());
    List<String> registered = new ArrayList<>();
    Iterator<Plugin> found = ServiceLoader.load(Plugin.class, loader).iterator();
    while (true) {
      Plugin plugin;
      try {
        if (!found.hasNext()) {
          return registered;
        }
        plugin = found.next();
      } catch (ServiceConfigurationError e) {
        throw new Failure("cannot load a plugin" + where(folder) + ": " + e.getMessage());
      }
      String name = plugin.getClass().getName();
      if (REGISTERED.add(name)) {
        try {
          plugin.register();
        } catch (RuntimeException | LinkageError e) {
          throw new Failure("plugin " + name + where(folder) + " failed to register: " + e);
        }
        registered.add(name);
      }
    }
  }

  private static String where(Path folder) {
    return folder == null ? "" : " (from " + folder + ")";
  }

  private static URL[] jars(Path folder) throws Failure {
    if (!Files.isDirectory(folder) || !Files.isReadable(folder)) {
      throw new Failure("--plugins " + folder + ": not a readable folder of plugin jars");
    }
    try (Stream<Path> files = Files.list(folder)) {
      List<URL> urls = new ArrayList<>();
      for (Path jar : files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList()) {
        if (!Files.isReadable(jar)) {
          throw new Failure("--plugins " + folder + ": cannot read " + jar.getFileName());
        }
        urls.add(jar.toUri().toURL());
      }
      return urls.toArray(URL[]::new);
    } catch (IOException e) {
      throw new Failure("--plugins " + folder + ": cannot list the folder: " + e.getMessage());
    }
  }
}
