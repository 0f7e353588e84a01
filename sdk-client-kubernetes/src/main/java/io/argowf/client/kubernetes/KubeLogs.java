package io.argowf.client.kubernetes;

import io.argowf.client.ArgoException;
import io.argowf.client.ArgoStream;
import io.argowf.client.LogRequest;
import io.argowf.client.spi.QueueIterator;
import io.argowf.model.workflow.LogEntry;
import io.argowf.model.workflow.Workflow;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.BytesLimitTerminateTimeTailPrettyLoggable;
import io.fabric8.kubernetes.client.dsl.LogWatch;
import io.fabric8.kubernetes.client.dsl.Loggable;
import io.fabric8.kubernetes.client.dsl.TailPrettyLoggable;
import io.fabric8.kubernetes.client.dsl.TimeTailPrettyLoggable;
import io.fabric8.kubernetes.client.dsl.TimestampBytesLimitTerminateTimeTailPrettyLoggable;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A workflow's logs read from its pods (label {@code workflows.argoproj.io/workflow}), as the argo CLI
 * does without argo-server: each pod's container log in creation order, or, when followed, every pod's
 * log as it is written (new pods are picked up every second) until the workflow has finished and its
 * pods' streams have ended. {@code grep} is matched here, against the line without its timestamp.
 */
final class KubeLogs extends QueueIterator<LogEntry> {
  private static final String WORKFLOW_LABEL = "workflows.argoproj.io/workflow";

  private final Crd<Workflow> crd;
  private final LogRequest.Query query;
  private final Pattern grep;
  private final Map<String, LogWatch> following = new ConcurrentHashMap<>();
  private final Set<String> done = ConcurrentHashMap.newKeySet();

  private KubeLogs(Crd<Workflow> crd, LogRequest.Query query) {
    this.crd = crd;
    this.query = query;
    this.grep = query.grep() == null ? null : Pattern.compile(query.grep());
  }

  static ArgoStream<LogEntry> open(Crd<Workflow> crd, LogRequest.Query query) {
    KubeLogs logs = new KubeLogs(crd, query);
    Thread t = new Thread(query.follow() ? logs::follow : logs::readOnce, "argowf-kube-logs-" + query.workflow());
    t.setDaemon(true);
    t.start();
    return ArgoStream.of(logs, logs::close);
  }

  private List<Pod> pods() {
    return crd.call("list pods of " + query.workflow(), () -> {
      var pods = crd.client().pods().inNamespace(crd.namespace()).withLabel(WORKFLOW_LABEL, query.workflow());
      List<Pod> found = new ArrayList<>((query.selector() == null ? pods : pods.withLabels(parseSelector(query.selector())))
          .list().getItems());
      found.removeIf(p -> query.podName() != null && !query.podName().equals(p.getMetadata().getName()));
      found.sort(Comparator.comparing((Pod p) -> String.valueOf(p.getMetadata().getCreationTimestamp()))
          .thenComparing(p -> p.getMetadata().getName()));
      return found;
    });
  }

  private static Map<String, String> parseSelector(String selector) {
    Map<String, String> labels = new java.util.LinkedHashMap<>();
    for (String term : selector.split(",")) {
      String[] kv = term.split("=", 2);
      if (kv.length != 2 || kv[0].endsWith("!")) {
        throw new IllegalArgumentException("the Kubernetes backend takes key=value pod selectors only: " + term);
      }
      labels.put(kv[0].strip(), kv[1].strip());
    }
    return labels;
  }

  private Loggable log(String pod) {
    TimestampBytesLimitTerminateTimeTailPrettyLoggable c =
        crd.client().pods().inNamespace(crd.namespace()).withName(pod).inContainer(query.container());
    BytesLimitTerminateTimeTailPrettyLoggable stamped = query.timestamps() ? c.usingTimestamps() : c;
    TimeTailPrettyLoggable previous = query.previous() ? stamped.terminated() : stamped;
    TailPrettyLoggable since = query.sinceSeconds() == null ? previous
        : previous.sinceSeconds((int) Math.min(Integer.MAX_VALUE, query.sinceSeconds()));
    return query.tailLines() == null ? since : since.tailingLines((int) Math.min(Integer.MAX_VALUE, query.tailLines()));
  }

  private void readOnce() {
    try {
      for (Pod pod : pods()) {
        String name = pod.getMetadata().getName();
        String text = crd.call("read the log of pod " + name, () -> log(name).getLog());
        for (String line : text.split("\n")) {
          if (!line.isEmpty()) {
            emit(name, line);
          }
        }
      }
      end();
    } catch (ArgoException e) {
      fail(e);
    }
  }

  private void follow() {
    try {
      while (!isClosed()) {
        boolean finished = finished();
        for (Pod pod : pods()) {
          String name = pod.getMetadata().getName();
          if (!following.containsKey(name) && !done.contains(name) && started(pod)) {
            LogWatch watch = crd.call("follow the log of pod " + name, () -> log(name).watchLog());
            following.put(name, watch);
            Thread reader = new Thread(() -> read(name, watch), "argowf-kube-log-" + name);
            reader.setDaemon(true);
            reader.start();
          }
        }
        if (finished && following.isEmpty()) {
          end();
          return;
        }
        Thread.sleep(1000);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ArgoException e) {
      fail(e);
    }
  }

  private static boolean started(Pod pod) {
    String phase = pod.getStatus() == null ? null : pod.getStatus().getPhase();
    return phase != null && !"Pending".equals(phase);
  }

  private boolean finished() {
    Workflow wf = crd.get(query.workflow());
    String phase = wf.status() == null ? null : wf.status().phase();
    return "Succeeded".equals(phase) || "Failed".equals(phase) || "Error".equals(phase);
  }

  private void read(String pod, LogWatch watch) {
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(watch.getOutput(), StandardCharsets.UTF_8))) {
      for (String line; (line = lines.readLine()) != null; ) {
        emit(pod, line);
      }
    } catch (IOException | KubernetesClientException e) {
      // the pod's stream ended (deleted pod, dropped connection): the others go on
    } finally {
      done.add(pod);
      following.remove(pod);
      watch.close();
    }
  }

  private void emit(String pod, String line) {
    if (grep == null || grep.matcher(withoutTimestamp(line)).find()) {
      offer(LogEntry.builder().podName(pod).content(line).build());
    }
  }

  private String withoutTimestamp(String line) {
    int space = line.indexOf(' ');
    return query.timestamps() && space > 0 ? line.substring(space + 1) : line;
  }

  @Override
  protected void onClose() {
    following.values().forEach(LogWatch::close);
  }
}
