package io.argowf.client;

import io.argowf.client.internal.ApiRequest;
import io.argowf.client.internal.PagedIterator;
import io.argowf.client.internal.Transport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A list call being configured: selectors, projection, page size. Items are read as they arrive
 * and further pages are fetched only when needed, so {@link #stream()} over tens of thousands of
 * workflows uses little memory. Not thread-safe; make one per call.
 *
 * <pre>{@code
 * try (Stream<Workflow> failed = argo.workflows("argo").list()
 *     .labelSelector("team=data")
 *     .fields("metadata.name", "status.phase")
 *     .stream()) {
 *   failed.filter(wf -> "Failed".equals(wf.status().phase())).forEach(...);
 * }
 * }</pre>
 *
 * @param <T> item type
 */
public final class ListRequest<T> {
  /** Page size used unless {@link #pageSize(int)} says otherwise. */
  public static final int DEFAULT_PAGE_SIZE = 500;

  private final Transport transport;
  private final Class<T> type;
  private final String[] segments;
  private final Map<String, String> query = new LinkedHashMap<>();
  private final List<String> fieldSelectors = new ArrayList<>();
  private String labelSelector;
  private String fields;
  private int pageSize = DEFAULT_PAGE_SIZE;

  ListRequest(Transport transport, Class<T> type, String... segments) {
    this.transport = transport;
    this.type = type;
    this.segments = segments;
  }

  /** Adds an endpoint-specific query parameter (null values are dropped). */
  ListRequest<T> query(String name, String value) {
    if (value != null) {
      query.put(name, value);
    }
    return this;
  }

  /**
   * Kubernetes label selector, e.g. {@code app=etl,tier!=test}.
   */
  public ListRequest<T> labelSelector(String selector) {
    this.labelSelector = selector;
    return this;
  }

  /**
   * Adds a field selector; several are combined with AND. Workflow lists support
   * {@code metadata.name}, {@code metadata.namespace} ({@code =}, {@code ==}, {@code !=}) and
   * {@code spec.startedAt>}/{@code <} with an RFC 3339 time.
   *
   * @param selector e.g. {@code metadata.name!=skip-me}
   */
  public ListRequest<T> fieldSelector(String selector) {
    fieldSelectors.add(selector);
    return this;
  }

  /**
   * Keeps only these paths of each item (relative to the item, e.g. {@code metadata.name},
   * {@code status.phase}); everything else arrives absent. Much cheaper lists.
   *
   * @param itemPaths dot paths inside an item
   */
  public ListRequest<T> fields(String... itemPaths) {
    // the list's own metadata must stay, or paging loses its continue token
    this.fields = "metadata," + prefixed(itemPaths);
    return this;
  }

  /**
   * Drops these paths from each item, e.g. {@code status.nodes} (which also spares the server from
   * loading offloaded node status).
   *
   * @param itemPaths dot paths inside an item
   */
  public ListRequest<T> withoutFields(String... itemPaths) {
    this.fields = "-" + prefixed(itemPaths);
    return this;
  }

  /**
   * Items per request (default {@value #DEFAULT_PAGE_SIZE}); 0 asks for everything at once (still
   * streamed).
   */
  public ListRequest<T> pageSize(int size) {
    if (size < 0) {
      throw new IllegalArgumentException("page size must be >= 0");
    }
    this.pageSize = size;
    return this;
  }

  /**
   * All matching items, fetched page by page as the stream is consumed. Close the stream (or use
   * try-with-resources) when stopping early.
   *
   * @return the items
   */
  public Stream<T> stream() {
    PagedIterator<T> pages = new PagedIterator<>(transport, this::request, type, false);
    return new ArgoStream<>(pages, pages::close).stream();
  }

  /**
   * All matching items in a list (use {@link #stream()} for large results).
   *
   * @return the items
   */
  public List<T> toList() {
    try (Stream<T> s = stream()) {
      return s.collect(Collectors.toList());
    }
  }

  /**
   * One page.
   *
   * @param continueToken {@code null} for the first page, else the previous page's token
   */
  public Page<T> page(String continueToken) {
    PagedIterator<T> it = new PagedIterator<>(transport, token -> request(continueToken), type, true);
    try (it) {
      List<T> items = new ArrayList<>();
      it.forEachRemaining(items::add);
      return new Page<>(items, Optional.ofNullable(it.continueToken()).filter(s -> !s.isEmpty()),
          Optional.ofNullable(it.remainingItemCount()));
    }
  }

  private ApiRequest request(String continueToken) {
    ApiRequest r = ApiRequest.get(segments);
    r.query("listOptions.labelSelector", labelSelector);
    r.query("listOptions.fieldSelector", fieldSelectors.isEmpty() ? null : String.join(",", fieldSelectors));
    r.query("listOptions.limit", pageSize == 0 ? null : pageSize);
    r.query("listOptions.continue", continueToken);
    query.forEach(r::query);
    r.query("fields", fields);
    return r;
  }

  private static String prefixed(String... itemPaths) {
    if (itemPaths.length == 0) {
      throw new IllegalArgumentException("give at least one path");
    }
    return Arrays.stream(itemPaths).map(p -> "items." + p).collect(Collectors.joining(","));
  }
}
