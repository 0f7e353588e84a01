/**
 * Runs Argo workflows on this machine: {@link io.argowf.local.LocalRunner}; and the client's local backend,
 * {@link io.argowf.local.client.LocalBackend} ({@code ArgoClient.local()}).
 */
module io.argowf.local {
  requires transitive io.argowf.model;
  requires com.fasterxml.jackson.databind;
  requires org.apache.commons.compress;
  requires org.slf4j;
  requires java.net.http;
  requires io.argowf.step;
  // the local backend (io.argowf.local.client) implements the client's API: its users read it
  requires transitive io.argowf.client;
  // the assertions package is for users' tests, who bring AssertJ
  requires static org.assertj.core;

  exports io.argowf.local;
  exports io.argowf.local.javastep;
  exports io.argowf.local.assertions;
  exports io.argowf.local.client;

  uses io.argowf.local.LeafExecutor;
  // Java steps (templates made by Argo.javaStep) run in-process unless -Dargowf.javaSteps=forked
  provides io.argowf.local.LeafExecutor with io.argowf.local.javastep.JavaStepExecutor;
  // ArgoClient.local() finds the local backend here
  provides io.argowf.client.BackendProvider with io.argowf.local.client.internal.LocalProvider;
}
