package io.argowf.client;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.argowf.client.internal.ApiRequest;
import io.argowf.client.internal.Transport;
import io.argowf.model.workflow.LabelKeys;
import io.argowf.model.workflow.LabelValues;
import io.argowf.model.workflow.ResubmitArchivedWorkflowRequest;
import io.argowf.model.workflow.RetryArchivedWorkflowRequest;
import io.argowf.model.workflow.Workflow;
import java.util.List;
import java.util.Objects;

/**
 * The workflow archive, addressed by workflow UID. Get it from {@link ArgoClient#archivedWorkflows()}.
 *
 * <pre>{@code
 * ArchivedWorkflows archive = argo.archivedWorkflows();
 * archive.list("argo").labelSelector("team=data").stream().forEach(wf -> ...);
 * Workflow old = archive.get(uid);
 * archive.resubmit(uid, ResubmitArchivedWorkflowRequest.builder().namespace("argo").build());
 * }</pre>
 */
public final class ArchivedWorkflows {
  private static final String[] BASE = {"api", "v1", "archived-workflows"};

  private final Transport transport;

  ArchivedWorkflows(Transport transport) {
    this.transport = transport;
  }

  /**
   * Lists archived workflows of every namespace the caller may see.
   *
   * @return the list call to configure
   */
  public ListRequest<Workflow> list() {
    return list(null);
  }

  /**
   * Lists archived workflows of one namespace.
   *
   * @param namespace the namespace
   * @return the list call to configure
   */
  public ListRequest<Workflow> list(String namespace) {
    return ListRequest.of(new ServerLister<>(transport, Workflow.class, ServerLister.Endpoint.WORKFLOWS, namespace, BASE));
  }

  /**
   * Lists archived workflows whose name matches.
   *
   * @param filter how to match
   * @param name the value to match against
   * @return the list call to configure
   */
  public ListRequest<Workflow> listByName(NameFilter filter, String name) {
    return list().nameFilter(filter, name);
  }

  /**
   * @param uid the workflow's UID
   * @return the archived workflow
   * @throws NotFoundException when there is none
   */
  public Workflow get(String uid) {
    return transport.call(ApiRequest.get(path(uid)), Workflow.class);
  }

  /**
   * @param uid the workflow's UID
   */
  public void delete(String uid) {
    transport.call(ApiRequest.delete(path(uid)), response -> null);
  }

  /**
   * Retries an archived workflow (it becomes live again).
   *
   * @param uid the workflow's UID
   * @param options namespace, name, {@code restartSuccessful}, {@code nodeFieldSelector}, parameters
   * @return the retried workflow
   */
  public Workflow retry(String uid, RetryArchivedWorkflowRequest options) {
    return action(uid, "retry", options);
  }

  /**
   * Submits a new workflow from an archived one.
   *
   * @param uid the workflow's UID
   * @param options namespace, name, {@code memoized}, parameters
   * @return the new workflow
   */
  public Workflow resubmit(String uid, ResubmitArchivedWorkflowRequest options) {
    return action(uid, "resubmit", options);
  }

  /**
   * The label keys used by archived workflows.
   *
   * @return the keys
   */
  public List<String> labelKeys() {
    LabelKeys keys = transport.call(ApiRequest.get("api", "v1", "archived-workflows-label-keys"), LabelKeys.class);
    return keys.items() == null ? List.of() : keys.items();
  }

  /**
   * The values used for one label key.
   *
   * @param key the label key
   * @return the values
   */
  public List<String> labelValues(String key) {
    LabelValues values = transport.call(ApiRequest.get("api", "v1", "archived-workflows-label-values")
        .query("listOptions.labelSelector", Names.require(key)), LabelValues.class);
    return values.items() == null ? List.of() : values.items();
  }

  private Workflow action(String uid, String action, Object options) {
    ObjectNode body = (ObjectNode) transport.json().tree(Objects.requireNonNull(options, "options"));
    body.put("uid", Names.require(uid));
    return transport.call(ApiRequest.put(body, path(uid, action)).safety(ApiRequest.Safety.ONCE), Workflow.class);
  }

  private static String[] path(String... more) {
    String[] p = java.util.Arrays.copyOf(BASE, BASE.length + more.length);
    System.arraycopy(more, 0, p, BASE.length, more.length);
    Names.require(more[0]);
    return p;
  }
}
