package io.argowf.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.argowf.client.ArgoClient;
import io.argowf.model.workflow.Workflow;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Listing 10,000 workflows (pages of 2,500, about 4 KB each: 40 MB of JSON) from a loopback argo-server stand-in:
 * through {@code ArgoClient} into typed {@link Workflow}s, against OkHttp and Jackson streaming the same bytes into
 * untyped trees one item at a time (the baseline). Both hold one item at a time; the pages are made once, before
 * measuring, so the server costs the same for both. Target: typed at most 1.3x the baseline.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ClientListBenchmark -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx512m"})
public class ClientListBenchmark {
  static final int TOTAL = 10_000;
  static final int PAGE = 2_500;
  private static final String PATH = "/api/v1/workflows/argo";
  private static final byte[] EMPTY = "{\"metadata\":{},\"items\":[]}".getBytes(StandardCharsets.UTF_8);

  private final List<byte[]> pages = new ArrayList<>();
  private HttpServer server;
  private String base;
  private ArgoClient client;
  private OkHttpClient http;
  private final ObjectMapper jackson = new ObjectMapper();
  private final JsonFactory factory = jackson.getFactory();
  /** Bytes served per list, for MB/s. */
  public long bytes;

  @Setup
  public void setUp() throws IOException {
    for (int offset = 0; offset < TOTAL; offset += PAGE) pages.add(page(offset));
    bytes = pages.stream().mapToLong(p -> p.length).sum();
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(PATH, exchange -> {
      String query = exchange.getRequestURI().getRawQuery();
      int offset = Integer.parseInt(param(query, "listOptions.continue", "0"));
      // past the end (the client asks once more when the last page was full and had no continue token): empty
      byte[] body = offset / PAGE < pages.size() ? pages.get(offset / PAGE) : EMPTY;
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.createContext("/api/v1/version", exchange -> {
      byte[] body = "{\"version\":\"v4.1.2\"}".getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    client = ArgoClient.builder().baseUrl(base).build();
    http = new OkHttpClient();
  }

  @TearDown
  public void tearDown() {
    client.close();
    server.stop(0);
  }

  /** Baseline: OkHttp, then Jackson's streaming parser, each item into an untyped tree, following the pages. */
  @Benchmark
  public int okHttpJacksonTrees() throws IOException {
    int count = 0;
    String next = "";
    do {
      String url = base + PATH + "?listOptions.limit=" + PAGE + (next.isEmpty() ? "" : "&listOptions.continue=" + next);
      try (Response r = http.newCall(new Request.Builder().url(url).build()).execute();
           InputStream in = r.body().byteStream(); JsonParser p = factory.createParser(in)) {
        next = "";
        p.nextToken();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String field = p.currentName();
          p.nextToken();
          if (field.equals("items")) {
            while (p.nextToken() == JsonToken.START_OBJECT) {
              JsonNode item = jackson.readTree(p);
              if (item.path("metadata").path("name").isMissingNode()) throw new IllegalStateException("no name");
              count++;
            }
          } else if (field.equals("metadata")) {
            JsonNode meta = jackson.readTree(p);
            next = meta.path("continue").asText("");
          } else {
            p.skipChildren();
          }
        }
      }
    } while (!next.isEmpty());
    return check(count);
  }

  /** argowf: {@code client.workflows("argo").list().stream()}, typed Workflows. */
  @Benchmark
  public int argoClientTyped() {
    int count = 0;
    try (Stream<Workflow> all = client.workflows("argo").list().pageSize(PAGE).stream()) {
      for (Iterator<Workflow> it = all.iterator(); it.hasNext();) {
        if (it.next().metadata().name() == null) throw new IllegalStateException("no name");
        count++;
      }
    }
    return check(count);
  }

  private static int check(int count) {
    if (count != TOTAL) throw new IllegalStateException("listed " + count + " of " + TOTAL);
    return count;
  }

  private static byte[] page(int offset) {
    int end = Math.min(TOTAL, offset + PAGE);
    StringBuilder b = new StringBuilder((end - offset) * 5_000);
    b.append("{\"metadata\":{").append(end < TOTAL ? "\"continue\":\"" + end + "\"" : "").append("},\"items\":[");
    for (int i = offset; i < end; i++) {
      if (i > offset) b.append(',');
      workflow(b, i);
    }
    return b.append("]}").toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A finished workflow as argo-server lists it: metadata, a short spec, a status with ten nodes. */
  private static void workflow(StringBuilder b, int i) {
    b.append("{\"metadata\":{\"name\":\"wf-").append(i).append("\",\"namespace\":\"argo\",\"uid\":\"uid-").append(i)
        .append("\",\"resourceVersion\":\"").append(i).append("\",\"creationTimestamp\":\"2024-05-01T10:00:00Z\",")
        .append("\"labels\":{\"team\":\"data\",\"workflows.argoproj.io/phase\":\"Succeeded\"}},")
        .append("\"spec\":{\"entrypoint\":\"main\",\"arguments\":{\"parameters\":[{\"name\":\"shard\",\"value\":\"")
        .append(i).append("\"}]}},\"status\":{\"phase\":\"Succeeded\",")
        .append("\"startedAt\":\"2024-05-01T10:00:00Z\",\"finishedAt\":\"2024-05-01T10:05:00Z\",\"progress\":\"10/10\",")
        .append("\"resourcesDuration\":{\"cpu\":120,\"memory\":340},\"nodes\":{");
    for (int n = 0; n < 10; n++) {
      b.append(n == 0 ? "" : ",").append("\"wf-").append(i).append("-").append(n).append("\":{\"id\":\"wf-")
          .append(i).append("-").append(n).append("\",\"name\":\"wf-").append(i).append(".step-").append(n)
          .append("\",\"displayName\":\"step-").append(n).append("\",\"type\":\"Pod\",\"phase\":\"Succeeded\",")
          .append("\"templateName\":\"work\",\"boundaryID\":\"wf-").append(i).append("\",")
          .append("\"startedAt\":\"2024-05-01T10:00:00Z\",\"finishedAt\":\"2024-05-01T10:01:00Z\",")
          .append("\"progress\":\"1/1\",\"hostNodeName\":\"node-").append(n).append("\",")
          .append("\"outputs\":{\"exitCode\":\"0\",\"result\":\"done ").append(n).append("\"},")
          .append("\"resourcesDuration\":{\"cpu\":12,\"memory\":34}}");
    }
    b.append("}}}");
  }

  private static String param(String query, String name, String fallback) {
    if (query != null) {
      for (String kv : query.split("&")) {
        if (kv.startsWith(name + "=")) return kv.substring(name.length() + 1);
      }
    }
    return fallback;
  }
}
