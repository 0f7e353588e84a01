package io.argowf.client.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An in-memory argo-server for the contract tests: the workflow, workflow-template and cron-workflow
 * services (create, get, list with label and name selectors, update with a resourceVersion check,
 * delete, the suspend/resume/stop/terminate actions), and the workflow watch as server-sent events
 * (current objects first, then changes), answering as argo-server does ({@code {code, message}}
 * errors, 200 for every success).
 */
public final class FakeArgoServer implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer http;
  private final Map<String, Map<String, ObjectNode>> stores = new HashMap<>();
  private final List<BlockingQueue<ObjectNode>> watchers = new CopyOnWriteArrayList<>();
  private final AtomicLong version = new AtomicLong(100);
  private final AtomicLong names = new AtomicLong();

  public FakeArgoServer() throws IOException {
    http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    http.setExecutor(Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "fake-argo-server");
      t.setDaemon(true);
      return t;
    }));
    http.createContext("/", this::handle);
    http.start();
  }

  public String url() {
    return "http://127.0.0.1:" + http.getAddress().getPort();
  }

  /** Sets a workflow's phase as the controller would, with a MODIFIED event. */
  public synchronized void setPhase(String namespace, String name, String phase) {
    ObjectNode wf = store("workflows", namespace).get(name);
    wf.with("status").put("phase", phase);
    bump(wf);
    publish("workflows", "MODIFIED", wf);
  }

  private synchronized Map<String, ObjectNode> store(String kind, String namespace) {
    return stores.computeIfAbsent(kind + "/" + namespace, k -> new TreeMap<>());
  }

  private void handle(HttpExchange ex) throws IOException {
    try {
      String[] p = ex.getRequestURI().getRawPath().substring(1).split("/");
      Map<String, String> q = query(ex.getRequestURI().getRawQuery());
      String method = ex.getRequestMethod();
      if (p.length == 3 && p[2].equals("version")) {
        reply(ex, 200, JSON.createObjectNode().put("version", "v4.1.2"));
      } else if (p.length == 4 && p[2].equals("workflow-events")) {
        watch(ex, p[3], q);
      } else if (p.length >= 4) {
        route(ex, method, p, q);
      } else {
        error(ex, 501, 12, "Not Implemented");
      }
    } catch (RuntimeException e) {
      error(ex, 500, 13, String.valueOf(e.getMessage()));
    }
  }

  private void route(HttpExchange ex, String method, String[] p, Map<String, String> q) throws IOException {
    String kind = p[2];
    String ns = p[3];
    String bodyKey = kind.equals("workflows") ? "workflow" : kind.equals("cron-workflows") ? "cronWorkflow" : "template";
    synchronized (this) {
      Map<String, ObjectNode> store = store(kind, ns);
      if (p.length == 4 && method.equals("POST")) {
        ObjectNode obj = (ObjectNode) body(ex).get(bodyKey);
        ObjectNode meta = obj.with("metadata");
        if (!meta.hasNonNull("name")) {
          meta.put("name", meta.path("generateName").asText() + Long.toString(names.incrementAndGet(), 36) + "x");
        }
        if (store.containsKey(meta.path("name").asText())) {
          error(ex, 409, 6, kind + " \"" + meta.path("name").asText() + "\" already exists");
          return;
        }
        meta.put("namespace", ns).put("uid", "uid-" + meta.path("name").asText());
        bump(obj);
        store.put(meta.path("name").asText(), obj);
        publish(kind, "ADDED", obj);
        reply(ex, 200, obj);
      } else if (p.length == 4 && method.equals("GET")) {
        ArrayNode items = JSON.createArrayNode();
        store.values().stream().filter(o -> matches(o, q)).forEach(items::add);
        ObjectNode list = JSON.createObjectNode();
        list.putObject("metadata").put("resourceVersion", String.valueOf(version.get()));
        list.set("items", items.isEmpty() ? null : items);
        reply(ex, 200, list);
      } else {
        one(ex, method, p, store, kind, bodyKey);
      }
    }
  }

  private void one(HttpExchange ex, String method, String[] p, Map<String, ObjectNode> store, String kind,
      String bodyKey) throws IOException {
    String name = p[4];
    ObjectNode obj = store.get(name);
    if (obj == null) {
      error(ex, 404, 5, kind + " \"" + name + "\" not found");
      return;
    }
    if (p.length == 5 && method.equals("GET")) {
      reply(ex, 200, obj);
    } else if (p.length == 5 && method.equals("DELETE")) {
      store.remove(name);
      publish(kind, "DELETED", obj);
      reply(ex, 200, JSON.createObjectNode());
    } else if (p.length == 5 && method.equals("PUT")) {
      ObjectNode next = (ObjectNode) body(ex).get(bodyKey);
      if (!next.path("metadata").path("resourceVersion").asText().equals(obj.path("metadata").path("resourceVersion").asText())) {
        error(ex, 409, 6, "Operation cannot be fulfilled on " + kind + " \"" + name + "\": the object has been modified; "
            + "please apply your changes to the latest version and try again");
        return;
      }
      next.with("metadata").put("namespace", p[3]).put("uid", obj.path("metadata").path("uid").asText());
      bump(next);
      store.put(name, next);
      reply(ex, 200, next);
    } else if (p.length == 6 && method.equals("PUT")) {
      act(obj, kind, p[5]);
      bump(obj);
      publish(kind, "MODIFIED", obj);
      reply(ex, 200, obj);
    } else {
      error(ex, 501, 12, "Not Implemented");
    }
  }

  private static void act(ObjectNode obj, String kind, String action) {
    ObjectNode spec = obj.with("spec");
    switch (action) {
      case "suspend" -> spec.put("suspend", true);
      case "resume" -> {
        if (kind.equals("cron-workflows")) {
          spec.put("suspend", false);
        } else {
          spec.remove("suspend");
        }
      }
      case "stop" -> spec.put("shutdown", "Stop");
      case "terminate" -> spec.put("shutdown", "Terminate");
      default -> throw new IllegalArgumentException("action " + action);
    }
  }

  private void bump(ObjectNode obj) {
    obj.with("metadata").put("resourceVersion", String.valueOf(version.incrementAndGet()));
  }

  private void publish(String kind, String type, ObjectNode obj) {
    if (!kind.equals("workflows")) {
      return;
    }
    ObjectNode event = JSON.createObjectNode().put("type", type);
    event.set("object", obj.deepCopy());
    watchers.forEach(w -> w.add(event));
  }

  /** SSE: the current workflows as ADDED (without a resourceVersion), then every change, until the client leaves. */
  private void watch(HttpExchange ex, String ns, Map<String, String> q) throws IOException {
    BlockingQueue<ObjectNode> events = new LinkedBlockingQueue<>();
    synchronized (this) {
      if (!q.containsKey("listOptions.resourceVersion")) {
        for (ObjectNode wf : store("workflows", ns).values()) {
          ObjectNode e = JSON.createObjectNode().put("type", "ADDED");
          e.set("object", wf.deepCopy());
          events.add(e);
        }
      }
      watchers.add(events);
    }
    ex.getResponseHeaders().add("Content-Type", "text/event-stream");
    ex.sendResponseHeaders(200, 0);
    try (OutputStream out = ex.getResponseBody()) {
      while (true) {
        ObjectNode e = events.poll(15, TimeUnit.SECONDS);
        String chunk = e == null ? ":\n\n"
            : matches((ObjectNode) e.get("object"), q) ? "data: " + JSON.createObjectNode().set("result", e) + " \n\n" : "";
        out.write(chunk.getBytes(StandardCharsets.UTF_8));
        out.flush();
      }
    } catch (IOException | InterruptedException gone) {
      // the client closed the watch
    } finally {
      watchers.remove(events);
    }
  }

  /** {@code listOptions.labelSelector} of {@code k=v} terms and {@code metadata.name=} field selectors. */
  private static boolean matches(ObjectNode obj, Map<String, String> q) {
    String labels = q.get("listOptions.labelSelector");
    if (labels != null) {
      for (String term : labels.split(",")) {
        String[] kv = term.split("=", 2);
        if (!obj.path("metadata").path("labels").path(kv[0]).asText("\u0000").equals(kv.length > 1 ? kv[1] : "")) {
          return false;
        }
      }
    }
    String fields = q.get("listOptions.fieldSelector");
    if (fields != null) {
      for (String term : fields.split(",")) {
        if (term.startsWith("metadata.name=") && !obj.path("metadata").path("name").asText()
            .equals(term.substring("metadata.name=".length()))) {
          return false;
        }
      }
    }
    return true;
  }

  private static JsonNode body(HttpExchange ex) throws IOException {
    return JSON.readTree(ex.getRequestBody());
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> q = new HashMap<>();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        q.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
            eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return q;
  }

  private static void error(HttpExchange ex, int http, int code, String message) throws IOException {
    reply(ex, http, JSON.createObjectNode().put("code", code).put("message", message));
  }

  private static void reply(HttpExchange ex, int status, JsonNode body) throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(body);
    ex.getResponseHeaders().add("Content-Type", "application/json");
    ex.getResponseHeaders().add("Grpc-Metadata-Argo-Version", "v4.1.2");
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    http.stop(0);
  }
}
