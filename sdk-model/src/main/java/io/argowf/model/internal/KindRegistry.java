package io.argowf.model.internal;

import io.argowf.model.k8s.Resource;
import io.argowf.model.spi.Kind;
import io.argowf.model.spi.KindProvider;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/** The kinds read into classes: the generated ones plus those {@link KindProvider}s add. */
public final class KindRegistry {
  private static volatile KindRegistry instance;

  private final Map<String, Class<? extends Resource>> byName = new HashMap<>();
  private final Map<Class<?>, Kind> byClass = new HashMap<>();
  private final List<Kind> all = new ArrayList<>();

  private KindRegistry(List<Kind> kinds) {
    for (Kind k : kinds) {
      if (byName.putIfAbsent(k.apiVersion() + "|" + k.kind(), k.type()) == null) {
        byClass.putIfAbsent(k.type(), k);
        all.add(k);
      }
    }
  }

  /** @return the registry, built on first use */
  public static KindRegistry get() {
    KindRegistry r = instance;
    if (r == null) {
      synchronized (KindRegistry.class) {
        r = instance;
        if (r == null) {
          List<Kind> kinds = new ArrayList<>(GeneratedKinds.ALL);
          for (KindProvider p : ServiceLoader.load(KindProvider.class, KindRegistry.class.getClassLoader())) {
            kinds.addAll(p.kinds());
          }
          instance = r = new KindRegistry(kinds);
        }
      }
    }
    return r;
  }

  /**
   * The class for an apiVersion and kind.
   *
   * @return the class, or null when not modelled
   */
  public Class<? extends Resource> classFor(String apiVersion, String kind) {
    return byName.get(apiVersion + "|" + kind);
  }

  /** @return the kind a class models, or null */
  public Kind kindOf(Class<?> type) {
    return byClass.get(type);
  }

  /** @return every known kind */
  public List<Kind> all() {
    return Collections.unmodifiableList(all);
  }
}
