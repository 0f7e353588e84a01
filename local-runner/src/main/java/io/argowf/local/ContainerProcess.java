package io.argowf.local;

/**
 * Runs one prepared container of a node to its end: its stand-in, or its command as a local process (killed when
 * {@code cancel} is). Lines go to {@code node}'s log; a process's stdout also to {@code out}'s kept text.
 */
final class ContainerProcess {
  private ContainerProcess() {}

  static LeafResult run(Engine engine, Prepared p, NodeState node, LineSink out, Cancel cancel) throws Exception {
    StandIn chosen = p.standIn();
    if (chosen != null) return runStandIn(p, chosen, out, cancel);
    LineSink err = new LineSink(engine.run, node, null);
    int code = ProcessRunner.run(p.argv(), p.env(), p.cwd(), out, err, cancel, p.ctx().node(), engine.run);
    if (cancel.cancelled()) throw new InterruptedException("cancelled");
    return LeafResult.exit(code);
  }

  private static LeafResult runStandIn(Prepared p, StandIn standIn, LineSink out, Cancel cancel) throws Exception {
    Thread me = Thread.currentThread();
    Runnable forget = cancel.onCancel(me::interrupt);
    try (var print = out.printStream()) {
      LeafResult r = standIn.run(p.leafFor(print));
      if (r == null) throw new IllegalStateException("the stand-in for " + p.template().name() + " returned null");
      return r;
    } finally {
      forget.run();
      out.close();
    }
  }
}
