package io.argowf.local;

import io.argowf.model.workflow.Template;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One leaf node about to run, as a {@link StandIn} or a {@link LeafExecutor} sees it: the template with every
 * {@code {{...}}} already substituted, the node's inputs, and where its declared paths live on this machine.
 *
 * <pre>{@code
 * StandIn cowsay = leaf -> {
 *   leaf.out().println("< " + String.join(" ", leaf.arguments()) + " >");
 *   return LeafResult.ok();
 * };
 * StandIn writer = leaf -> {
 *   Files.writeString(leaf.path("/tmp/hello_world.txt"), "hello");   // the output parameter's valueFrom.path
 *   return LeafResult.ok();
 * };
 * }</pre>
 *
 * <p>Before a run starts, {@link LeafExecutor#handles} sees leaves built from the templates as written (no
 * substitution, no folders): {@link #workingFolder()} and {@link #path} then throw {@link IllegalStateException}.
 */
public final class Leaf {
  private final String nodeName;
  private final Template template;
  private final List<String> command;
  private final Map<String, String> parameters;
  private final Map<String, Path> inputArtifacts;
  private final Map<String, String> env;
  private final Path workingFolder;
  private final UnaryOperator<String> paths;
  private final PrintStream out;

  /** Made by the runner; the constructor is public for executors' own tests. */
  public Leaf(String nodeName, Template template, List<String> command, Map<String, String> parameters,
      Map<String, Path> inputArtifacts, Map<String, String> env, Path workingFolder, UnaryOperator<String> paths,
      PrintStream out) {
    this.nodeName = Objects.requireNonNull(nodeName, "nodeName");
    this.template = Objects.requireNonNull(template, "template");
    this.command = List.copyOf(command);
    this.parameters = Map.copyOf(parameters);
    this.inputArtifacts = Map.copyOf(inputArtifacts);
    this.env = Map.copyOf(env);
    this.workingFolder = workingFolder;
    this.paths = paths;
    this.out = out;
  }

  /** The node's full name, e.g. {@code steps-x7k2p[1].hello2a}. */
  public String nodeName() {
    return nodeName;
  }

  /** The template's name. */
  public String templateName() {
    return template.name();
  }

  /** The substituted template. */
  public Template template() {
    return template;
  }

  /** The container's or script's image, or null. */
  public String image() {
    if (template.container() != null) return template.container().image();
    if (template.script() != null) return template.script().image();
    return null;
  }

  /**
   * The whole command line: {@code command} then {@code args} for a container; for a script, {@code command} then
   * the file holding its {@code source}.
   */
  public List<String> command() {
    return command;
  }

  /** The command line without its first word (what a stand-in for a command usually reads). */
  public List<String> arguments() {
    return command.isEmpty() ? List.of() : command.subList(1, command.size());
  }

  /** The value of an input parameter. */
  public String parameter(String name) {
    String v = parameters.get(name);
    if (v == null && !parameters.containsKey(name)) {
      throw new NoSuchElementException("template " + templateName() + " has no input parameter '" + name
          + "'; it has " + parameters.keySet());
    }
    return v;
  }

  /** Input parameters by name, in declaration order. */
  public Map<String, String> parameters() {
    return parameters;
  }

  /** The local file or folder of an input artifact. */
  public Path inputArtifact(String name) {
    Path p = inputArtifacts.get(name);
    if (p == null) {
      throw new NoSuchElementException("template " + templateName() + " has no input artifact '" + name
          + "'; it has " + inputArtifacts.keySet());
    }
    return p;
  }

  /** The container's environment ({@code env} with values substituted). */
  public Map<String, String> env() {
    return env;
  }

  /** The node's own working folder (the container's {@code workingDir} maps here when it is not a declared path). */
  public Path workingFolder() {
    if (workingFolder == null) throw new IllegalStateException("leaf " + nodeName + " is not running yet");
    return workingFolder;
  }

  /**
   * Where a path inside the container lives on this machine: declared artifact and parameter paths and volume
   * mounts map to the node's or the volume's folder; other absolute paths map under the node's own root folder.
   */
  public Path path(String containerPath) {
    if (paths == null) throw new IllegalStateException("leaf " + nodeName + " is not running yet");
    return Path.of(paths.apply(containerPath));
  }

  /** The node's stdout: every line becomes a log line, and all of it the node's {@code result}. */
  public PrintStream out() {
    if (out == null) throw new IllegalStateException("leaf " + nodeName + " is not running yet");
    return out;
  }

  @Override
  public String toString() {
    return "Leaf{" + nodeName + ", template=" + templateName() + ", command=" + command + "}";
  }
}
