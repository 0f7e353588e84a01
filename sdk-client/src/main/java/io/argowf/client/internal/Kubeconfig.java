package io.argowf.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The default namespace as the argo CLI (client-go's loading rules) finds it without {@code ARGO_NAMESPACE}: the
 * namespace the kubeconfig's current context names, read like kubectl: every file of {@code KUBECONFIG} (the first
 * to set {@code current-context} wins, and a context is taken from the first file defining it), else
 * {@code ~/.kube/config}; when the context names none (or there is no kubeconfig), in a pod {@code POD_NAMESPACE}
 * or the service account's namespace file. client-go reads {@code POD_NAMESPACE} only when the service account's
 * token is there too; here it counts on its own, as it is only ever set in pods. Unreadable files count as absent.
 * Credentials are read by the Kubernetes module ({@code sdk-client-kubernetes}), so argo-server users need no
 * Kubernetes client.
 */
public final class Kubeconfig {
  private static final Path SERVICE_ACCOUNT_NAMESPACE = Path.of("/var/run/secrets/kubernetes.io/serviceaccount/namespace");

  private Kubeconfig() {}

  /** @return the namespace, or null when none is configured */
  public static String namespace(Function<String, String> env) {
    String fromKubeconfig = contextNamespace(files(env));
    if (fromKubeconfig != null) {
      return fromKubeconfig;
    }
    String pod = env.apply("POD_NAMESPACE");
    if (pod != null && !pod.isBlank()) {
      return pod.strip();
    }
    if (env.apply("KUBERNETES_SERVICE_HOST") != null && Files.isRegularFile(SERVICE_ACCOUNT_NAMESPACE)) {
      try {
        String ns = Files.readString(SERVICE_ACCOUNT_NAMESPACE).strip();
        return ns.isEmpty() ? null : ns;
      } catch (IOException unreadable) {
        return null;
      }
    }
    return null;
  }

  static String contextNamespace(List<Path> files) {
    List<JsonNode> docs = new ArrayList<>();
    for (Path file : files) {
      if (Files.isRegularFile(file)) {
        try {
          docs.add(new YAMLMapper().readTree(file.toFile()));
        } catch (IOException | RuntimeException unreadable) {
          // as kubectl: a file that cannot be read adds nothing
        }
      }
    }
    String current = docs.stream().map(d -> d.path("current-context").asText(""))
        .filter(c -> !c.isEmpty()).findFirst().orElse("");
    for (JsonNode doc : docs) {
      for (JsonNode ctx : doc.path("contexts")) {
        if (current.equals(ctx.path("name").asText())) {
          String ns = ctx.path("context").path("namespace").asText("");
          return ns.isEmpty() ? null : ns;
        }
      }
    }
    return null;
  }

  /** @return the kubeconfig files the environment names ({@code KUBECONFIG}'s, else {@code ~/.kube/config}) that exist */
  public static List<Path> existingFiles(Function<String, String> env) {
    List<Path> found = new ArrayList<>();
    for (Path file : files(env)) {
      if (Files.isRegularFile(file)) {
        found.add(file);
      }
    }
    return found;
  }

  private static List<Path> files(Function<String, String> env) {
    String list = env.apply("KUBECONFIG");
    List<Path> files = new ArrayList<>();
    if (list != null && !list.isBlank()) {
      for (String f : list.split(File.pathSeparator)) {
        if (!f.isBlank()) {
          files.add(Path.of(f));
        }
      }
      return files;
    }
    String home = env.apply("HOME");
    if (home != null && !home.isBlank()) {
      files.add(Path.of(home, ".kube", "config"));
    }
    return files;
  }
}
