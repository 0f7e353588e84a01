package io.argowf.local;

import java.util.Map;

/**
 * The entrypoints of the images Argo's documentation uses that have one (a container with no {@code command} runs
 * its image's entrypoint with {@code args}). An image without a known entrypoint runs its {@code args} as the command,
 * as Docker does for images without an {@code ENTRYPOINT} ({@code alpine}, {@code busybox}, {@code python}, ...).
 */
final class Entrypoints {
  private static final Map<String, String> KNOWN = Map.of("argoproj/argosay", "argosay");

  private Entrypoints() {}

  static String of(String image) {
    if (image == null) return null;
    String base = Choice.untagged(image);
    for (var e : KNOWN.entrySet()) if (base.equals(e.getKey()) || base.endsWith("/" + e.getKey())) return e.getValue();
    return null;
  }
}
