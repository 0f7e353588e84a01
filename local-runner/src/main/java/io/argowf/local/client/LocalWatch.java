package io.argowf.local.client;

import io.argowf.client.ArgoStream;
import io.argowf.client.WatchRequest;
import io.argowf.client.spi.QueueIterator;
import io.argowf.model.workflow.Workflow;
import io.argowf.model.workflow.WorkflowWatchEvent;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/** A watch of one namespace's local workflows: the events {@link LocalRuns} delivers that match the query. */
final class LocalWatch extends QueueIterator<WorkflowWatchEvent> {
  private final LocalRuns runs;
  private final String namespace;
  private final String name;
  private final Predicate<Map<String, String>> labels;
  private final BiPredicate<String, String> fields;

  private LocalWatch(LocalRuns runs, String namespace, WatchRequest.Query query) {
    this.runs = runs;
    this.namespace = namespace;
    this.name = query.name();
    this.labels = Selectors.labels(query.labelSelector());
    this.fields = Selectors.fields(query.fieldSelectors());
  }

  static ArgoStream<WorkflowWatchEvent> open(LocalRuns runs, String namespace, WatchRequest.Query query) {
    LocalWatch watch = new LocalWatch(runs, namespace, query);
    runs.watch(watch, query.resourceVersion());
    return ArgoStream.of(watch, watch::close);
  }

  void deliver(String type, Workflow wf) {
    String wfName = wf.metadata().name();
    if (namespace.equals(wf.metadata().namespace()) && (name == null || name.equals(wfName))
        && labels.test(Listing.labelsOf(wf.metadata())) && fields.test(wfName, namespace)) {
      offer(WorkflowWatchEvent.builder().type(type).object(wf).build());
    }
  }

  /** Ends the stream with "the local backend was closed" after the events already delivered. */
  void backendClosed() {
    fail(LocalRuns.closed());
  }

  @Override
  protected void onClose() {
    runs.unwatch(this);
  }
}
