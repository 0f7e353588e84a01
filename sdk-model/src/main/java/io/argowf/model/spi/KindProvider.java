package io.argowf.model.spi;

import java.util.List;

/**
 * Adds kinds that live outside sdk-model (e.g. vci-extensions' {@code ResourcePolicy}) to what
 * {@code Manifests} reads as typed objects. Register an implementation in
 * {@code META-INF/services/io.argowf.model.spi.KindProvider}. Only the classes listed here are ever
 * created from input; nothing is instantiated by a name found in a document.
 *
 * <pre>{@code
 * public final class VciKinds implements KindProvider {
 *   public List<Kind> kinds() {
 *     return List.of(new Kind("scheduling.vke.volcengine.com/v1beta1", "ResourcePolicy", ResourcePolicy.class));
 *   }
 * }
 * }</pre>
 */
public interface KindProvider {
  /**
   * The kinds this provider adds.
   *
   * @return the kinds; a pair already known keeps its first class
   */
  List<Kind> kinds();
}
