package io.argowf.local;

import io.argowf.model.workflow.Workflow;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A workflow running on this machine, started by {@link LocalRunner#start}. Thread-safe: every method may be called
 * from any thread while the run goes on.
 *
 * <pre>{@code
 * LocalRun run = runner.start(wf);
 * run.addListener(e -> System.out.println(e));
 * run.resume("approve");                         // a suspended node, by display name or full name
 * Workflow done = run.await();
 * List<String> lines = run.logs("hello1");
 * }</pre>
 */
public interface LocalRun {

  /** The workflow's name (its {@code metadata.name}, or {@code generateName} plus five characters). */
  String name();

  /** The run's folder (nodes' folders, volumes, the artifact repository unless another was given). */
  Path folder();

  /** A snapshot of the workflow now, with an Argo-shaped status. */
  Workflow workflow();

  /** Whether the workflow has reached a final phase. */
  boolean isDone();

  /** Waits for the end and returns the finished workflow. */
  Workflow await() throws InterruptedException;

  /** Waits at most the given time; empty when the workflow is still running then. */
  Optional<Workflow> await(Duration timeout) throws InterruptedException;

  /**
   * Adds a listener. It first receives every event so far (in order), then the new ones; nothing is missed or
   * repeated.
   */
  void addListener(RunListener listener);

  /** Removes a listener added with {@link #addListener}. */
  void removeListener(RunListener listener);

  /** Every event so far, in order. */
  List<RunEvent> events();

  /**
   * The log lines of a node so far, found by id, full name or display name (the first node in the tree with that
   * display name).
   *
   * @throws java.util.NoSuchElementException when no node matches
   */
  List<String> logs(String node);

  /**
   * Resumes suspended nodes: those whose id, full name or display name is the given one; all of them when
   * {@code node} is null. Returns how many were resumed.
   */
  int resume(String node);

  /**
   * Resumes a suspended node with values for its output parameters ({@code valueFrom.supplied}), as
   * {@code argo node set} then {@code argo resume} do.
   */
  int resume(String node, java.util.Map<String, String> outputParameters);

  /** As {@code argo stop}: running nodes are killed, exit handlers still run. */
  void stop();

  /** As {@code argo terminate}: running nodes are killed, exit handlers do not run. */
  void terminate();
}
