package io.argowf.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void helpListsEveryCommandAndTheExitCodes() {
    assertThat(run("--help")).isZero();
    assertThat(out()).contains("list", "show", "export", "lint", "graph", "estimate", "submit", "Exit codes:");
  }

  @Test
  void helpOfEachCommandShowsAnExample() {
    for (String command : Cli.commandLine(System.out, System.err).getSubcommands().keySet()) {
      if (command.equals("help")) continue;
      out.reset();
      assertThat(run("help", command)).as(command).isZero();
      assertThat(out()).as(command).contains("Example", "argowf-examples " + command);
    }
  }

  @Test
  void aMisspeltCommandSuggestsTheCloseOnes() {
    assertThat(run("lsit")).isEqualTo(Cli.USAGE);
    assertThat(err()).contains("unknown command 'lsit'; did you mean", "list");
  }

  @Test
  void aMisspeltExampleNameSuggestsTheCloseOne() {
    assertThat(run("show", "hello-helo-hello")).isEqualTo(Cli.FAILED);
    assertThat(err()).contains("no example or file named 'hello-helo-hello'; did you mean hello-hello-hello?");
  }

  @Test
  void showReadsAFileToo(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("wf.yaml");
    Files.writeString(file, workflow("whalesay"));
    assertThat(run("show", file.toString())).isZero();
    assertThat(out()).contains("generateName: mine-", "template: whalesay");
  }

  @Test
  void lintOfABrokenFileNamesTheFileAndPathAndExitsOne(@TempDir Path dir) throws Exception {
    Path good = dir.resolve("good.yaml");
    Path broken = dir.resolve("broken.yaml");
    Files.writeString(good, workflow("whalesay"));
    Files.writeString(broken, workflow("no-such-template"));
    assertThat(run("lint", good.toString(), broken.toString())).isEqualTo(Cli.FAILED);
    assertThat(out()).contains(broken + ": ERROR spec.templates[0].steps[0][0].template", "no-such-template")
        .doesNotContain(good + ":").contains("1 error(s)");
  }

  @Test
  void lintOfUnreadableYamlSaysWhereAndExitsOne(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(file, "kind: Workflow\nspec:\n  templates: {\n");
    assertThat(run("lint", file.toString())).isEqualTo(Cli.FAILED);
    assertThat(out()).contains("bad.yaml", "line");
  }

  @Test
  void lintOfCleanFilesExitsZero(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("good.yaml");
    Files.writeString(file, workflow("whalesay"));
    assertThat(run("lint", file.toString())).isZero();
    assertThat(out()).contains("no problems in 1 file(s)");
  }

  @Test
  void graphPrintsMermaid() {
    assertThat(run("graph", "hello-hello-hello")).isZero();
    assertThat(out()).startsWith("flowchart").contains("hello1", "hello2a", "-->");
  }

  @Test
  void graphHtmlWritesAPageThatCarriesMermaidAndTheDiagram(@TempDir Path dir) throws Exception {
    Path page = dir.resolve("graph.html");
    assertThat(run("graph", "hello-hello-hello", "--html", page.toString())).isZero();
    String html = Files.readString(page);
    assertThat(html).contains("<pre class=\"mermaid\">", "hello2a", "mermaid.initialize")
        .doesNotContain("src=\"http");
    assertThat(html.length()).isGreaterThan(1_000_000);   // the library itself is inside
  }

  @Test
  void graphHtmlRendersInAHeadlessBrowser(@TempDir Path dir) throws Exception {
    Path chromium = Path.of("/usr/bin/chromium");
    assumeTrue(Files.isExecutable(chromium), "skipped: no /usr/bin/chromium here (.ci/run installs Debian's chromium)");
    Path page = dir.resolve("graph.html");
    assertThat(run("graph", "hello-hello-hello", "--html", page.toString())).isZero();
    Process p = new ProcessBuilder(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + dir.resolve("profile"), "--virtual-time-budget=10000",
        "--dump-dom", page.toUri().toString()))
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(dom).contains("<svg").contains("hello2a");
  }

  @Test
  void estimateNeedsBothPricesOrNone() {
    assertThat(run("estimate", "blender-render", "--vcpu-price", "0.00003")).isEqualTo(Cli.FAILED);
    assertThat(err()).contains("--gib-price");
  }

  @Test
  void estimatePrintsPodsAndReservedSizes() {
    assertThat(run("estimate", "blender-render", "--runtime", "10m", "--pods", "render-blender=30")).isZero();
    assertThat(out()).contains("render-blender", "30", "600");
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    assertThat(run("show", "--frobnicate", "x")).isEqualTo(Cli.USAGE);
    assertThat(err()).contains("Unknown option: '--frobnicate'");
  }

  private static String workflow(String calls) {
    return String.join("\n",
        "apiVersion: argoproj.io/v1alpha1",
        "kind: Workflow",
        "metadata:",
        "  generateName: mine-",
        "spec:",
        "  entrypoint: main",
        "  templates:",
        "  - name: main",
        "    steps:",
        "    - - name: say",
        "        template: " + calls,
        "  - name: whalesay",
        "    container:",
        "      image: busybox",
        "      command: [echo, hi]",
        "");
  }
}
