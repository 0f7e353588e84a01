package io.argowf.client.kubernetes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.argowf.client.ArgoException;
import io.argowf.client.DeleteOptions;
import io.argowf.client.ListRequest;
import io.argowf.client.NotFoundException;
import io.argowf.client.Page;
import io.argowf.client.spi.BackendSupport;
import io.argowf.model.k8s.HasMetadata;
import io.argowf.model.Manifests;
import io.fabric8.kubernetes.api.model.DeletionPropagation;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.api.model.ListOptions;
import io.fabric8.kubernetes.api.model.ListOptionsBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.MixedOperation;
import io.fabric8.kubernetes.client.dsl.NonNamespaceOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * One Argo kind as a Kubernetes custom resource ({@code argoproj.io/v1alpha1}): create, get, list,
 * update, patch, delete, converting between sdk-model's types and fabric8's generic resources through
 * JSON, and fabric8's failures into the {@link ArgoException} family.
 *
 * @param <T> the model type
 */
final class Crd<T extends HasMetadata> {
  static final String API_VERSION = "argoproj.io/v1alpha1";
  private static final ObjectMapper MAPPER = Manifests.jsonMapper();

  private final KubernetesClient client;
  private final String kind;
  private final String plural;
  private final Class<T> type;
  private final String namespace;

  /** @param namespace the namespace, or null for a cluster-scoped kind */
  Crd(KubernetesClient client, String kind, String plural, Class<T> type, String namespace) {
    this.client = client;
    this.kind = kind;
    this.plural = plural;
    this.type = type;
    this.namespace = namespace;
  }

  String namespace() {
    return namespace;
  }

  KubernetesClient client() {
    return client;
  }

  /** The kind's operations; group, version and plural are known, so fabric8 needs no API discovery round trip. */
  NonNamespaceOperation<GenericKubernetesResource, GenericKubernetesResourceList, Resource<GenericKubernetesResource>> ops() {
    ResourceDefinitionContext context = new ResourceDefinitionContext.Builder().withGroup("argoproj.io")
        .withVersion("v1alpha1").withKind(kind).withPlural(plural).withNamespaced(namespace != null).build();
    MixedOperation<GenericKubernetesResource, GenericKubernetesResourceList, Resource<GenericKubernetesResource>> all =
        client.genericKubernetesResources(context);
    return namespace == null ? all : all.inNamespace(namespace);
  }

  T create(T object) {
    return call("create", () -> toModel(ops().resource(toGeneric(object)).create()));
  }

  T createDryRun(T object) {
    return call("create (dry run)", () -> toModel(ops().resource(toGeneric(object)).dryRun().create()));
  }

  T get(String name) {
    GenericKubernetesResource found = call("get " + name, () -> ops().withName(name).get());
    if (found == null) {
      throw new NotFoundException(describe("get " + name) + ": HTTP 404: " + plural + ".argoproj.io \"" + name
          + "\" not found", 404, 5, plural + ".argoproj.io \"" + name + "\" not found", null);
    }
    return toModel(found);
  }

  T update(T object) {
    return call("update " + object.metadata().name(), () -> toModel(ops().resource(toGeneric(object)).update()));
  }

  /** A JSON merge patch, e.g. {@code {"spec":{"suspend":true}}}. */
  T mergePatch(String name, String patch) {
    return call("patch " + name, () -> toModel(ops().withName(name)
        .patch(PatchContext.of(PatchType.JSON_MERGE), patch)));
  }

  void delete(String name, DeleteOptions options) {
    get(name); // Kubernetes answers a delete of nothing with success; argo-server with NotFound
    call("delete " + name, () -> {
      var resource = ops().withName(name);
      var deletable = options.propagation() == null ? resource
          : resource.withPropagationPolicy(DeletionPropagation.valueOf(options.propagation().name()));
      return (options.gracePeriod() == null ? deletable : deletable.withGracePeriod(options.gracePeriod().toSeconds()))
          .delete();
    });
  }

  /** Lists with Kubernetes' selectors and paging; the name and time filters Kubernetes lacks are applied here. */
  ListRequest<T> list() {
    return ListRequest.of(new ListRequest.Executor<>() {
      @Override
      public Stream<T> stream(ListRequest.Query q) {
        Iterable<T> all = () -> new Pages(q);
        return java.util.stream.StreamSupport.stream(all.spliterator(), false).filter(clientSide(q))
            .map(item -> project(item, q));
      }

      @Override
      public Page<T> page(ListRequest.Query q, String continueToken) {
        GenericKubernetesResourceList page = call("list", () -> ops().list(options(q, continueToken)));
        List<T> items = new ArrayList<>();
        page.getItems().stream().map(Crd.this::toModel).filter(clientSide(q)).map(item -> project(item, q))
            .forEach(items::add);
        return new Page<>(items, Optional.ofNullable(page.getMetadata().getContinue()).filter(s -> !s.isEmpty()),
            Optional.ofNullable(page.getMetadata().getRemainingItemCount()));
      }
    });
  }

  /** Lazily fetched pages. */
  private final class Pages implements java.util.Iterator<T> {
    private final ListRequest.Query query;
    private java.util.Iterator<GenericKubernetesResource> items = java.util.Collections.emptyIterator();
    private String next;
    private boolean started;

    Pages(ListRequest.Query query) {
      this.query = query;
    }

    @Override
    public boolean hasNext() {
      while (!items.hasNext() && (!started || (next != null && !next.isEmpty()))) {
        started = true;
        GenericKubernetesResourceList page = call("list", () -> ops().list(options(query, next)));
        items = page.getItems().iterator();
        next = page.getMetadata().getContinue();
      }
      return items.hasNext();
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new java.util.NoSuchElementException();
      }
      return toModel(items.next());
    }
  }

  /** The list's options: selectors and paging Kubernetes understands. */
  static ListOptions options(ListRequest.Query q, String continueToken) {
    ListOptionsBuilder b = new ListOptionsBuilder().withLabelSelector(q.labelSelector());
    if (!q.fieldSelectors().isEmpty()) {
      b.withFieldSelector(String.join(",", q.fieldSelectors()));
    }
    if (q.pageSize() > 0) {
      b.withLimit((long) q.pageSize());
    }
    return b.withContinue(continueToken).build();
  }

  /** The list's {@code fields}, applied to each item here: the Kubernetes API sends whole objects. */
  private T project(T item, ListRequest.Query q) {
    return BackendSupport.project(item, q.fields(), q.excludeFields(), type);
  }

  private Predicate<T> clientSide(ListRequest.Query q) {
    Predicate<T> keep = item -> true;
    if (q.nameFilter() != null) {
      keep = keep.and(item -> q.nameFilter().matches(item.metadata().name(), q.name()));
    }
    if (q.createdAfter() != null) {
      keep = keep.and(item -> after(item.metadata().creationTimestamp(), q.createdAfter()));
    }
    if (q.finishedBefore() != null) {
      keep = keep.and(item -> {
        JsonNode finished = mapper().valueToTree(item).path("status").path("finishedAt");
        return finished.isTextual() && Instant.parse(finished.asText()).isBefore(q.finishedBefore());
      });
    }
    return keep;
  }

  private static boolean after(io.argowf.model.k8s.Time time, Instant limit) {
    return time != null && time.isValid() && time.toInstant().isAfter(limit);
  }

  GenericKubernetesResource toGeneric(Object object) {
    JsonNode tree = mapper().valueToTree(object);
    ((com.fasterxml.jackson.databind.node.ObjectNode) tree).put("apiVersion", API_VERSION).put("kind", kind);
    if (namespace != null) {
      ((com.fasterxml.jackson.databind.node.ObjectNode) tree.path("metadata")).put("namespace", namespace);
    }
    return Serialization.unmarshal(tree.toString(), GenericKubernetesResource.class);
  }

  T toModel(GenericKubernetesResource resource) {
    try {
      return mapper().readValue(Serialization.asJson(resource), type);
    } catch (JsonProcessingException e) {
      throw new io.argowf.client.MalformedResponseException(describe("read") + ": cannot read the " + kind + ": "
          + e.getOriginalMessage(), ArgoException.NO_STATUS, ArgoException.NO_GRPC_CODE, "", e);
    }
  }

  /** The model's JSON mapper, one copy for the module ({@link Manifests#jsonMapper()} copies on each call). */
  static ObjectMapper mapper() {
    return MAPPER;
  }

  String describe(String what) {
    return what + " " + plural + (namespace == null ? "" : " in " + namespace);
  }

  /** Runs a fabric8 call; its failures become the matching {@link ArgoException}. */
  <R> R call(String what, Supplier<R> action) {
    try {
      return action.get();
    } catch (KubernetesClientException e) {
      throw failure(describe(what), e);
    }
  }

  static ArgoException failure(String what, KubernetesClientException e) {
    String reason = e.getStatus() == null ? null : e.getStatus().getReason();
    String message = e.getStatus() != null && e.getStatus().getMessage() != null ? e.getStatus().getMessage()
        : String.valueOf(e.getMessage());
    if (e.getCode() == 0) {
      return new io.argowf.client.UnavailableException(what + ": " + message, ArgoException.NO_STATUS,
          ArgoException.NO_GRPC_CODE, "", e);
    }
    return BackendSupport.failure(what, e.getCode(), reason, message, e);
  }
}
