package io.argowf.client;

import io.argowf.client.internal.ApiRequest;
import io.argowf.client.internal.PagedIterator;
import io.argowf.client.internal.ServerVersion;
import io.argowf.client.internal.Transport;
import io.argowf.model.k8s.HasMetadata;
import io.argowf.model.k8s.Time;
import io.argowf.model.workflow.Workflow;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs {@link ListRequest}s against an argo-server list endpoint.
 *
 * <p>Workflow and archive lists ({@code offsetPaging}) page by decimal offsets. On v4 the client adds
 * the {@code ext.showRemainingItemCount=true} field selector so that the server reports how many items
 * remain, and follows that count when the server leaves out {@code metadata.continue} (it does when
 * the archive is off). argo-server before v3.6 merges archived workflows into every page of the live
 * list and does not know {@code nameFilter}, {@code createdAfter}, {@code finishedBefore} or the uid
 * filter: there {@link #stream} asks for everything in one (streamed) reply, and those filters are
 * applied by the client.
 */
final class ServerLister<T> implements ListRequest.Executor<T> {
  /** What a list endpoint can do. */
  enum Endpoint {
    /** {@code /api/v1/workflows/{ns}} and the archive: offset paging, name and time filters (v3.6 and later). */
    WORKFLOWS,
    /** {@code /api/v1/workflow-templates/{ns}}: {@code namePattern} (names containing it). */
    WORKFLOW_TEMPLATES,
    /** Other lists: selectors and Kubernetes paging only. */
    PLAIN
  }

  private final Transport transport;
  private final Class<T> type;
  private final String[] segments;
  private final Endpoint endpoint;
  private final boolean offsetPaging;
  private final String namespaceParameter;

  /** @param namespaceParameter the archive's {@code namespace} query value, or null */
  ServerLister(Transport transport, Class<T> type, Endpoint endpoint, String namespaceParameter, String... segments) {
    this.transport = transport;
    this.type = type;
    this.segments = segments;
    this.endpoint = endpoint;
    this.offsetPaging = endpoint == Endpoint.WORKFLOWS;
    this.namespaceParameter = namespaceParameter;
  }

  @Override
  public Stream<T> stream(ListRequest.Query query) {
    boolean legacy = offsetPaging && legacyServer();
    int limit = legacy ? 0 : query.pageSize();
    PagedIterator<T> pages = new PagedIterator<>(transport, token -> request(query, limit, token, legacy), type,
        false, limit, offsetPaging);
    return ArgoStream.of(pages, pages::close).stream().filter(clientSideFilter(query, legacy));
  }

  @Override
  public Page<T> page(ListRequest.Query query, String continueToken) {
    boolean legacy = offsetPaging && legacyServer();
    PagedIterator<T> it = new PagedIterator<>(transport, token -> request(query, query.pageSize(), continueToken, legacy),
        type, true, query.pageSize(), offsetPaging);
    try (it) {
      List<T> items = new ArrayList<>();
      Predicate<T> keep = clientSideFilter(query, legacy);
      it.forEachRemaining(item -> {
        if (keep.test(item)) {
          items.add(item);
        }
      });
      return new Page<>(items, Optional.ofNullable(it.continueToken()).filter(s -> !s.isEmpty()),
          Optional.ofNullable(it.remainingItemCount()));
    }
  }

  private boolean legacyServer() {
    return transport.serverVersion().before(3, 6);
  }

  private ApiRequest request(ListRequest.Query q, int limit, String continueToken, boolean legacy) {
    List<String> selectors = new ArrayList<>(q.fieldSelectors());
    boolean serverFilters = offsetPaging && !legacy;
    if (q.nameFilter() != null && serverFilters) {
      selectors.add("metadata.name=" + q.name());
    }
    if (offsetPaging && limit > 0 && !legacy) {
      selectors.add("ext.showRemainingItemCount=true");
    }
    ApiRequest r = ApiRequest.get(segments);
    r.query("listOptions.labelSelector", q.labelSelector());
    r.query("listOptions.fieldSelector", selectors.isEmpty() ? null : String.join(",", selectors));
    r.query("listOptions.limit", limit == 0 ? null : limit);
    r.query("listOptions.continue", continueToken);
    r.query("namespace", namespaceParameter);
    if (serverFilters) {
      r.query("nameFilter", q.nameFilter() == null ? null : q.nameFilter().wire());
      r.query("createdAfter", rfc3339(q.createdAfter()));
      r.query("finishedBefore", rfc3339(q.finishedBefore()));
    }
    if (endpoint == Endpoint.WORKFLOW_TEMPLATES && q.nameFilter() == NameFilter.CONTAINS) {
      r.query("namePattern", q.name());
    }
    r.query("fields", fields(q));
    return r;
  }

  /** The filters the endpoint (or a v3.5 server) does not apply, applied to what it sent. */
  private Predicate<T> clientSideFilter(ListRequest.Query q, boolean legacy) {
    boolean serverFilters = offsetPaging && !legacy;
    Predicate<HasMetadata> keep = item -> true;
    boolean byName = q.nameFilter() != null && !serverFilters
        && !(endpoint == Endpoint.WORKFLOW_TEMPLATES && q.nameFilter() == NameFilter.CONTAINS);
    if (byName) {
      keep = keep.and(item -> item.metadata() != null && q.nameFilter().matches(item.metadata().name(), q.name()));
    }
    if (q.createdAfter() != null && !serverFilters) {
      keep = keep.and(item -> item.metadata() != null && after(item.metadata().creationTimestamp(), q.createdAfter()));
    }
    if (q.finishedBefore() != null && !serverFilters) {
      keep = keep.and(item -> item instanceof Workflow wf && wf.status() != null
          && after(Time.of(q.finishedBefore()), wf.status().finishedAt()));
    }
    Predicate<HasMetadata> filter = keep;
    return item -> !(item instanceof HasMetadata h) || filter.test(h);
  }

  /** Whether {@code time} is set, valid and after {@code limit}. */
  private static boolean after(Time time, Instant limit) {
    return time != null && time.isValid() && time.toInstant().isAfter(limit);
  }

  private static boolean after(Time time, Time limit) {
    return limit != null && limit.isValid() && after(time, limit.toInstant());
  }

  private static String fields(ListRequest.Query q) {
    if (q.fields().isEmpty()) {
      return null;
    }
    String items = q.fields().stream().map(p -> "items." + p).collect(Collectors.joining(","));
    // the list's own metadata must stay, or paging loses its continue token
    return q.excludeFields() ? "-" + items : "metadata," + items;
  }

  private static String rfc3339(Instant time) {
    return time == null ? null : time.truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
