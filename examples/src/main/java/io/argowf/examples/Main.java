package io.argowf.examples;

import io.argowf.model.Manifests;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The examples' command line.
 *
 * <pre>
 * java -jar examples/target/argowf-examples.jar list
 * java -jar examples/target/argowf-examples.jar show hello-hello-hello
 * java -jar examples/target/argowf-examples.jar export out/ [NAME...]
 * ARGO_SERVER=localhost:2746 ARGO_TOKEN="Bearer $TOKEN" java -jar examples/target/argowf-examples.jar submit hello-hello-hello
 * </pre>
 */
public final class Main {
  private static final String USAGE = String.join("\n",
      "usage: argowf-examples COMMAND",
      "  list                  the examples, one per line",
      "  show NAME             an example's manifests as YAML",
      "  export DIR [NAME...]  write NAME.yaml into DIR for each example (all when none named)",
      "  submit NAME           submit the example to $ARGO_SERVER (namespace $ARGO_NAMESPACE, default argo),",
      "                        follow it to its end; exit 0 only when it Succeeded");

  private Main() {}

  /**
   * Runs a command and exits with its status.
   *
   * @param args the command and its arguments
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs a command.
   *
   * @param args the command and its arguments
   * @param out where results go
   * @param err where problems go
   * @return the exit status: 0 on success, 1 on failure, 2 on a usage error
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0) return usage(err, "no command given");
    List<String> rest = Arrays.asList(args).subList(1, args.length);
    switch (args[0]) {
      case "list":
        Catalogue.all().forEach(e -> out.printf("%-32s %s%n", e.name(), e.description()));
        return 0;
      case "show":
        if (rest.size() != 1) return usage(err, "show takes one example name");
        return find(rest.get(0), err).map(e -> {
          out.print(Manifests.toYamlAll(e.manifests()));
          return 0;
        }).orElse(1);
      case "export":
        if (rest.isEmpty()) return usage(err, "export needs a folder");
        return export(Path.of(rest.get(0)), rest.subList(1, rest.size()), out, err);
      case "submit":
        if (rest.size() != 1) return usage(err, "submit takes one example name");
        return find(rest.get(0), err).map(e -> SubmitCommand.run(e.manifests(), out, err)).orElse(1);
      default:
        return usage(err, "unknown command '" + args[0] + "'");
    }
  }

  private static int export(Path dir, List<String> names, PrintStream out, PrintStream err) {
    List<Example> chosen = new ArrayList<>();
    if (names.isEmpty()) chosen.addAll(Catalogue.all());
    for (String n : names) {
      Optional<Example> e = find(n, err);
      if (e.isEmpty()) return 1;
      chosen.add(e.get());
    }
    try {
      Files.createDirectories(dir);
      for (Example e : chosen) {
        Path file = dir.resolve(e.name() + ".yaml");
        Files.writeString(file, Manifests.toYamlAll(e.manifests()), StandardCharsets.UTF_8);
        out.println("wrote " + file);
      }
      return 0;
    } catch (IOException e) {
      err.println("cannot write to " + dir + ": " + e.getMessage());
      return 1;
    }
  }

  private static Optional<Example> find(String name, PrintStream err) {
    Optional<Example> e = Catalogue.find(name);
    if (e.isEmpty()) err.println("no example named '" + name + "'; 'list' shows them");
    return e;
  }

  private static int usage(PrintStream err, String problem) {
    err.println(problem);
    err.println(USAGE);
    return 2;
  }
}
