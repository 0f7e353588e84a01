package io.argowf.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Stand-ins for the demo commands Argo's documentation uses everywhere, used only when the command is not on this
 * machine: {@code cowsay TEXT...} (a cow saying the text) and {@code argosay} ({@code echo [TEXT [FILE]]},
 * {@code cat FILE...}, {@code sleep DURATION}, {@code exit [CODE]}, {@code assert_contains FILE TEXT}). They are
 * stand-ins, not the real programs: the cow's shape is argowf's own.
 */
final class BuiltInStandIns {
  static final java.util.List<String> NAMES = java.util.List.of("cowsay", "argosay");

  private BuiltInStandIns() {}

  static StandIn forCommand(String command) {
    return switch (command) {
      case "cowsay" -> BuiltInStandIns::cowsay;
      case "argosay" -> BuiltInStandIns::argosay;
      default -> null;
    };
  }

  private static LeafResult cowsay(Leaf leaf) {
    String text = String.join(" ", leaf.arguments());
    String bar = "-".repeat(text.length() + 2);
    leaf.out().println(" " + "_".repeat(text.length() + 2));
    leaf.out().println("< " + text + " >");
    leaf.out().println(" " + bar);
    leaf.out().println("        \\   ^__^");
    leaf.out().println("         \\  (oo)\\_______");
    leaf.out().println("            (__)\\       )\\/\\");
    leaf.out().println("                ||----w |");
    leaf.out().println("                ||     ||");
    return LeafResult.ok();
  }

  private static LeafResult argosay(Leaf leaf) throws Exception {
    List<String> a = leaf.arguments();
    String verb = a.isEmpty() ? "echo" : a.get(0);
    List<String> rest = a.isEmpty() ? List.of() : a.subList(1, a.size());
    switch (verb) {
      case "echo":
        return echo(leaf, rest);
      case "cat":
        for (String f : rest) leaf.out().print(Files.readString(leaf.path(f)));
        return LeafResult.ok();
      case "sleep":
        Thread.sleep(Durations.parse(rest.isEmpty() ? "0" : rest.get(0)).toMillis());
        return LeafResult.ok();
      case "exit":
        return LeafResult.exit(rest.isEmpty() ? 0 : Integer.parseInt(rest.get(0)));
      case "assert_contains":
        String content = Files.readString(leaf.path(rest.get(0)));
        if (content.contains(rest.get(1))) return LeafResult.ok();
        leaf.out().println(rest.get(0) + " does not contain " + rest.get(1));
        return LeafResult.exit(1);
      default:
        leaf.out().println("argosay: unknown command " + verb);
        return LeafResult.exit(1);
    }
  }

  private static LeafResult echo(Leaf leaf, List<String> rest) throws Exception {
    String text = rest.isEmpty() ? "hello argo" : rest.get(0);
    if (rest.size() < 2) {
      leaf.out().println(text);
      return LeafResult.ok();
    }
    Path file = leaf.path(rest.get(1));
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return LeafResult.ok();
  }
}
