package io.argowf.client;

import io.argowf.client.internal.ApiRequest;
import io.argowf.client.internal.ServerVersion;
import io.argowf.client.internal.Transport;
import io.argowf.model.ArgoVersion;
import io.argowf.model.LintException;
import io.argowf.model.k8s.Resource;
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

  /**
   * The manifest as the server's version reads it ({@link ArgoVersion#convert}: e.g. v4's
   * {@code schedules} list becomes v3.5's {@code schedule}); the version is asked of the server once.
   *
   * @throws InvalidException before anything is sent when the manifest uses what the server's version lacks
   */
  <T extends Resource> T forServer(T manifest) {
    if (manifest == null) {
      return null;
    }
    ServerVersion version = transport.serverVersion();
    ArgoVersion target = version.before(4, 0) ? ArgoVersion.V3_5 : ArgoVersion.V4;
    try {
      return target.convert(manifest);
    } catch (LintException e) {
      throw new InvalidException("argo-server " + version + " cannot take this " + manifest.getClass().getSimpleName()
          + ": " + e.getMessage(), ArgoException.NO_STATUS, ArgoException.NO_GRPC_CODE, "", e);
    }
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
    return new ServerWorkflowTemplates(this, namespace);
  }

  @Override
  public ClusterWorkflowTemplates clusterWorkflowTemplates() {
    return new ServerClusterWorkflowTemplates(this);
  }

  @Override
  public CronWorkflows cronWorkflows(String namespace) {
    return new ServerCronWorkflows(this, namespace);
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
