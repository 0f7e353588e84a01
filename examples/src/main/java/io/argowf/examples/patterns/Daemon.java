package io.argowf.examples.patterns;

import static io.argowf.dsl.Argo.container;
import static io.argowf.dsl.Argo.expr;
import static io.argowf.dsl.Argo.param;
import static io.argowf.dsl.Argo.steps;
import static io.argowf.dsl.Argo.workflow;

import io.argowf.model.k8s.ExecAction;
import io.argowf.model.k8s.Probe;
import java.util.List;

/**
 * A daemon: a server step keeps running (ready once its probe passes) while the next step talks to it at its IP;
 * it is stopped when the steps template ends.
 */
public final class Daemon {
  private Daemon() {}

  /** The workflow. */
  public static List<Object> manifests() {
    var server = container("server").image(Images.BUSYBOX).command("sh")
        .args("-c", "mkdir -p /www && echo pong > /www/ping && httpd -f -p 8080 -h /www")
        .daemon()
        .customize(t -> t.withContainer(t.container().withReadinessProbe(Probe.builder()
            .exec(ExecAction.builder().addCommand("wget", "-q", "-O", "-", "http://127.0.0.1:8080/ping").build())
            .build())));
    var host = param("host");
    var client = container("client").inputs(host).image(Images.BUSYBOX).command("wget")
        .args("-q", "-O", "-", "http://" + host + ":8080/ping");
    return List.of(workflow().generateName("daemon-")
        .entrypoint(steps("main").then(server.step("server"))
            .then(client.step("ping").with(host, expr("steps.server.ip"))))
        .build());
  }
}
