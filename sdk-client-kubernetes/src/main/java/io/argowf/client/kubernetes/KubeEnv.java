package io.argowf.client.kubernetes;

import io.argowf.client.spi.BackendSupport;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.internal.KubeConfigUtils;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * fabric8's configuration from an environment lookup, as the argo CLI (client-go) finds it: the kubeconfig files
 * the environment names ({@code KUBECONFIG}, every file merged as kubectl merges them, else
 * {@code ~/.kube/config}), else the in-cluster service account. With the process environment fabric8 reads them
 * itself (with its {@code KUBERNETES_*} variables and proxies); with another lookup the files are parsed and
 * merged here.
 */
final class KubeEnv {
  private static final Path SERVICE_ACCOUNT_TOKEN = Path.of("/var/run/secrets/kubernetes.io/serviceaccount/token");

  private KubeEnv() {}

  /** @return whether the environment has a kubeconfig or an in-cluster service account */
  static boolean configured(Function<String, String> env) {
    return !BackendSupport.kubeconfigFiles(env).isEmpty() || inCluster(env);
  }

  /** @return fabric8's configuration for the environment */
  static Config config(Function<String, String> env) {
    List<Path> kubeconfigs = BackendSupport.kubeconfigFiles(env);
    boolean processFiles = Objects.equals(env.apply("KUBECONFIG"), System.getenv("KUBECONFIG"))
        && Objects.equals(env.apply("HOME"), System.getProperty("user.home"));
    if (kubeconfigs.isEmpty() || processFiles) {
      return Config.autoConfigure(null);
    }
    Config config = Config.empty();
    KubeConfigUtils.merge(config, null, kubeconfigs.stream().map(p -> KubeConfigUtils.parseConfig(p.toFile()))
        .toArray(io.fabric8.kubernetes.api.model.Config[]::new));
    return config;
  }

  /** client-go's test for an in-cluster configuration. */
  private static boolean inCluster(Function<String, String> env) {
    return !isBlank(env.apply("KUBERNETES_SERVICE_HOST")) && !isBlank(env.apply("KUBERNETES_SERVICE_PORT"))
        && Files.isRegularFile(SERVICE_ACCOUNT_TOKEN);
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
