package io.argowf.vci.cluster;

import io.argowf.model.k8s.ObjectMeta;
import io.argowf.model.k8s.PolicyRule;
import io.argowf.model.k8s.Role;
import io.argowf.model.k8s.RoleBinding;
import io.argowf.model.k8s.RoleRef;
import io.argowf.model.k8s.ServiceAccount;
import io.argowf.model.k8s.Subject;
import java.util.List;
import java.util.Objects;

/**
 * What Argo's workflow pods need in a namespace of their own (e.g. the one a vci-profile sends to VCI): a
 * ServiceAccount {@code argo}, a Role {@code argo-role} (leases create/get/update, secrets get, pods patch,
 * workflowtaskresults create/patch) and a RoleBinding {@code argo-binding}. Submit there with
 * {@code argo submit -n NAMESPACE --serviceaccount argo}.
 *
 * <pre>{@code
 * ExecutorRbac rbac = Vci.executorRbac("argo-jobs");
 * String yaml = Manifests.toYamlAll(rbac.manifests());
 * }</pre>
 *
 * @param serviceAccount the account the pods run as
 * @param role what it may do
 * @param roleBinding the grant
 */
public record ExecutorRbac(ServiceAccount serviceAccount, Role role, RoleBinding roleBinding) {
  /** The ServiceAccount's name. */
  public static final String SERVICE_ACCOUNT = "argo";
  /** The Role's name. */
  public static final String ROLE = "argo-role";
  /** The RoleBinding's name. */
  public static final String ROLE_BINDING = "argo-binding";

  /** Checks that nothing is missing. */
  public ExecutorRbac {
    Objects.requireNonNull(serviceAccount, "serviceAccount");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(roleBinding, "roleBinding");
  }

  /**
   * The three objects for a namespace.
   *
   * <pre>{@code
   * String yaml = Manifests.toYamlAll(ExecutorRbac.forNamespace("argo-jobs").manifests());
   * }</pre>
   *
   * @param namespace e.g. {@code argo-jobs}
   * @return the objects
   */
  public static ExecutorRbac forNamespace(String namespace) {
    Objects.requireNonNull(namespace, "namespace");
    ServiceAccount sa = ServiceAccount.builder().metadata(meta(SERVICE_ACCOUNT, namespace)).build();
    Role role = Role.builder().metadata(meta(ROLE, namespace))
        .addRules(
            rule("coordination.k8s.io", "leases", "create", "get", "update"),
            rule("", "secrets", "get"),
            rule("", "pods", "patch"),
            rule("argoproj.io", "workflowtaskresults", "patch", "create"))
        .build();
    RoleBinding binding = RoleBinding.builder().metadata(meta(ROLE_BINDING, namespace))
        .roleRef(RoleRef.builder().apiGroup("rbac.authorization.k8s.io").kind("Role").name(ROLE).build())
        .addSubjects(Subject.builder().kind("ServiceAccount").name(SERVICE_ACCOUNT).namespace(namespace).build())
        .build();
    return new ExecutorRbac(sa, role, binding);
  }

  /** @return ServiceAccount, Role, RoleBinding, in the order {@code kubectl apply} wants them */
  public List<Object> manifests() {
    return List.of(serviceAccount, role, roleBinding);
  }

  private static ObjectMeta meta(String name, String namespace) {
    return ObjectMeta.builder().name(name).namespace(namespace).build();
  }

  private static PolicyRule rule(String apiGroup, String resource, String... verbs) {
    return PolicyRule.builder().addApiGroups(apiGroup).addResources(resource).addVerbs(verbs).build();
  }
}
