package io.argowf.local;

import io.argowf.model.workflow.Workflow;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The state of one run: its nodes, events, listeners and the handle users hold. */
final class RunState implements LocalRun {
  private static final Logger LOG = LoggerFactory.getLogger(RunState.class);

  final RunIdentity identity;
  final Path folder;
  private final Workflow submitted;
  private final Object lock = new Object();
  private final Map<String, NodeState> nodes = new LinkedHashMap<>();
  private final List<RunEvent> events = new ArrayList<>();
  private final List<RunListener> listeners = new CopyOnWriteArrayList<>();
  private final Map<String, CompletableFuture<Map<String, String>>> suspended = new LinkedHashMap<>();
  private final CountDownLatch done = new CountDownLatch(1);
  private final Map<String, String> globalParameters = new LinkedHashMap<>();
  private final List<io.argowf.model.workflow.Artifact> globalArtifacts = new ArrayList<>();
  private volatile String stopStrategy;
  private volatile Runnable onStop = () -> { };
  private String phase = Phases.PENDING;
  private String message;
  private Instant startedAt;
  private Instant finishedAt;

  RunState(RunIdentity identity, Path folder, Workflow submitted, RunListener listener) {
    this.identity = identity;
    this.folder = folder;
    this.submitted = submitted;
    if (listener != null) listeners.add(listener);
  }

  // ---- nodes

  NodeState create(String name, String displayName, String type, String templateName, String boundaryId,
      String phase) {
    NodeState n = new NodeState(identity.nodeId(name), name, displayName, type, templateName, boundaryId);
    synchronized (lock) {
      n.phase = phase;
      n.startedAt = Instant.now();
      nodes.put(n.id, n);
    }
    emit(RunEvent.Kind.NODE_STARTED, n, null);
    return n;
  }

  void addChild(String parentId, String childId) {
    synchronized (lock) {
      NodeState p = nodes.get(parentId);
      if (p != null && !p.children.contains(childId)) p.children.add(childId);
    }
  }

  void removeChild(String parentId, String childId) {
    synchronized (lock) {
      NodeState p = nodes.get(parentId);
      if (p != null) p.children.remove(childId);
    }
  }

  /** Whether a node within this boundary (a steps or DAG node's) has Failed or Errored. */
  boolean hasUnsuccessful(String boundaryId) {
    synchronized (lock) {
      for (NodeState n : nodes.values()) {
        if (boundaryId.equals(n.boundaryId) && Phases.failedOrError(n.phase)) return true;
      }
      return false;
    }
  }

  NodeState node(String id) {
    synchronized (lock) {
      return nodes.get(id);
    }
  }

  /** Runs the change under the run's lock (for nodes' fields). */
  <T> T locked(java.util.function.Supplier<T> change) {
    synchronized (lock) {
      return change.get();
    }
  }

  void phase(NodeState n, String phase, String message) {
    boolean finished;
    synchronized (lock) {
      if (n.fulfilled()) return;
      n.phase = phase;
      if (message != null) n.message = message;
      finished = Phases.isFinal(phase);
      if (finished) n.finishedAt = Instant.now();
    }
    emit(finished ? RunEvent.Kind.NODE_FINISHED : RunEvent.Kind.NODE_CHANGED, n, message);
  }

  void log(NodeState n, String line) {
    synchronized (lock) {
      n.logLines.add(line);
    }
    emit(RunEvent.Kind.LOG, n, line);
  }

  List<NodeState> nodes() {
    synchronized (lock) {
      return new ArrayList<>(nodes.values());
    }
  }

  // ---- workflow

  void started() {
    synchronized (lock) {
      phase = Phases.RUNNING;
      startedAt = Instant.now();
    }
    emit(RunEvent.Kind.WORKFLOW_STARTED, null, null);
  }

  void finished(String phase, String message) {
    synchronized (lock) {
      this.phase = phase;
      this.message = message;
      this.finishedAt = Instant.now();
      if (startedAt == null) startedAt = finishedAt;
    }
    emit(RunEvent.Kind.WORKFLOW_FINISHED, null, message);
    done.countDown();
  }

  String phase() {
    synchronized (lock) {
      return phase;
    }
  }

  String message() {
    synchronized (lock) {
      return message;
    }
  }

  Instant startedAt() {
    synchronized (lock) {
      return startedAt;
    }
  }

  Instant finishedAt() {
    synchronized (lock) {
      return finishedAt;
    }
  }

  void globalParameter(String name, String value) {
    synchronized (lock) {
      globalParameters.put(name, value);
    }
  }

  Map<String, String> globalParameters() {
    synchronized (lock) {
      return new LinkedHashMap<>(globalParameters);
    }
  }

  void globalArtifact(io.argowf.model.workflow.Artifact a) {
    synchronized (lock) {
      globalArtifacts.removeIf(x -> x.name().equals(a.name()));
      globalArtifacts.add(a);
    }
  }

  List<io.argowf.model.workflow.Artifact> globalArtifacts() {
    synchronized (lock) {
      return new ArrayList<>(globalArtifacts);
    }
  }

  Workflow submitted() {
    return submitted;
  }

  // ---- suspend, stop

  CompletableFuture<Map<String, String>> suspend(NodeState n) {
    CompletableFuture<Map<String, String>> gate = new CompletableFuture<>();
    synchronized (lock) {
      suspended.put(n.id, gate);
    }
    return gate;
  }

  void unsuspend(NodeState n) {
    synchronized (lock) {
      suspended.remove(n.id);
    }
  }

  String stopStrategy() {
    return stopStrategy;
  }

  void onStop(Runnable r) {
    onStop = r;
  }

  // ---- events

  private void emit(RunEvent.Kind kind, NodeState n, String text) {
    synchronized (events) {
      String ph = n == null ? phase() : locked(() -> n.phase);
      RunEvent e = new RunEvent(events.size() + 1L, Instant.now(), kind, n == null ? null : n.id,
          n == null ? null : n.name, ph, text);
      events.add(e);
      for (RunListener l : listeners) deliver(l, e);
    }
  }

  private static void deliver(RunListener l, RunEvent e) {
    try {
      l.onEvent(e);
    } catch (RuntimeException ex) {
      LOG.warn("a run listener failed on event {}: {}", e.sequence(), ex.toString());
    }
  }

  // ---- LocalRun

  @Override
  public String name() {
    return identity.name();
  }

  @Override
  public Path folder() {
    return folder;
  }

  @Override
  public Workflow workflow() {
    return StatusWriter.workflow(this);
  }

  @Override
  public boolean isDone() {
    return done.getCount() == 0;
  }

  @Override
  public Workflow await() throws InterruptedException {
    done.await();
    return workflow();
  }

  @Override
  public Optional<Workflow> await(Duration timeout) throws InterruptedException {
    return done.await(timeout.toNanos(), TimeUnit.NANOSECONDS) ? Optional.of(workflow()) : Optional.empty();
  }

  @Override
  public void addListener(RunListener listener) {
    synchronized (events) {
      for (RunEvent e : events) deliver(listener, e);
      listeners.add(listener);
    }
  }

  @Override
  public void removeListener(RunListener listener) {
    listeners.remove(listener);
  }

  @Override
  public List<RunEvent> events() {
    synchronized (events) {
      return List.copyOf(events);
    }
  }

  @Override
  public List<String> logs(String node) {
    NodeState n = find(node).stream().findFirst()
        .orElseThrow(() -> new NoSuchElementException("run " + name() + " has no node '" + node + "'"));
    return locked(() -> List.copyOf(n.logLines));
  }

  private List<NodeState> find(String node) {
    synchronized (lock) {
      List<NodeState> found = new ArrayList<>();
      for (NodeState n : nodes.values()) {
        if (node == null || n.id.equals(node) || n.name.equals(node) || n.displayName.equals(node)) found.add(n);
      }
      return found;
    }
  }

  @Override
  public int resume(String node) {
    return resume(node, Map.of());
  }

  @Override
  public int resume(String node, Map<String, String> outputParameters) {
    List<CompletableFuture<Map<String, String>>> gates = new ArrayList<>();
    synchronized (lock) {
      for (NodeState n : find(node)) {
        CompletableFuture<Map<String, String>> g = suspended.remove(n.id);
        if (g != null) gates.add(g);
      }
    }
    gates.forEach(g -> g.complete(Map.copyOf(outputParameters)));
    return gates.size();
  }

  @Override
  public void stop() {
    halt("Stop");
  }

  @Override
  public void terminate() {
    halt("Terminate");
  }

  void halt(String strategy) {
    if (isDone()) return;
    if (stopStrategy == null) stopStrategy = strategy;
    onStop.run();
  }
}
