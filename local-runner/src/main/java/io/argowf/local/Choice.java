package io.argowf.local;

import java.util.List;

/**
 * Which stand-in runs a leaf, in this order: a registered {@link LeafExecutor} that handles it, then those found by
 * {@link java.util.ServiceLoader}, a stand-in for the template's name, for its image (with or without tag), for its
 * command; then a built-in stand-in ({@code cowsay}, {@code argosay}) when the command does not exist here.
 * Null: run the command as a local process.
 *
 * @param standIn the stand-in, or null for a process
 * @param description what was chosen, for logs and errors
 */
record Choice(StandIn standIn, String description) {
  private static final List<LeafExecutor> LOADED = java.util.ServiceLoader.load(LeafExecutor.class).stream()
      .map(java.util.ServiceLoader.Provider::get).toList();

  static Choice of(RunSettings s, Leaf leaf) {
    return of(s, leaf, true);
  }

  /** {@code main}: whether a stand-in for the template's name applies (not to init containers and sidecars). */
  static Choice of(RunSettings s, Leaf leaf, boolean main) {
    for (LeafExecutor e : s.executors()) if (e.handles(leaf)) return new Choice(e, "executor " + e);
    for (LeafExecutor e : LOADED) if (e.handles(leaf)) return new Choice(e, "executor " + e);
    StandIn t = !main || leaf.templateName() == null ? null : s.byTemplate().get(leaf.templateName());
    if (t != null) return new Choice(t, "the stand-in for template " + leaf.templateName());
    String image = leaf.image();
    if (image != null) {
      StandIn i = s.byImage().get(image);
      if (i == null) i = s.byImage().get(untagged(image));
      if (i != null) return new Choice(i, "the stand-in for image " + image);
    }
    if (leaf.command().isEmpty()) return new Choice(null, "no command");
    String cmd = Commands.name(leaf.command().get(0));
    StandIn c = s.byCommand().get(cmd);
    if (c != null) return new Choice(c, "the stand-in for command " + cmd);
    if (Commands.local(leaf.command().get(0)) != null) return new Choice(null, "a local process");
    StandIn b = BuiltInStandIns.forCommand(cmd);
    if (b != null) return new Choice(b, "the built-in stand-in for " + cmd);
    return new Choice(null, "nothing");
  }

  /** Whether the leaf can run at all (a stand-in, or a command that exists here). */
  boolean runnable() {
    return standIn != null || "a local process".equals(description);
  }

  static String untagged(String image) {
    String noDigest = image.contains("@") ? image.substring(0, image.indexOf('@')) : image;
    int slash = noDigest.lastIndexOf('/');
    int colon = noDigest.lastIndexOf(':');
    String base = colon > slash ? noDigest.substring(0, colon) : noDigest;
    return base;
  }
}
