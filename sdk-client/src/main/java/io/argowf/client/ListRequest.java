package io.argowf.client;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A list call being configured: selectors, projection, paging. Items are read as they arrive and
 * further pages are fetched only when needed, so {@link #stream()} over tens of thousands of
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
 * <p><b>Paging.</b> By default everything is asked for in one request (as the argo CLI does), still
 * parsed item by item. {@link #pageSize(int)} asks for pages; {@link #stream()} then follows
 * {@code metadata.continue} to the end, and {@link #page(String)} reads one page. See the module
 * README for how argo-server v3.5 and v4 page.
 *
 * @param <T> item type
 */
public final class ListRequest<T> {
  /**
   * What a list asks for, as handed to the backend.
   *
   * @param labelSelector Kubernetes label selector, or null
   * @param fieldSelectors field selectors, combined with AND
   * @param fields item paths to keep (or drop, with {@code excludeFields}); empty for whole items
   * @param excludeFields whether {@code fields} are dropped rather than kept
   * @param pageSize items per request, or 0 for no limit
   * @param nameFilter how {@code name} matches, or null for no name filter
   * @param name the value matched by {@code nameFilter}
   * @param createdAfter only items created after this, or null
   * @param finishedBefore only workflows finished before this, or null
   */
  public record Query(String labelSelector, List<String> fieldSelectors, List<String> fields, boolean excludeFields,
      int pageSize, NameFilter nameFilter, String name, Instant createdAfter,
      Instant finishedBefore) {
    /** Copies the lists. */
    public Query {
      fieldSelectors = List.copyOf(fieldSelectors);
      fields = List.copyOf(fields);
    }
  }

  /**
   * How a backend runs a list.
   *
   * @param <T> item type
   */
  public interface Executor<T> {
    /** @return every item matching the query, fetched lazily; closing the stream releases the backend's resources */
    Stream<T> stream(Query query);

    /**
     * @param continueToken null for the first page, else the previous page's token
     * @return one page of at most {@code query.pageSize()} items (all of them when 0)
     */
    Page<T> page(Query query, String continueToken);
  }

  private final Executor<T> executor;
  private final List<String> fieldSelectors = new ArrayList<>();
  private final List<String> fields = new ArrayList<>();
  private String labelSelector;
  private boolean excludeFields;
  private int pageSize;
  private NameFilter nameFilter;
  private String name;
  private Instant createdAfter;
  private Instant finishedBefore;

  private ListRequest(Executor<T> executor) {
    this.executor = Objects.requireNonNull(executor, "executor");
  }

  /**
   * A list request run by a backend's executor (for backends and fakes).
   *
   * <pre>{@code
   * ListRequest<Workflow> list = ListRequest.of(new MyBackendLister());
   * }</pre>
   */
  public static <T> ListRequest<T> of(Executor<T> executor) {
    return new ListRequest<>(executor);
  }

  /**
   * Kubernetes label selector, e.g. {@code app=etl,tier!=test}.
   *
   * @return this
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
   * @return this
   */
  public ListRequest<T> fieldSelector(String selector) {
    fieldSelectors.add(Objects.requireNonNull(selector, "selector"));
    return this;
  }

  /**
   * Keeps only these paths of each item (relative to the item, e.g. {@code metadata.name},
   * {@code status.phase}); everything else arrives absent. Much cheaper lists on argo-server; other
   * backends may return whole items.
   *
   * @param itemPaths dot paths inside an item
   * @return this
   */
  public ListRequest<T> fields(String... itemPaths) {
    return projection(false, itemPaths);
  }

  /**
   * Drops these paths from each item, e.g. {@code status.nodes} (which also spares argo-server from
   * loading offloaded node status).
   *
   * @param itemPaths dot paths inside an item
   * @return this
   */
  public ListRequest<T> withoutFields(String... itemPaths) {
    return projection(true, itemPaths);
  }

  /**
   * Asks for pages of this many items (default 0: no limit, everything in one streamed reply, as
   * the argo CLI does). {@link #stream()} still returns every item, following the server's
   * continue tokens.
   *
   * @param size items per page; 0 for no limit
   * @return this
   */
  public ListRequest<T> pageSize(int size) {
    if (size < 0) {
      throw new IllegalArgumentException("page size must be >= 0");
    }
    this.pageSize = size;
    return this;
  }

  /**
   * Only items whose name matches (argo-server's {@code nameFilter}; filtered on the client where the
   * server cannot).
   *
   * @return this
   */
  public ListRequest<T> nameFilter(NameFilter filter, String value) {
    this.nameFilter = Objects.requireNonNull(filter, "filter");
    this.name = Objects.requireNonNull(value, "value");
    return this;
  }

  /**
   * Only items created after this time.
   *
   * @return this
   */
  public ListRequest<T> createdAfter(Instant time) {
    this.createdAfter = time;
    return this;
  }

  /**
   * Only workflows that finished before this time.
   *
   * @return this
   */
  public ListRequest<T> finishedBefore(Instant time) {
    this.finishedBefore = time;
    return this;
  }

  /** @return what this request asks for */
  public Query query() {
    return new Query(labelSelector, fieldSelectors, fields, excludeFields, pageSize, nameFilter, name,
        createdAfter, finishedBefore);
  }

  /**
   * All matching items, fetched as the stream is consumed. Close the stream (or use
   * try-with-resources) when stopping early.
   *
   * @return the items
   */
  public Stream<T> stream() {
    return executor.stream(query());
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
   * One page of {@link #pageSize(int)} items.
   *
   * <pre>{@code
   * Page<Workflow> first = wfs.list().pageSize(100).page(null);
   * Page<Workflow> second = wfs.list().pageSize(100).page(first.continueToken().orElseThrow());
   * }</pre>
   *
   * @param continueToken {@code null} for the first page, else the previous page's token
   * @return the page
   */
  public Page<T> page(String continueToken) {
    return executor.page(query(), continueToken);
  }

  private ListRequest<T> projection(boolean exclude, String... itemPaths) {
    if (itemPaths.length == 0) {
      throw new IllegalArgumentException("give at least one path");
    }
    fields.clear();
    fields.addAll(List.of(itemPaths));
    excludeFields = exclude;
    return this;
  }
}
