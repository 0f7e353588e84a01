package io.argowf.examples;

import io.argowf.client.ArgoClient;
import io.argowf.client.ArgoException;
import io.argowf.client.UnauthenticatedException;
import io.argowf.client.WaitOptions;
import io.argowf.model.workflow.Workflow;
import java.io.PrintStream;
import java.util.Collection;
import java.util.function.Function;

/**
 * {@code submit NAME}: creates an example workflow on {@code $ARGO_SERVER} (namespace
 * {@code $ARGO_NAMESPACE}, default {@code argo}), follows it to the end printing progress, and
 * prints the final phase.
 *
 * <pre>{@code
 * int exit = SubmitCommand.run(Catalogue.find("hello-hello-hello").orElseThrow().manifests(), System.out, System.err);
 * }</pre>
 */
public final class SubmitCommand {
  private SubmitCommand() {}

  /**
   * Submits and follows a workflow, configured from the process environment.
   *
   * @param manifest a Workflow, or a list of manifests holding one
   * @param out where progress and the result go
   * @param err where problems go
   * @return 0 when the workflow Succeeded, 1 otherwise
   */
  public static int run(Object manifest, PrintStream out, PrintStream err) {
    return run(manifest, out, err, System::getenv);
  }

  static int run(Object manifest, PrintStream out, PrintStream err, Function<String, String> env) {
    Workflow wf = workflowIn(manifest);
    if (wf == null) {
      err.println("nothing to submit: the example has no Workflow");
      return 1;
    }
    String namespace = env.apply("ARGO_NAMESPACE") == null || env.apply("ARGO_NAMESPACE").isBlank()
        ? "argo" : env.apply("ARGO_NAMESPACE");
    try (ArgoClient client = ArgoClient.fromEnv(env)) {
      Workflow created = client.workflows(namespace).create(wf);
      String name = created.metadata().name();
      out.println("submitted " + namespace + "/" + name + " to " + client.baseUrl());
      Workflow done = client.workflows(namespace).waitFor(name,
          WaitOptions.defaults().withProgress(p -> out.println("  " + p)));
      String phase = done.status() == null ? "" : done.status().phase();
      out.println(name + " " + phase);
      if (!"Succeeded".equals(phase) && done.status() != null && done.status().message() != null) {
        out.println("message: " + done.status().message());
      }
      return "Succeeded".equals(phase) ? 0 : 1;
    } catch (IllegalStateException e) {
      err.println("cannot reach argo-server: " + e.getMessage());
      return 1;
    } catch (UnauthenticatedException e) {
      err.println("argo-server refused the credentials (HTTP " + e.httpStatus() + "): " + e.serverMessage());
      err.println("set ARGO_TOKEN to the whole Authorization value, e.g. \"Bearer $(kubectl create token ...)\"");
      return 1;
    } catch (ArgoException e) {
      err.println("submit failed: " + e.getMessage());
      return 1;
    }
  }

  private static Workflow workflowIn(Object manifest) {
    if (manifest instanceof Workflow w) {
      return w;
    }
    if (manifest instanceof Collection<?> all) {
      return all.stream().filter(Workflow.class::isInstance).map(Workflow.class::cast).findFirst().orElse(null);
    }
    return null;
  }
}
