package io.argowf.client.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * argo-server's version as {@code /api/v1/version} reports it ({@code v3.5.5}, {@code v4.1.2},
 * {@code latest+abc123} for development builds, which count as the newest).
 *
 * @param major major version
 * @param minor minor version
 * @param text the reported string
 */
public record ServerVersion(int major, int minor, String text) {
  private static final Pattern VERSION = Pattern.compile("v?(\\d+)\\.(\\d+)");

  /** What the client assumes when the server does not say. */
  public static final ServerVersion UNKNOWN = new ServerVersion(Integer.MAX_VALUE, 0, "unknown");

  /** Reads {@code v3.5.5}-like strings; anything else is {@link #UNKNOWN} (assumed newest). */
  public static ServerVersion parse(String text) {
    Matcher m = text == null ? null : VERSION.matcher(text.strip());
    if (m == null || !m.lookingAt()) {
      return new ServerVersion(Integer.MAX_VALUE, 0, text == null ? "unknown" : text);
    }
    return new ServerVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), text.strip());
  }

  /** @return true when this is older than {@code major.minor} */
  public boolean before(int major, int minor) {
    return this.major < major || (this.major == major && this.minor < minor);
  }

  @Override
  public String toString() {
    return text;
  }
}
