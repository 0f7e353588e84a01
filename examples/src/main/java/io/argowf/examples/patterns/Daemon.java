package io.argowf.examples.patterns;

import static io.argowf.dsl.Argo.container;
import static io.argowf.dsl.Argo.expr;
import static io.argowf.dsl.Argo.param;
import static io.argowf.dsl.Argo.steps;
import static io.argowf.dsl.Argo.workflow;

import io.argowf.model.k8s.HTTPGetAction;
import io.argowf.model.k8s.IntOrString;
import io.argowf.model.k8s.Probe;
import java.util.List;

/**
 * A daemon: a server step keeps running (ready once its HTTP probe passes) while the next step talks to it at its
 * IP; it is stopped when the steps template ends. Both run on {@code python3}, so the local runner runs them too.
 */
public final class Daemon {
  private Daemon() {}

  /** The workflow. */
  public static List<Object> manifests() {
    var server = container("server").image(Images.PYTHON).command("sh")
        .args("-c", "mkdir -p www && echo pong > www/ping && exec python3 -m http.server 8080 --directory www")
        .daemon()
        .customize(t -> t.withContainer(t.container().withReadinessProbe(Probe.builder()
            .httpGet(HTTPGetAction.builder().path("/ping").port(IntOrString.of(8080)).build())
            .build())));
    var host = param("host");
    var client = container("client").inputs(host).image(Images.PYTHON).command("python3")
        .args("-c", "import urllib.request; print(urllib.request.urlopen('http://" + host + ":8080/ping').read().decode())");
    return List.of(workflow().generateName("daemon-")
        .entrypoint(steps("main").then(server.step("server"))
            .then(client.step("ping").with(host, expr("steps.server.ip"))))
        .build());
  }
}
