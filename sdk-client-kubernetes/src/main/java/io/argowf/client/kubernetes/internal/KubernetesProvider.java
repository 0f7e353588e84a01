package io.argowf.client.kubernetes.internal;

import io.argowf.client.ArgoClient;
import io.argowf.client.Backend;
import io.argowf.client.BackendProvider;
import io.argowf.client.kubernetes.KubernetesBackend;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.OAuthTokenProvider;
import io.fabric8.kubernetes.client.internal.CertUtils;
import java.security.KeyStore;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes {@code ArgoClient.fromEnv()} talk to Kubernetes when {@code ARGO_SERVER} is not set, and lends
 * argo-server clients the kubeconfig's credentials when {@code ARGO_TOKEN} is not set, as the argo CLI
 * does: a bearer token (static, from a token file or an exec plugin, asked anew for every request so
 * that it refreshes), a client certificate, or a user name and password.
 */
public final class KubernetesProvider implements BackendProvider {
  private static final Logger LOG = LoggerFactory.getLogger(KubernetesProvider.class);

  @Override
  public String name() {
    return "kubernetes (a kubeconfig or an in-cluster service account)";
  }

  @Override
  public Optional<Backend> fromEnv(Function<String, String> env) {
    return KubernetesBackend.fromEnv(env).map(Backend.class::cast);
  }

  @Override
  public boolean lendCredentials(ArgoClient.Builder builder, Function<String, String> env) {
    Config config;
    try {
      Optional<Config> found = KubernetesBackend.fabric8Config(env);
      if (found.isEmpty()) {
        return false;
      }
      config = found.get();
    } catch (RuntimeException e) {
      LOG.debug("no kubeconfig credentials: {}", e.getMessage());
      return false;
    }
    OAuthTokenProvider provider = config.getOauthTokenProvider();
    if (provider != null) {
      builder.authorization(() -> "Bearer " + provider.getToken());
      return true;
    }
    if (!current(config).isBlank()) { // a kubeconfig's token is fabric8's autoOAuthToken
      builder.authorization(() -> "Bearer " + current(config));
      return true;
    }
    if (config.getClientCertData() != null || config.getClientCertFile() != null) {
      try {
        char[] pass = config.getClientKeyPassphrase() == null ? new char[0] : config.getClientKeyPassphrase().toCharArray();
        KeyStore keys = CertUtils.createKeyStore(config.getClientCertData(), config.getClientCertFile(),
            config.getClientKeyData(), config.getClientKeyFile(), config.getClientKeyAlgo(), new String(pass), null, null);
        builder.clientCertificate(keys, pass);
        return true;
      } catch (Exception e) {
        LOG.warn("cannot read the kubeconfig's client certificate: {}", e.getMessage());
        return false;
      }
    }
    if (config.getUsername() != null && config.getPassword() != null) {
      String basic = Base64.getEncoder().encodeToString((config.getUsername() + ":" + config.getPassword())
          .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      builder.authorization("Basic " + basic);
      return true;
    }
    return false;
  }

  /** The token, refreshed from the kubeconfig (exec plugins, token files) when fabric8 finds it stale. */
  private static String current(Config config) {
    String token = config.getAutoOAuthToken() != null ? config.getAutoOAuthToken() : config.getOauthToken();
    return token == null ? "" : token;
  }
}
