package io.argowf.dsl.javastep;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.argowf.model.k8s.Container;
import io.argowf.model.k8s.EnvVar;
import io.argowf.model.workflow.Artifact;
import io.argowf.model.workflow.Parameter;
import io.argowf.model.workflow.Template;
import io.argowf.step.JavaStep;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Does what Argo does around a Java step's container, from the exported template alone: substitutes the
 * template's variables, places its raw and input artifacts at their paths, runs its command with its env, and reads
 * its outputs from their paths (one trailing newline trimmed, as Argo's executor does). The only change to the
 * command is the classpath (the image's layout is not this machine's). When this runs as root with
 * {@code unshare}, the process gets a private {@code /tmp} in its own mount namespace and sees the exact paths of
 * the YAML; otherwise the root moves through {@code ARGOWF_DIR}.
 */
final class ArgoPod {
  record Result(int exitCode, String log, Map<String, String> parameters, Map<String, Path> artifacts) {}

  private final Path tmp;

  ArgoPod(Path tmp) {
    this.tmp = tmp;
  }

  /** A private /tmp is possible (root, unshare) and hides nothing the process needs (a checkout under /tmp). */
  static boolean exactPaths() {
    boolean classpathInTmp = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .anyMatch(p -> Path.of(p).toAbsolutePath().startsWith("/tmp"));
    return !classpathInTmp && new File("/usr/bin/unshare").canExecute() && "root".equals(System.getProperty("user.name"));
  }

  Result run(Template t, Map<String, String> parameters, Map<String, Path> artifacts) throws Exception {
    for (Artifact a : t.inputs().artifacts()) {
      Path at = local(a.path());
      Files.createDirectories(at.getParent());
      if (a.raw() != null) Files.writeString(at, substitute(a.raw().data(), t, parameters), StandardCharsets.UTF_8);
      else Files.copy(artifacts.get(a.name()), at);
    }
    Process p = start(t.container(), t, parameters);
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("the container did not end within 60 s");
    }
    String log = Files.readString(tmp.resolve("log"), StandardCharsets.UTF_8);
    Map<String, String> outParams = new LinkedHashMap<>();
    Map<String, Path> outFiles = new LinkedHashMap<>();
    if (p.exitValue() == 0) {
      for (Parameter o : t.outputs().parameters()) {
        String text = Files.readString(local(o.valueFrom().path()), StandardCharsets.UTF_8);
        outParams.put(o.name(), text.endsWith("\n") ? text.substring(0, text.length() - 1) : text);
      }
      for (Artifact o : t.outputs().artifacts()) outFiles.put(o.name(), local(o.path()));
    }
    return new Result(p.exitValue(), log, outParams, outFiles);
  }

  private Process start(Container c, Template t, Map<String, String> parameters) throws Exception {
    List<String> command = new ArrayList<>();
    if (exactPaths()) command.addAll(List.of("/usr/bin/unshare", "-m", "sh", "-c", "mount --bind \"$0\" /tmp && cd /tmp/work && exec \"$@\"", tmp.toString()));
    for (int i = 0; i < c.command().size(); i++) {
      String part = c.command().get(i);
      if (i == 0 && part.equals("java")) part = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      if (i > 0 && c.command().get(i - 1).equals("-cp")) part = classpath();
      command.add(part);
    }
    if (c.args() != null) command.addAll(c.args());
    Files.createDirectories(tmp.resolve("work"));
    ProcessBuilder pb = new ProcessBuilder(command).directory(tmp.resolve("work").toFile())
        .redirectErrorStream(true).redirectOutput(tmp.resolve("log").toFile());
    pb.environment().clear();
    pb.environment().put("PATH", "/usr/bin:/bin");
    for (EnvVar e : c.env()) pb.environment().put(e.name(), substitute(e.value(), t, parameters));
    if (!exactPaths()) pb.environment().put("ARGOWF_DIR", tmp.resolve("argowf").toString());
    return pb.start();
  }

  /** The variables a Java step's template uses, as Argo renders them. */
  private static String substitute(String text, Template t, Map<String, String> parameters) throws Exception {
    List<Map<String, String>> list = new ArrayList<>();
    for (Parameter p : t.inputs().parameters()) list.add(Map.of("name", p.name(), "value", parameters.get(p.name())));
    return text.replace("{{inputs.parameters}}", new ObjectMapper().writeValueAsString(list))
        .replace("{{workflow.name}}", "wf-test").replace("{{retries}}", "0");
  }

  private Path local(String podPath) {
    if (!podPath.startsWith("/tmp/")) throw new IllegalArgumentException("not under /tmp: " + podPath);
    return tmp.resolve(podPath.substring("/tmp/".length()));
  }

  private static String classpath() throws Exception {
    List<String> parts = new ArrayList<>();
    Class<?> core = Class.forName("com.fasterxml.jackson.core.JsonFactory");   // databind needs it at run time
    for (Class<?> c : List.of(JavaStep.class, Prep.class, ObjectMapper.class, core, JsonValue.class)) {
      String p = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
      if (!parts.contains(p)) parts.add(p);
    }
    return String.join(File.pathSeparator, parts);
  }
}
