package io.argowf.local.javastep;

import io.argowf.local.Leaf;
import io.argowf.local.LeafResult;
import io.argowf.step.spi.PodLayout;
import io.argowf.step.spi.Port;
import io.argowf.step.spi.StepClass;
import io.argowf.step.spi.StepFailure;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A Java step run as its pod runs it: the template's own command line ({@code java}, its JVM options, the entry
 * point and the step class) in a new JVM, with this machine's java and classpath in place of the image's. The
 * inputs are placed and the outputs read through step-runtime's {@code PodLayout}, under a folder of the node's
 * ({@code ARGOWF_DIR}), as Argo's init and wait containers would.
 */
final class ForkedStep {
  private final String classpath;

  ForkedStep(String classpath) {
    this.classpath = classpath;
  }

  LeafResult run(Leaf leaf, String className) throws Exception {
    StepClass<?, ?> step;
    try {
      step = StepClass.forName(className, Thread.currentThread().getContextClassLoader());
    } catch (StepFailure f) {
      leaf.out().println(f.getMessage());
      return LeafResult.exit(f.exitCode());
    }
    Path root = Files.createDirectories(leaf.workingFolder().resolve(".argowf"));
    PodLayout layout = PodLayout.at(root);
    layout.writeParameters(leaf.parameters());
    for (Port p : step.inputs()) if (p.isArtifact()) layout.placeInputArtifact(p.name(), leaf.inputArtifact(p.name()));
    int exit = exec(leaf, root);
    if (exit != 0) return LeafResult.exit(exit);
    return LeafOutputs.deliver(leaf, layout.readOutputs(step.outputs()));
  }

  private int exec(Leaf leaf, Path root) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command(leaf.command())).directory(leaf.workingFolder().toFile())
        .redirectErrorStream(true);
    pb.environment().putAll(leaf.env());
    pb.environment().put(PodLayout.ROOT_ENV, root.toString());
    Process p = pb.start();
    p.getOutputStream().close();
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) leaf.out().println(line);
    } finally {
      if (p.isAlive()) p.destroyForcibly();
    }
    return p.waitFor();
  }

  /** The template's command with this machine's java binary and classpath. */
  private List<String> command(List<String> template) {
    List<String> command = new ArrayList<>(template);
    command.set(0, Path.of(System.getProperty("java.home"), "bin", "java").toString());
    int cp = Math.max(command.indexOf("-cp"), command.indexOf("-classpath"));
    if (cp > 0 && cp + 1 < command.size()) {
      command.set(cp + 1, classpath);
    } else {
      command.addAll(1, List.of("-cp", classpath));
    }
    return command;
  }
}
