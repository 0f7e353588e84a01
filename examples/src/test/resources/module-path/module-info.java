// A user's module: it names only the front-door modules it needs.
module check {
  requires io.argowf.dsl;
  requires io.argowf.client;
  requires io.argowf.vci;
}
