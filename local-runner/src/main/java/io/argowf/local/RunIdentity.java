package io.argowf.local;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * A run's name, uid and creation time, and Argo's node ids and pod names derived from them: a node's id is
 * {@code <workflow>-<fnv32a(node name)>} (the root node's id is the workflow's name), a pod's name
 * {@code <workflow>-<template>-<fnv32a(node name)>}.
 */
record RunIdentity(String name, String namespace, String uid, Instant created) {

  String nodeId(String nodeName) {
    if (nodeName.equals(name)) return name;
    return name + "-" + fnv32a(nodeName);
  }

  String podName(String nodeName, String templateName) {
    if (nodeName.equals(name)) return name;
    String prefix = templateName == null || templateName.isEmpty() ? name : name + "-" + templateName;
    if (prefix.length() > 242) prefix = prefix.substring(0, 242);
    return prefix + "-" + fnv32a(nodeName);
  }

  static long fnv32a(String text) {
    long h = 0x811c9dc5L;
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      h ^= (b & 0xff);
      h = (h * 0x01000193L) & 0xffffffffL;
    }
    return h;
  }
}
