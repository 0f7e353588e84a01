/** Runs Argo workflows on this machine: {@link io.argowf.local.LocalRunner}. */
module io.argowf.local {
  requires transitive io.argowf.model;
  requires com.fasterxml.jackson.databind;
  requires org.apache.commons.compress;
  requires org.slf4j;
  requires java.net.http;
  requires io.argowf.step;
  // the assertions package is for users' tests, who bring AssertJ
  requires static org.assertj.core;

  exports io.argowf.local;
  exports io.argowf.local.javastep;
  exports io.argowf.local.assertions;

  uses io.argowf.local.LeafExecutor;
  // Java steps (templates made by Argo.javaStep) run in-process unless -Dargowf.javaSteps=forked
  provides io.argowf.local.LeafExecutor with io.argowf.local.javastep.JavaStepExecutor;
}
