package io.argowf.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A self-contained HTML page that renders one Mermaid diagram: the Mermaid library (from its WebJar on the
 * classpath) is inlined, so the page needs no network when it is viewed.
 */
final class MermaidPage {
  private MermaidPage() {}

  static String render(String title, String diagram) {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escape(title)
        + "</title>\n<script>\n" + library().replace("</script", "<\\/script") + "\n</script>\n</head>\n<body>\n"
        + "<pre class=\"mermaid\">\n" + escape(diagram) + "</pre>\n"
        + "<script>mermaid.initialize({startOnLoad: true, securityLevel: 'strict'});</script>\n</body>\n</html>\n";
  }

  private static String library() {
    String path = "/META-INF/resources/webjars/mermaid/" + BuildInfo.mermaidVersion() + "/dist/mermaid.min.js";
    try (InputStream in = MermaidPage.class.getResourceAsStream(path)) {
      if (in == null) throw new CliException("the Mermaid library " + path + " is not on the classpath");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
