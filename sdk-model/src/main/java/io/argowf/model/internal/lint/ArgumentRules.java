package io.argowf.model.internal.lint;

import io.argowf.model.workflow.Arguments;
import io.argowf.model.workflow.Artifact;
import io.argowf.model.workflow.Parameter;
import io.argowf.model.workflow.Template;
import io.argowf.model.workflow.ValueFrom;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Arguments (of the workflow, a step, a task or a hook) and whether they supply a template's inputs. */
final class ArgumentRules {
  private ArgumentRules() {}

  /**
   * Checks names, values, enums and artifact sources.
   *
   * @param allowEmpty whether a parameter may lack a value (WorkflowTemplates: the submitter supplies it)
   */
  static void check(Arguments args, String path, boolean allowEmpty, Problems out) {
    if (args == null) return;
    List<Parameter> params = Scope.nonNull(args.parameters());
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < params.size(); i++) {
      Parameter p = params.get(i);
      String at = path + ".parameters[" + i + "]";
      if (!paramName(p.name(), at, "parameter", seen, out)) continue;
      ValueFrom vf = p.valueFrom();
      if (Scope.value(p) == null && vf == null && !allowEmpty) {
        out.error(at, "parameter '" + p.name() + "' has no value; set value (or valueFrom.configMapKeyRef)");
      }
      if (vf != null) {
        String used = vf.path() != null ? "path" : vf.jsonPath() != null ? "jsonPath" : vf.jqFilter() != null ? "jqFilter"
            : vf.parameter() != null ? "parameter" : vf.expression() != null ? "expression" : null;
        if (used != null) {
          out.error(at + ".valueFrom." + used, "arguments take valueFrom only from configMapKeyRef, supplied or default; '"
              + used + "' reads an output, so use it under outputs, or pass the value with value: \"{{...}}\"");
        }
      }
      List<String> allowed = p.enumValues();
      if (allowed != null) {
        if (allowed.isEmpty()) {
          out.error(at + ".enum", "enum is empty; list the values parameter '" + p.name() + "' may take, or remove enum");
        } else if (Scope.value(p) == null) {
          if (!allowEmpty && vf == null) out.error(at + ".value", "parameter '" + p.name() + "' needs a value, one of " + allowed);
        } else if (!Tags.has(p.value()) && !allowed.contains(p.value())) {
          out.error(at + ".value", "'" + p.value() + "' is not one of the enum values " + allowed + "; use one of them");
        }
      }
    }
    List<Artifact> artifacts = Scope.nonNull(args.artifacts());
    seen.clear();
    for (int i = 0; i < artifacts.size(); i++) {
      Artifact a = artifacts.get(i);
      String at = path + ".artifacts[" + i + "]";
      if (!paramName(a.name(), at, "artifact", seen, out)) continue;
      if (a.from() == null && a.fromExpression() == null && !hasLocation(a)) {
        out.error(at, "artifact '" + a.name() + "' has no source; set from: \"{{...}}\", fromExpression, or a location such as s3, http, git or raw");
      }
      if ((a.from() != null || a.fromExpression() != null) && hasLocation(a)) {
        out.error(at, "artifact '" + a.name() + "' sets both from and a location; keep from to pass an output on, or the location to fetch it");
      }
      if (a.from() != null && a.fromExpression() != null) {
        out.error(at, "artifact '" + a.name() + "' sets both from and fromExpression; keep one");
      }
    }
  }

  /** Checks a parameter or artifact name; false when it is missing (nothing more to say about the item). */
  static boolean paramName(String name, String at, String what, Set<String> seen, Problems out) {
    if (name == null || name.isEmpty()) {
      out.error(at + ".name", "a " + what + " needs a name");
      return false;
    }
    String bad = Names.param(name);
    if (bad != null) out.error(at + ".name", what + " name '" + name + "' " + bad);
    if (!seen.add(name)) out.error(at + ".name", what + " name '" + name + "' is used twice here; names must be unique");
    return true;
  }

  /**
   * Checks that arguments give every input of a template that has no value of its own.
   */
  static void supply(Template callee, String calleeName, Arguments args, String path, Problems out) {
    if (callee.inputs() == null) return;
    Map<String, Parameter> params = new HashMap<>();
    Set<String> artifacts = new HashSet<>();
    if (args != null) {
      for (Parameter p : Scope.nonNull(args.parameters())) {
        if (p.name() != null) params.put(p.name(), p);
      }
      for (Artifact a : Scope.nonNull(args.artifacts())) {
        if (a.name() != null) artifacts.add(a.name());
      }
    }
    for (Parameter in : Scope.nonNull(callee.inputs().parameters())) {
      if (in.name() == null || Scope.value(in) != null || Scope.defaultValue(in) != null || in.valueFrom() != null) continue;
      if (!params.containsKey(in.name())) {
        out.error(path, "template '" + calleeName + "' needs input parameter '" + in.name()
            + "', which has no default; pass it in arguments.parameters or give the input a default");
      }
    }
    for (Artifact in : Scope.nonNull(callee.inputs().artifacts())) {
      if (in.name() == null || hasLocation(in) || Boolean.TRUE.equals(in.optional())) continue;
      if (!artifacts.contains(in.name())) {
        out.error(path, "template '" + calleeName + "' needs input artifact '" + in.name()
            + "'; pass it in arguments.artifacts, give the input a location, or mark it optional: true");
      }
    }
  }

  /** Whether an artifact says where it is stored. */
  static boolean hasLocation(Artifact a) {
    return a.s3() != null || a.git() != null || a.http() != null || a.artifactory() != null || a.hdfs() != null
        || a.raw() != null || a.oss() != null || a.gcs() != null || a.azure() != null || a.plugin() != null;
  }
}
