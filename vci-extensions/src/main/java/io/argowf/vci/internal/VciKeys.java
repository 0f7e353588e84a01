package io.argowf.vci.internal;

/**
 * The label and annotation keys VCI reads, in one place for the placement builders and the VCI lint (which must not
 * depend on the public packages that use it). The public constants of {@code VciPlacement} and {@code Subset} are
 * these, with their documentation.
 */
public final class VciKeys {
  public static final String BURST_TO_VCI = "vke.volcengine.com/burst-to-vci";
  public static final String PREFERRED_SUBNET_IDS = "vke.volcengine.com/preferred-subnet-ids";
  public static final String SECURITY_GROUP_IDS = "vke.volcengine.com/security-group-ids";
  public static final String PREFERRED_INSTANCE_FAMILY = "vci.vke.volcengine.com/preferred-instance-family";
  public static final String PREFERRED_INSTANCE_TYPES = "vci.vke.volcengine.com/preferred-instance-types";
  public static final String KUBE_PROXY_ENABLED = "vci.vke.volcengine.com/kube-proxy-enabled";
  public static final String DESIRED_SYSTEM_STORAGE = "vci.vke.volcengine.com/desired-system-storage";
  public static final String TLS_ENABLE = "vci.volcengine.com/tls-enable";
  public static final String ENFORCE = "enforce";
  public static final String NODE_TYPE_LABEL = "type";
  public static final String VIRTUAL_KUBELET = "virtual-kubelet";

  private VciKeys() {}
}
