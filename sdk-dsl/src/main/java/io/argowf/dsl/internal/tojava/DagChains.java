package io.argowf.dsl.internal.tojava;

import io.argowf.dsl.Task;
import io.argowf.dsl.TaskChain;
import io.argowf.model.workflow.DAGTask;
import java.util.ArrayList;
import java.util.List;

/**
 * A DAG that is one chain of layers, {@code a.then(b, c).then(d)} (Hera's {@code a >> [b, c] >> d}): one first task
 * without dependencies, then layers in the YAML's order whose every task {@code depends} on exactly the whole layer
 * before it ({@code B && C}). Other DAGs keep {@code dependsOn(...)} and the result algebra.
 */
final class DagChains {
  private DagChains() {}

  /** @return the layers, or null when the DAG is not such a chain (or is a single layer) */
  static List<List<DAGTask>> layers(List<DAGTask> tasks) {
    if (tasks.size() < 2 || tasks.get(0) == null || tasks.get(0).depends() != null || tasks.get(0).dependencies() != null) {
      return null;
    }
    List<List<DAGTask>> layers = new ArrayList<>();
    List<DAGTask> previous = List.of(tasks.get(0));
    List<DAGTask> current = new ArrayList<>();
    layers.add(previous);
    layers.add(current);
    for (DAGTask t : tasks.subList(1, tasks.size())) {
      if (t == null || t.name() == null || t.depends() == null || t.dependencies() != null) return null;
      if (!t.depends().equals(joined(previous))) {
        if (current.isEmpty() || !t.depends().equals(joined(current))) return null;
        previous = current;
        current = new ArrayList<>();
        layers.add(current);
      }
      current.add(t);
    }
    return layers;
  }

  private static String joined(List<DAGTask> layer) {
    return String.join(" && ", layer.stream().map(DAGTask::name).toList());
  }

  /** @return {@code first.then(b, c).then(d)} over the tasks' code, in layers */
  static Js chain(List<List<Js>> layers) {
    Js first = layers.get(0).get(0);
    Object live = first.live();
    com.squareup.javapoet.CodeBlock.Builder code = com.squareup.javapoet.CodeBlock.builder().add("$L", first.code());
    for (List<Js> layer : layers.subList(1, layers.size())) {
      Task[] next = layer.stream().map(j -> (Task) j.live()).toArray(Task[]::new);
      live = live instanceof Task t ? t.then(next) : ((TaskChain) live).then(next);
      code.add(".then($L)", Js.join(layer));
    }
    return new Js(code.build(), live);
  }
}
