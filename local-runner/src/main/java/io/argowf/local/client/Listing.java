package io.argowf.local.client;

import io.argowf.client.ListRequest;
import io.argowf.client.Page;
import io.argowf.client.spi.BackendSupport;
import io.argowf.model.k8s.HasMetadata;
import io.argowf.model.k8s.ObjectMeta;
import io.argowf.model.k8s.Time;
import io.argowf.model.workflow.Workflow;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A list request answered from memory: label and field selectors, the name and time filters, the {@code fields}
 * projection, and pages (the continue token is the offset of the next item; items are in name order).
 */
final class Listing {
  private Listing() {}

  static <T extends HasMetadata> ListRequest<T> of(Supplier<List<T>> snapshot) {
    return ListRequest.of(new ListRequest.Executor<>() {
      @Override
      public Stream<T> stream(ListRequest.Query q) {
        return matching(snapshot.get(), q).stream();
      }

      @Override
      public Page<T> page(ListRequest.Query q, String continueToken) {
        List<T> all = matching(snapshot.get(), q);
        int from = continueToken == null || continueToken.isEmpty() ? 0 : offset(continueToken);
        int to = q.pageSize() > 0 ? Math.min(all.size(), from + q.pageSize()) : all.size();
        List<T> items = all.subList(Math.min(from, all.size()), to);
        Optional<String> next = to < all.size() ? Optional.of(Integer.toString(to)) : Optional.empty();
        return new Page<>(List.copyOf(items), next, next.map(n -> (long) (all.size() - Integer.parseInt(n))));
      }
    });
  }

  private static int offset(String token) {
    try {
      return Integer.parseInt(token);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a continue token of the local backend: " + token);
    }
  }

  @SuppressWarnings("unchecked")
  static <T extends HasMetadata> List<T> matching(List<T> items, ListRequest.Query q) {
    Predicate<T> keep = filter(q);
    return items.stream().filter(keep)
        .map(item -> BackendSupport.project(item, q.fields(), q.excludeFields(), (Class<T>) item.getClass()))
        .collect(Collectors.toList());
  }

  private static <T extends HasMetadata> Predicate<T> filter(ListRequest.Query q) {
    Predicate<Map<String, String>> labels = Selectors.labels(q.labelSelector());
    var fields = Selectors.fields(q.fieldSelectors());
    Predicate<T> keep = item -> labels.test(labelsOf(item.metadata())) && fields.test(item.metadata().name(),
        item.metadata().namespace());
    if (q.nameFilter() != null) {
      keep = keep.and(item -> q.nameFilter().matches(item.metadata().name(), q.name()));
    }
    if (q.createdAfter() != null) {
      keep = keep.and(item -> after(item.metadata().creationTimestamp(), q.createdAfter()));
    }
    if (q.finishedBefore() != null) {
      keep = keep.and(item -> item instanceof Workflow wf && wf.status() != null
          && wf.status().finishedAt() != null && wf.status().finishedAt().isValid()
          && wf.status().finishedAt().toInstant().isBefore(q.finishedBefore()));
    }
    return keep;
  }

  static Map<String, String> labelsOf(ObjectMeta meta) {
    return meta == null || meta.labels() == null ? Map.of() : meta.labels();
  }

  private static boolean after(Time time, Instant limit) {
    return time != null && time.isValid() && time.toInstant().isAfter(limit);
  }
}
