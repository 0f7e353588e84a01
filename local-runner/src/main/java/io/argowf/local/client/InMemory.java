package io.argowf.local.client;

import io.argowf.client.DeleteOptions;
import io.argowf.client.ListRequest;
import io.argowf.model.k8s.HasMetadata;

/**
 * The create, get, list, update and delete that the local backend's stored kinds (WorkflowTemplates,
 * ClusterWorkflowTemplates, CronWorkflows) share: each call goes to the kind's {@link Store}. Subclasses add what
 * is their own (lint, suspend and resume).
 */
abstract class InMemory<T extends HasMetadata> {
  final LocalBackend backend;
  final Store<T> store;

  InMemory(LocalBackend backend, Store<T> store) {
    this.backend = backend;
    this.store = store;
  }

  public T create(T object) {
    return store.create(object);
  }

  public T get(String name) {
    return store.get(name);
  }

  public ListRequest<T> list() {
    return store.list();
  }

  public T update(T object) {
    return store.update(object);
  }

  public void delete(String name, DeleteOptions options) {
    store.delete(name, options);
  }
}
