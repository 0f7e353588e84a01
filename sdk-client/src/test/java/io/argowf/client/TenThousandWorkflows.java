package io.argowf.client;

import com.sun.net.httpserver.HttpServer;
import io.argowf.model.workflow.Workflow;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Run in a JVM with a small heap by {@link BoundedHeapListTest}: serves 10,000 workflows of ~20 KB
 * (about 200 MB of JSON, generated while writing, never held) in pages larger than the heap, lists
 * them through the client, and prints what it saw. Exit code 0 when every workflow arrived in order.
 */
public final class TenThousandWorkflows {
  static final int TOTAL = 10_000;
  static final int PAGE = 2_500;

  private TenThousandWorkflows() {}

  public static void main(String[] args) throws Exception {
    AtomicLong served = new AtomicLong();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/api/v1/workflows/argo", exchange -> {
      String query = URI.create(exchange.getRequestURI().toString()).getQuery();
      int offset = Integer.parseInt(param(query, "listOptions.continue", "0"));
      int limit = Integer.parseInt(param(query, "listOptions.limit", String.valueOf(TOTAL)));
      int end = Math.min(TOTAL, offset + limit);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, 0);
      try (OutputStream out = new CountingStream(new BufferedOutputStream(exchange.getResponseBody(), 1 << 16), served)) {
        write(out, "{\"metadata\":{" + (end < TOTAL ? "\"continue\":\"" + end + "\"" : "") + "},\"items\":[");
        for (int i = offset; i < end; i++) {
          write(out, (i == offset ? "" : ",") + workflow(i));
        }
        write(out, "]}");
      }
    });
    server.start();
    long maxUsed = 0;
    int count = 0;
    try (ArgoClient client = ArgoClient.builder().baseUrl("http://127.0.0.1:" + server.getAddress().getPort()).build();
         Stream<Workflow> all = client.workflows("argo").list().pageSize(PAGE).stream()) {
      Iterator<Workflow> it = all.iterator();
      while (it.hasNext()) {
        Workflow wf = it.next();
        if (!("wf-" + count).equals(wf.metadata().name()) || wf.status().nodes().size() != 40) {
          System.out.println("unexpected item " + count + ": " + wf.metadata().name());
          System.exit(2);
        }
        count++;
        if (count % 250 == 0) {
          maxUsed = Math.max(maxUsed, liveAfterLastGc());
        }
      }
    } finally {
      server.stop(0);
    }
    System.out.printf("items=%d servedMB=%d maxHeapMB=%d maxLiveAfterGcMB=%d%n", count, served.get() >> 20,
        Runtime.getRuntime().maxMemory() >> 20, maxUsed >> 20);
    System.exit(count == TOTAL ? 0 : 1);
  }

  /** Heap still in use after the last collection of each pool: the live set, garbage excluded. */
  private static long liveAfterLastGc() {
    long used = 0;
    for (java.lang.management.MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getCollectionUsage() != null) {
        used += pool.getCollectionUsage().getUsed();
      }
    }
    return used;
  }

  private static String workflow(int i) {
    StringBuilder b = new StringBuilder(21_000);
    b.append("{\"metadata\":{\"name\":\"wf-").append(i).append("\",\"namespace\":\"argo\",\"uid\":\"uid-").append(i)
        .append("\",\"resourceVersion\":\"").append(i).append("\",\"labels\":{\"team\":\"data\"}},")
        .append("\"spec\":{\"entrypoint\":\"main\"},\"status\":{\"phase\":\"Succeeded\",")
        .append("\"startedAt\":\"2024-05-01T10:00:00Z\",\"finishedAt\":\"2024-05-01T10:05:00Z\",\"nodes\":{");
    for (int n = 0; n < 40; n++) {
      b.append(n == 0 ? "" : ",").append("\"wf-").append(i).append("-").append(n).append("\":{\"id\":\"wf-")
          .append(i).append("-").append(n).append("\",\"name\":\"wf-").append(i).append(".step-").append(n)
          .append("\",\"displayName\":\"step-").append(n).append("\",\"type\":\"Pod\",\"phase\":\"Succeeded\",")
          .append("\"templateName\":\"work\",\"startedAt\":\"2024-05-01T10:00:00Z\",")
          .append("\"finishedAt\":\"2024-05-01T10:01:00Z\",\"message\":\"")
          .append("x".repeat(250)).append("\",\"resourcesDuration\":{\"cpu\":12,\"memory\":34}}");
    }
    return b.append("}}}").toString();
  }

  private static String param(String query, String name, String fallback) {
    if (query != null) {
      for (String kv : query.split("&")) {
        if (kv.startsWith(name + "=")) {
          return kv.substring(name.length() + 1);
        }
      }
    }
    return fallback;
  }

  private static void write(OutputStream out, String s) throws IOException {
    out.write(s.getBytes(StandardCharsets.UTF_8));
  }

  private static final class CountingStream extends java.io.FilterOutputStream {
    private final AtomicLong count;

    CountingStream(OutputStream out, AtomicLong count) {
      super(out);
      this.count = count;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count.addAndGet(len);
    }
  }
}
