package io.argowf.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/** Reads the namespace of the current kubeconfig context, as the argo CLI falls back to it. */
public final class Kubeconfig {
  private Kubeconfig() {}

  /**
   * @param env environment lookup
   * @return the current context's namespace, or {@code null} when there is no kubeconfig or it names none
   */
  public static String namespace(Function<String, String> env) {
    Path file = file(env);
    if (file == null || !Files.isRegularFile(file)) {
      return null;
    }
    try {
      JsonNode root = new YAMLMapper().readTree(file.toFile());
      String current = root.path("current-context").asText("");
      for (JsonNode ctx : root.path("contexts")) {
        if (current.equals(ctx.path("name").asText())) {
          String ns = ctx.path("context").path("namespace").asText("");
          return ns.isEmpty() ? null : ns;
        }
      }
      return null;
    } catch (IOException | RuntimeException unreadable) {
      return null;
    }
  }

  private static Path file(Function<String, String> env) {
    String list = env.apply("KUBECONFIG");
    if (list != null && !list.isBlank()) {
      return Path.of(list.split(File.pathSeparator)[0]);
    }
    String home = env.apply("HOME");
    return home == null || home.isBlank() ? null : Path.of(home, ".kube", "config");
  }
}
