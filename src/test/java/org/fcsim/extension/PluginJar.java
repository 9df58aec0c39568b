package org.fcsim.extension;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.fcsim.cli.Main;

/** Builds a plugin jar from sources as research code would, and runs fcsim's command line with it in a child JVM. */
final class PluginJar {
  private PluginJar() {}

  record Run(int exitCode, String output) {}

  /**
   * Compiles the {@code .java} files of {@code files} (path → text) against the test class path,
   * packs the classes and the other files into {@code dir/plugins/jarName}.
   *
   * @return the plugin folder
   */
  static Path build(Path dir, String jarName, Map<String, String> files) throws IOException {
    Path sources = Files.createDirectories(dir.resolve("src-" + jarName));
    Path classes = Files.createDirectories(dir.resolve("classes-" + jarName));
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path target = (file.getKey().endsWith(".java") ? sources : classes).resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> args = new java.util.ArrayList<>(List.of("-cp", System.getProperty("java.class.path"), "-d", classes.toString()));
    try (Stream<Path> walk = Files.walk(sources)) {
      walk.filter(p -> p.toString().endsWith(".java")).forEach(p -> args.add(p.toString()));
    }
    java.io.StringWriter errors = new java.io.StringWriter();
    int code = javac.run(null, null, new OutputStream() {
      @Override
      public void write(int b) {
        errors.write(b);
      }
    }, args.toArray(String[]::new));
    if (code != 0) {
      throw new IllegalStateException("the plugin does not compile:\n" + errors);
    }
    Path plugins = Files.createDirectories(dir.resolve("plugins-" + jarName));
    try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(plugins.resolve(jarName)));
        Stream<Path> walk = Files.walk(classes)) {
      for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
        jar.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
        jar.write(Files.readAllBytes(file));
        jar.closeEntry();
      }
    }
    return plugins;
  }

  /** {@code fcsim args...} in a child JVM on the test class path (not the plugin's: it comes through --plugins). */
  static Run fcsim(String... args) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().remove("FCSIM_PLUGINS");
    Process child = builder.start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Run(child.waitFor(), output);
  }
}
