/** Runs Argo workflows on this machine: {@link io.argowf.local.LocalRunner}. */
module io.argowf.local {
  requires transitive io.argowf.model;
  requires com.fasterxml.jackson.databind;
  requires org.apache.commons.compress;
  requires org.slf4j;
  requires java.net.http;
  // the assertions package is for users' tests, who bring AssertJ
  requires static org.assertj.core;

  exports io.argowf.local;
  exports io.argowf.local.assertions;

  uses io.argowf.local.LeafExecutor;
}
