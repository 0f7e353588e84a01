/** Runs Argo workflows on this machine: {@link io.argowf.local.LocalRunner}. */
module io.argowf.local {
  requires transitive io.argowf.model;
  requires com.fasterxml.jackson.databind;
  requires org.apache.commons.compress;
  requires org.slf4j;
  requires java.net.http;

  exports io.argowf.local;

  uses io.argowf.local.LeafExecutor;
}
