package io.argowf.local;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.argowf.model.Manifests;
import io.argowf.model.k8s.Container;
import io.argowf.model.k8s.VolumeMount;
import io.argowf.model.workflow.Template;
import io.argowf.model.workflow.UserContainer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A pod's other containers (init containers, sidecars, a container set's containers) as templates of their own: the
 * node's template with that container as its {@code container}, so they are prepared, mapped and chosen a stand-in
 * as a main container is. {@code mirrorVolumeMounts} adds the main container's mounts; a container set's
 * {@code volumeMounts} are every container's.
 */
final class PodContainers {
  private PodContainers() {}

  static Template of(Template t, UserContainer c) {
    List<VolumeMount> extra = Boolean.TRUE.equals(c.mirrorVolumeMounts()) ? Volumes.mountsOf(t) : List.of();
    return as(t, Manifests.toJson(c), extra);
  }

  static Template of(Template t, io.argowf.model.workflow.ContainerNode c) {
    List<VolumeMount> shared = t.containerSet().volumeMounts() == null ? List.of() : t.containerSet().volumeMounts();
    return as(t, Manifests.toJson(c), shared);
  }

  private static Template as(Template t, String containerJson, List<VolumeMount> extraMounts) {
    ObjectNode tree = (ObjectNode) Json.tree(containerJson);
    tree.remove("mirrorVolumeMounts");
    tree.remove("dependencies");
    Set<String> paths = new LinkedHashSet<>();
    ArrayNode mounts = tree.has("volumeMounts") ? (ArrayNode) tree.get("volumeMounts") : Json.array();
    mounts.forEach(m -> paths.add(m.path("mountPath").asText()));
    for (VolumeMount m : extraMounts) {
      if (paths.add(m.mountPath())) mounts.add(Json.tree(Manifests.toJson(m)));
    }
    if (!mounts.isEmpty()) tree.set("volumeMounts", mounts);
    Container container = Manifests.read(Json.text(tree), Container.class);
    return t.withContainer(container).withScript(null).withContainerSet(null).withInitContainers(List.of())
        .withSidecars(List.of());
  }
}
