package io.argowf.vci.internal.kinds;

import io.argowf.model.spi.Kind;
import io.argowf.model.spi.KindProvider;
import io.argowf.vci.monitoring.PodMonitor;
import io.argowf.vci.policy.ResourcePolicy;
import java.util.List;

/** Registers vci-extensions' kinds with {@code Manifests} (see {@code META-INF/services}). */
public final class VciKinds implements KindProvider {
  @Override
  public List<Kind> kinds() {
    return List.of(
        new Kind(ResourcePolicy.API_VERSION, ResourcePolicy.KIND, ResourcePolicy.class),
        new Kind(PodMonitor.API_VERSION, PodMonitor.KIND, PodMonitor.class));
  }
}
