package io.argowf.local;

import io.argowf.model.workflow.Artifact;
import io.argowf.model.workflow.Inputs;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One node of a run's tree, mutable while the run goes on; every access goes through the run's lock. */
final class NodeState {
  final String id;
  final String name;
  final String displayName;
  final String type;
  final String templateName;
  final String boundaryId;
  String phase;
  String message;
  Instant startedAt;
  Instant finishedAt;
  Inputs inputs;
  final List<String> children = new ArrayList<>();
  final List<String> outboundNodes = new ArrayList<>();
  final Map<String, String> outputParameters = new LinkedHashMap<>();
  final List<Artifact> outputArtifacts = new ArrayList<>();
  String result;
  String exitCode;
  String podIp;
  boolean daemoned;
  boolean leaf;
  boolean hasOutputs;
  Memo.Key memoKey;
  boolean memoHit;
  long cpuMillis;
  long memoryBytes;
  final StringBuilder log = new StringBuilder();
  final List<String> logLines = new ArrayList<>();

  NodeState(String id, String name, String displayName, String type, String templateName, String boundaryId) {
    this.id = id;
    this.name = name;
    this.displayName = displayName;
    this.type = type;
    this.templateName = templateName;
    this.boundaryId = boundaryId;
  }

  boolean fulfilled() {
    return Phases.isFinal(phase);
  }

  @Override
  public String toString() {
    return name + "(" + type + ", " + phase + ")";
  }
}
