package io.argowf.local;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Which commands exist on this machine ({@code PATH} lookup, cached). */
final class Commands {
  private static final Map<String, Boolean> CACHE = new ConcurrentHashMap<>();

  private Commands() {}

  static boolean exists(String command) {
    if (command == null || command.isEmpty()) return false;
    if (command.contains("/")) return Files.isExecutable(Path.of(command));
    return CACHE.computeIfAbsent(command, Commands::onPath);
  }

  private static boolean onPath(String command) {
    String path = System.getenv("PATH");
    if (path == null) return false;
    for (String dir : path.split(File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) return true;
    }
    return false;
  }

  /** The name of a command (its last path part): {@code /usr/bin/python3} is {@code python3}. */
  static String name(String command) {
    int slash = command.lastIndexOf('/');
    return slash < 0 ? command : command.substring(slash + 1);
  }

  /**
   * The command to run for {@code command}: itself when it exists, {@code python3} for {@code python} where only
   * that exists, otherwise null.
   */
  static String local(String command) {
    if (exists(command)) return command;
    String name = name(command);
    if (name.equals("python") && exists("python3")) return "python3";
    if (command.contains("/") && exists(name)) return name;
    return null;
  }
}
