package io.argowf.client;

import io.argowf.client.internal.ApiRequest;
import io.argowf.client.internal.Transport;
import io.argowf.model.workflow.GetUserInfoResponse;
import io.argowf.model.workflow.InfoResponse;
import io.argowf.model.workflow.Version;
import io.argowf.model.workflow.Workflow;
import java.util.Optional;

/** The argo-server backend: every call over argo-server's HTTP/JSON API. */
final class ServerBackend implements Backend {
  private final Transport transport;
  private final String namespace;
  private final boolean lintBeforeSubmit;

  ServerBackend(Transport transport, String namespace, boolean lintBeforeSubmit) {
    this.transport = transport;
    this.namespace = namespace;
    this.lintBeforeSubmit = lintBeforeSubmit;
  }

  Transport transport() {
    return transport;
  }

  boolean lintBeforeSubmit() {
    return lintBeforeSubmit;
  }

  /** The workflow as the server's version expects it. */
  Workflow forServer(Workflow workflow) {
    return workflow;
  }

  @Override
  public String description() {
    return "argo-server " + transport.url(ApiRequest.get());
  }

  @Override
  public String namespace() {
    return namespace;
  }

  @Override
  public Workflows workflows(String namespace) {
    return new ServerWorkflows(this, namespace);
  }

  @Override
  public WorkflowTemplates workflowTemplates(String namespace) {
    return new ServerWorkflowTemplates(transport, namespace);
  }

  @Override
  public ClusterWorkflowTemplates clusterWorkflowTemplates() {
    return new ServerClusterWorkflowTemplates(transport);
  }

  @Override
  public CronWorkflows cronWorkflows(String namespace) {
    return new ServerCronWorkflows(transport, namespace);
  }

  /** argo-server serves its UI at the same address. */
  @Override
  public Optional<String> uiUrl() {
    return Optional.of(transport.url(ApiRequest.get()).toString());
  }

  @Override
  public ArchivedWorkflows archivedWorkflows() {
    return new ArchivedWorkflows(transport);
  }

  @Override
  public Events events(String namespace) {
    return new Events(transport, namespace);
  }

  @Override
  public Artifacts artifacts(String namespace) {
    return new Artifacts(transport, namespace);
  }

  @Override
  public InfoResponse info() {
    return transport.call(ApiRequest.get("api", "v1", "info"), InfoResponse.class);
  }

  @Override
  public Version version() {
    return transport.call(ApiRequest.get("api", "v1", "version"), Version.class);
  }

  @Override
  public GetUserInfoResponse userInfo() {
    return transport.call(ApiRequest.get("api", "v1", "userinfo"), GetUserInfoResponse.class);
  }

  @Override
  public void close() {
    transport.close();
  }
}
