package io.argowf.local.client.internal;

import io.argowf.client.Backend;
import io.argowf.client.BackendProvider;
import io.argowf.local.client.LocalBackend;
import java.util.Optional;
import java.util.function.Function;

/**
 * Registers the local backend with {@code ArgoClient}: {@code ArgoClient.local()} finds it here. It is never
 * chosen by {@code ArgoClient.fromEnv()}: a forgotten {@code ARGO_SERVER} must not quietly run workflows on this
 * machine.
 */
public final class LocalProvider implements BackendProvider {
  @Override
  public String name() {
    return "local";
  }

  @Override
  public Optional<Backend> fromEnv(Function<String, String> env) {
    return Optional.empty();
  }

  @Override
  public Optional<Backend> standalone() {
    return Optional.of(LocalBackend.create());
  }
}
