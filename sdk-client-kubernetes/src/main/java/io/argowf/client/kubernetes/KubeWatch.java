package io.argowf.client.kubernetes;

import io.argowf.client.ArgoException;
import io.argowf.client.ArgoStream;
import io.argowf.client.ListRequest;
import io.argowf.client.WatchRequest;
import io.argowf.model.workflow.Workflow;
import io.argowf.model.workflow.WorkflowWatchEvent;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.api.model.ListOptions;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Kubernetes watch of workflows as a blocking stream. fabric8 reconnects dropped watches itself; when
 * the {@code resourceVersion} has expired (410 Gone) this lists again and goes on from the list's
 * version, delivering only objects whose version was not delivered yet ({@code ADDED} or
 * {@code MODIFIED}) and {@code DELETED} for those gone meanwhile, like an informer. Without a starting
 * version it begins with the current objects as {@code ADDED}, as argo-server does.
 */
final class KubeWatch extends io.argowf.client.spi.QueueIterator<WorkflowWatchEvent> {
  private final Crd<Workflow> crd;
  private final WatchRequest.Query query;
  private final Map<String, String> delivered = new HashMap<>();
  private volatile Watch watch;

  private KubeWatch(Crd<Workflow> crd, WatchRequest.Query query) {
    this.crd = crd;
    this.query = query;
  }

  static ArgoStream<WorkflowWatchEvent> open(Crd<Workflow> crd, WatchRequest.Query query) {
    KubeWatch w = new KubeWatch(crd, query);
    w.start(query.resourceVersion());
    return ArgoStream.of(w, w::close);
  }

  private ListOptions options(String resourceVersion) {
    List<String> selectors = new ArrayList<>(query.fieldSelectors());
    if (query.name() != null) {
      selectors.add("metadata.name=" + query.name());
    }
    ListRequest.Query q = new ListRequest.Query(query.labelSelector(), selectors, List.of(), false, 0, null, null, null,
        null);
    ListOptions options = Crd.options(q, null);
    options.setResourceVersion(resourceVersion);
    return options;
  }

  /** Lists (when no version is given, or it expired) and watches from the list's version. */
  private void start(String resourceVersion) {
    String from = resourceVersion;
    if (from == null) {
      GenericKubernetesResourceList list = crd.call("list", () -> crd.ops().list(options(null)));
      Set<String> listed = new HashSet<>();
      for (GenericKubernetesResource item : list.getItems()) {
        listed.add(item.getMetadata().getUid());
        String seen = delivered.get(item.getMetadata().getUid());
        if (!item.getMetadata().getResourceVersion().equals(seen)) {
          deliver(seen == null ? "ADDED" : "MODIFIED", item);
        }
      }
      for (String gone : Set.copyOf(delivered.keySet())) {
        if (!listed.contains(gone)) {
          delivered.remove(gone);
          offer(event("DELETED", tombstone(gone)));
        }
      }
      from = list.getMetadata().getResourceVersion();
    }
    ListOptions watchFrom = options(from);
    watch = crd.call("watch", () -> crd.ops().watch(watchFrom, new Watcher<>() {
      @Override
      public void eventReceived(Action action, GenericKubernetesResource resource) {
        if (action == Action.ERROR) {
          return;
        }
        deliver(action.name(), resource);
      }

      @Override
      public void onClose(WatcherException cause) {
        if (isClosed()) {
          return;
        }
        if (cause.isHttpGone()) {
          try {
            start(null);
          } catch (ArgoException e) {
            fail(e);
          }
        } else {
          fail(Crd.failure(crd.describe("watch"), cause.asClientException()));
        }
      }

      @Override
      public void onClose() {
        end();
      }
    }));
  }

  private synchronized void deliver(String type, GenericKubernetesResource resource) {
    String uid = resource.getMetadata().getUid();
    String version = resource.getMetadata().getResourceVersion();
    if ("DELETED".equals(type)) {
      delivered.remove(uid);
    } else if (version != null && version.equals(delivered.put(uid, version))) {
      return; // already delivered
    }
    offer(event(type, crd.toModel(resource)));
  }

  private Workflow tombstone(String uid) {
    return Workflow.builder().metadata(io.argowf.model.k8s.ObjectMeta.builder().uid(uid).namespace(crd.namespace())
        .build()).build();
  }

  private static WorkflowWatchEvent event(String type, Workflow wf) {
    return WorkflowWatchEvent.builder().type(type).object(wf).build();
  }

  @Override
  protected void onClose() {
    Watch w = watch;
    if (w != null) {
      w.close();
    }
  }
}
