package io.argowf.client;

import java.util.List;
import java.util.Optional;

/**
 * One page of a list, for callers that page by hand (e.g. a UI).
 *
 * <pre>{@code
 * Page<Workflow> first = argo.workflows("argo").list().pageSize(50).page(null);
 * Page<Workflow> second = argo.workflows("argo").list().pageSize(50).page(first.continueToken().orElseThrow());
 * }</pre>
 *
 * @param items the items of the page
 * @param continueToken token of the next page, empty on the last page
 * @param remainingItemCount how many items follow, when the server said so
 * @param <T> item type
 */
public record Page<T>(List<T> items, Optional<String> continueToken, Optional<Long> remainingItemCount) {
  /** Copies the item list. */
  public Page {
    items = List.copyOf(items);
  }
}
