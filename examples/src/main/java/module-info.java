/**
 * The runnable catalogue of example workflows and the command line, {@link io.argowf.examples.Main}.
 */
module io.argowf.examples {
  requires io.argowf.dsl;
  requires io.argowf.client;
  requires io.argowf.vci;

  exports io.argowf.examples;
}
