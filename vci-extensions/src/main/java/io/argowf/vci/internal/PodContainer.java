package io.argowf.vci.internal;

import io.argowf.model.k8s.ResourceRequirements;
import io.argowf.model.k8s.SecurityContext;
import io.argowf.model.workflow.Template;
import java.util.ArrayList;
import java.util.List;

/**
 * One container a template puts in its pod, wherever the template keeps it.
 *
 * @param path where it sits, e.g. {@code spec.templates[0].sidecars[1]}
 * @param init whether it is an init container (runs before the others, not beside them)
 * @param securityContext its security context, or null
 * @param resources its requests and limits, or null
 */
public record PodContainer(String path, boolean init, SecurityContext securityContext, ResourceRequirements resources) {
  /** The containers of a template at a path: main, script, container set, init containers, sidecars. */
  public static List<PodContainer> of(String at, Template t) {
    List<PodContainer> all = new ArrayList<>();
    if (t.container() != null) all.add(new PodContainer(at + ".container", false, t.container().securityContext(), t.container().resources()));
    if (t.script() != null) all.add(new PodContainer(at + ".script", false, t.script().securityContext(), t.script().resources()));
    if (t.containerSet() != null && t.containerSet().containers() != null) {
      for (int i = 0; i < t.containerSet().containers().size(); i++) {
        var c = t.containerSet().containers().get(i);
        all.add(new PodContainer(at + ".containerSet.containers[" + i + "]", false, c.securityContext(), c.resources()));
      }
    }
    if (t.initContainers() != null) {
      for (int i = 0; i < t.initContainers().size(); i++) {
        var c = t.initContainers().get(i);
        all.add(new PodContainer(at + ".initContainers[" + i + "]", true, c.securityContext(), c.resources()));
      }
    }
    if (t.sidecars() != null) {
      for (int i = 0; i < t.sidecars().size(); i++) {
        var c = t.sidecars().get(i);
        all.add(new PodContainer(at + ".sidecars[" + i + "]", false, c.securityContext(), c.resources()));
      }
    }
    return all;
  }
}
