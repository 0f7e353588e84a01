package io.argowf.local.client;

import io.argowf.client.ArgoClient;
import io.argowf.client.contract.BackendContract;
import io.argowf.local.LeafResult;
import io.argowf.local.LocalRunner;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;

/**
 * The backend contract against the local runner. The contract's workflows run one container template,
 * {@code main}; here a stand-in plays it and waits until the test says how it ends, as a pod would run until the
 * test's "controller" moves the workflow on.
 */
class LocalContractTest extends BackendContract {
  private final Map<String, CompletableFuture<String>> endings = new ConcurrentHashMap<>();

  @Override
  protected ArgoClient newClient() {
    LocalRunner.Builder runner = LocalRunner.builder().standIn("main", leaf -> {
      String phase = ending(leaf.nodeName()).get();
      return "Succeeded".equals(phase) ? LeafResult.ok() : LeafResult.exit(1);
    });
    return ArgoClient.of(LocalBackend.builder().runner(runner).namespace(NS).build());
  }

  /** The contract's workflows call {@code main} as their entrypoint: the leaf's node is the workflow's root. */
  private CompletableFuture<String> ending(String workflow) {
    return endings.computeIfAbsent(workflow, w -> new CompletableFuture<>());
  }

  @Override
  protected void finish(String name, String phase) {
    ending(name).complete(phase);
  }

  @AfterEach
  void endTheRest() {
    endings.values().forEach(e -> e.complete("Failed"));
  }
}
