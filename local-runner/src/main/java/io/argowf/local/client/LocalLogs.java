package io.argowf.local.client;

import io.argowf.client.ArgoStream;
import io.argowf.client.LogRequest;
import io.argowf.client.UnsupportedByBackendException;
import io.argowf.client.spi.QueueIterator;
import io.argowf.local.LocalRun;
import io.argowf.local.RunEvent;
import io.argowf.local.RunListener;
import io.argowf.model.workflow.LogEntry;
import io.argowf.model.workflow.NodeStatus;
import io.argowf.model.workflow.Workflow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A local workflow's logs: every line its leaves printed (the {@code main} container's), with the pod name Argo
 * would give the node ({@code <workflow>-<template>-<hash>}). {@code grep}, {@code tail} (per pod), {@code since},
 * {@code timestamps} and {@code pod} work as on a cluster; {@code follow} streams the lines as they come and ends
 * when the workflow has finished. A local run has no other containers, no previous containers and no pod labels:
 * {@code container} other than {@code main} gives no lines, {@code previous} and {@code selector} are refused.
 */
final class LocalLogs extends QueueIterator<LogEntry> implements RunListener {
  private final LocalRun run;
  private final LogRequest.Query query;
  private final Pattern grep;
  private final Instant since;
  private final Map<String, String> podNames = new HashMap<>();
  private long replayedUpTo;

  private LocalLogs(LocalRun run, LogRequest.Query query) {
    this.run = run;
    this.query = query;
    this.grep = query.grep() == null ? null : Pattern.compile(query.grep());
    this.since = query.sinceSeconds() == null ? null : Instant.now().minusSeconds(query.sinceSeconds());
  }

  static ArgoStream<LogEntry> open(LocalRun run, LogRequest.Query query) {
    if (query.previous()) {
      throw new UnsupportedByBackendException("logs of a previous container are not supported by the local backend "
          + "(a local leaf runs once per attempt, and each attempt is its own node)");
    }
    if (query.selector() != null && !query.selector().isBlank()) {
      throw new UnsupportedByBackendException("a pod label selector for logs is not supported by the local backend "
          + "(local runs have no pods); name the pod instead");
    }
    LocalLogs logs = new LocalLogs(run, query);
    boolean finished = logs.replayPast();
    if (query.follow() && wantsMain(query) && !finished) {
      run.addListener(logs); // replays the past first: onEvent skips what replayPast delivered
    } else {
      logs.end();
    }
    return ArgoStream.of(logs, logs::close);
  }

  private static boolean wantsMain(LogRequest.Query query) {
    return query.container() == null || query.container().equals("main");
  }

  /** Offers the lines so far, with {@code tail} applied per pod; true when the run had finished by then. */
  private boolean replayPast() {
    List<RunEvent> past = run.events();
    replayedUpTo = past.isEmpty() ? 0 : past.get(past.size() - 1).sequence();
    boolean finished = past.stream().anyMatch(e -> e.kind() == RunEvent.Kind.WORKFLOW_FINISHED);
    if (!wantsMain(query)) {
      return finished;
    }
    List<LogEntry> lines = new ArrayList<>();
    Map<String, Integer> perPod = new HashMap<>();
    for (RunEvent e : past) {
      LogEntry line = entry(e);
      if (line != null) {
        lines.add(line);
        perPod.merge(line.podName(), 1, Integer::sum);
      }
    }
    Map<String, Integer> seen = new HashMap<>();
    for (LogEntry line : lines) {
      int n = seen.merge(line.podName(), 1, Integer::sum);
      if (query.tailLines() == null || n > perPod.get(line.podName()) - query.tailLines()) {
        offer(line);
      }
    }
    return finished;
  }

  @Override
  public void onEvent(RunEvent event) {
    if (event.sequence() <= replayedUpTo) {
      return; // the listener replays what replayPast delivered
    }
    if (event.kind() == RunEvent.Kind.WORKFLOW_FINISHED) {
      run.removeListener(this);
      end();
      return;
    }
    LogEntry line = entry(event);
    if (line != null) {
      offer(line);
    }
  }

  private LogEntry entry(RunEvent e) {
    if (e.kind() != RunEvent.Kind.LOG || e.nodeId() == null || e.text() == null) {
      return null;
    }
    String pod = podName(e.nodeId());
    if (query.podName() != null && !query.podName().equals(pod)) {
      return null;
    }
    if ((since != null && e.time().isBefore(since)) || (grep != null && !grep.matcher(e.text()).find())) {
      return null;
    }
    String content = query.timestamps() ? e.time() + " " + e.text() : e.text();
    return LogEntry.builder().podName(pod).content(content).build();
  }

  /** Argo's pod name for a node: {@code <workflow>-<template>-<the node id's hash>}. */
  private String podName(String nodeId) {
    return podNames.computeIfAbsent(nodeId, id -> {
      Workflow wf = run.workflow();
      String name = run.name();
      NodeStatus node = wf.status() == null || wf.status().nodes() == null ? null : wf.status().nodes().get(id);
      if (id.equals(name) || node == null || node.templateName() == null || !id.startsWith(name + "-")) {
        return id;
      }
      String prefix = name + "-" + node.templateName();
      return (prefix.length() > 242 ? prefix.substring(0, 242) : prefix) + id.substring(name.length());
    });
  }

  @Override
  protected void onClose() {
    run.removeListener(this);
  }
}
