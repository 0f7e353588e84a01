/**
 * Running Argo workflow pods on Volcengine VCI; the front door is {@link io.argowf.vci.Vci}.
 *
 * <pre>{@code
 * module my.app {
 *   requires io.argowf.vci;   // brings io.argowf.model
 * }
 * }</pre>
 */
module io.argowf.vci {
  requires transitive io.argowf.model;
  // Immutables' annotations are compile-only (CLASS retention)
  requires static org.immutables.value.annotations;

  exports io.argowf.vci;
  exports io.argowf.vci.cluster;
  exports io.argowf.vci.cost;
  exports io.argowf.vci.monitoring;
  exports io.argowf.vci.placement;
  exports io.argowf.vci.policy;
  exports io.argowf.vci.profile;

  // Jackson binds the VCI kinds through their package-private Json builders
  opens io.argowf.vci.monitoring to com.fasterxml.jackson.databind;
  opens io.argowf.vci.policy to com.fasterxml.jackson.databind;
  opens io.argowf.vci.profile to com.fasterxml.jackson.databind;

  // Manifests reads ResourcePolicy and PodMonitor documents as typed objects
  provides io.argowf.model.spi.KindProvider with io.argowf.vci.internal.VciKinds;
}
