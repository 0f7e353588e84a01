package io.argowf.local;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fallback where no mount namespace is possible: every path the template declares (artifact and parameter
 * paths, volume mount paths, {@code workingDir}) is replaced, in the command, args, script source and env values, by
 * its place in the node's folder. It is wrong when a program builds such a path at run time, reads it from a file,
 * or writes to an absolute path nothing declares (that write then happens on this machine as written).
 */
final class PathRewriter {
  private final Map<String, String> replacements = new LinkedHashMap<>();

  PathRewriter(List<String> declared, NodeFolder folder, String workingDir) {
    List<String> sorted = new ArrayList<>(declared);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    for (String p : sorted) {
      if (p != null && p.startsWith("/") && p.length() > 1) {
        replacements.putIfAbsent(p, folder.map(p, workingDir).toString());
      }
    }
  }

  String rewrite(String text) {
    if (text == null || replacements.isEmpty()) return text;
    String out = text;
    for (Map.Entry<String, String> e : replacements.entrySet()) {
      Pattern p = Pattern.compile("(?<![\\w./-])" + Pattern.quote(e.getKey()) + "(?=$|[/\\s'\"`;:,)|&>]|$)");
      out = p.matcher(out).replaceAll(Matcher.quoteReplacement(e.getValue()));
    }
    return out;
  }

  List<String> rewrite(List<String> argv) {
    List<String> out = new ArrayList<>();
    argv.forEach(a -> out.add(rewrite(a)));
    return out;
  }
}
