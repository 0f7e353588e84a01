package io.argowf.local;

import java.security.SecureRandom;

/** Names made the way Kubernetes completes a {@code generateName}: five characters from {@code [a-z0-9]}. */
final class RunNames {
  private static final String ALPHABET = "bcdfghjklmnpqrstvwxz2456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private RunNames() {}

  static String random() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 5; i++) b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    return b.toString();
  }

  /** A suffix derived from a seed (the same seed, the same suffix). */
  static String suffix(String seed) {
    long h = RunIdentity.fnv32a(seed);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      b.append(ALPHABET.charAt((int) (h % ALPHABET.length())));
      h /= ALPHABET.length();
    }
    return b.toString();
  }
}
