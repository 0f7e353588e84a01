package io.argowf.local.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.argowf.client.ArgoException;
import io.argowf.client.DeleteOptions;
import io.argowf.client.ListRequest;
import io.argowf.client.spi.BackendSupport;
import io.argowf.model.k8s.HasMetadata;
import io.argowf.model.Manifests;
import io.argowf.model.k8s.Time;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * Objects of one kind kept in memory by name (one namespace, or cluster-scoped), as the Kubernetes API stores
 * them: a create sets {@code uid}, {@code creationTimestamp} and {@code resourceVersion}; an update must carry the
 * live {@code resourceVersion} (else {@code ConflictException}) and gets a new one.
 *
 * @param <T> the model type
 */
final class Store<T extends HasMetadata> {
  private final String plural;
  private final String namespace;
  private final Class<T> type;
  private final Versions versions;
  private final Map<String, T> byName = new TreeMap<>();

  /** @param namespace the namespace, or null for a cluster-scoped kind */
  Store(String plural, String namespace, Class<T> type, Versions versions) {
    this.plural = plural;
    this.namespace = namespace;
    this.type = type;
    this.versions = versions;
  }

  synchronized T create(T object) {
    String name = name(object);
    if (byName.containsKey(name)) {
      throw failure("create", 409, "AlreadyExists", "\"" + name + "\" already exists");
    }
    ObjectNode tree = tree(object);
    ObjectNode meta = tree.with("metadata");
    meta.put("name", name);
    meta.remove("generateName");
    if (namespace != null) {
      meta.put("namespace", namespace);
    }
    meta.put("uid", UUID.randomUUID().toString());
    meta.put("creationTimestamp", Time.of(Instant.now()).toString());
    meta.put("resourceVersion", versions.next());
    T stored = bind(tree);
    byName.put(name, stored);
    return stored;
  }

  synchronized T get(String name) {
    T found = byName.get(requireName(name));
    if (found == null) {
      throw failure("get " + name, 404, "NotFound", "\"" + name + "\" not found");
    }
    return found;
  }

  synchronized List<T> all() {
    return new ArrayList<>(byName.values());
  }

  ListRequest<T> list() {
    return Listing.of(this::all);
  }

  synchronized T update(T object) {
    String name = requireName(object.metadata() == null ? null : object.metadata().name());
    T live = get(name);
    String sent = object.metadata().resourceVersion();
    if (sent == null || !sent.equals(live.metadata().resourceVersion())) {
      throw failure("update " + name, 409, "Conflict", "Operation cannot be fulfilled on " + plural
          + " \"" + name + "\": the object has been modified; please apply your changes to the latest version "
          + "and try again");
    }
    ObjectNode tree = tree(object);
    ObjectNode meta = tree.with("metadata");
    meta.put("uid", live.metadata().uid());
    meta.put("creationTimestamp", live.metadata().creationTimestamp().toString());
    if (namespace != null) {
      meta.put("namespace", namespace);
    }
    meta.put("resourceVersion", versions.next());
    T stored = bind(tree);
    byName.put(name, stored);
    return stored;
  }

  /** Replaces the live object with a change of it (a new resourceVersion), as a patch would. */
  synchronized T patch(String name, Consumer<ObjectNode> change) {
    ObjectNode tree = tree(get(name));
    change.accept(tree);
    tree.with("metadata").put("resourceVersion", versions.next());
    T stored = bind(tree);
    byName.put(name, stored);
    return stored;
  }

  /** Grace period and propagation have nothing to act on in memory: the object goes at once. */
  synchronized void delete(String name, DeleteOptions options) {
    get(name);
    byName.remove(name);
  }

  private String name(T object) {
    if (object.metadata() == null) {
      throw new IllegalArgumentException(plural + ": the object has no metadata");
    }
    String name = object.metadata().name();
    if ((name == null || name.isEmpty()) && object.metadata().generateName() != null) {
      for (name = generated(object.metadata().generateName()); byName.containsKey(name); ) {
        name = generated(object.metadata().generateName());
      }
    }
    return requireName(name);
  }

  static String requireName(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name must not be empty");
    }
    return name;
  }

  static String generated(String prefix) {
    String alphabet = "bcdfghjklmnpqrstvwxz2456789";
    StringBuilder s = new StringBuilder(prefix);
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int i = 0; i < 5; i++) {
      s.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return s.toString();
  }

  ArgoException failure(String what, int status, String reason, String message) {
    String where = plural + ".argoproj.io";
    return BackendSupport.failure(what + " " + plural + (namespace == null ? "" : " in " + namespace)
        + " (local)", status, reason, where + " " + message, null);
  }

  private static ObjectMapper json() {
    return Manifests.jsonMapper();
  }

  private ObjectNode tree(T object) {
    return json().valueToTree(object);
  }

  private T bind(ObjectNode tree) {
    return json().convertValue(tree, type);
  }
}
