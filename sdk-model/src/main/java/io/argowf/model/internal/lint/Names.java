package io.argowf.model.internal.lint;

import java.util.regex.Pattern;

/** The name rules of Argo and Kubernetes. */
final class Names {
  /** Longest name of a workflow, template, step or task. */
  static final int MAX = 63;
  /** Longest CronWorkflow name: its workflows get a 10-digit timestamp suffix. */
  static final int MAX_CRON = 52;

  private static final Pattern FIELD = Pattern.compile("[a-zA-Z0-9][-a-zA-Z0-9]*");
  private static final Pattern PARAM = Pattern.compile("[-a-zA-Z0-9_]+");
  private static final Pattern SUBDOMAIN = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
  private static final Pattern LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern QUALIFIED = Pattern.compile("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");
  private static final Pattern METRIC = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
  private static final Pattern METRIC_LABEL = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

  private Names() {}

  /** A template, step or task name: letters, digits and '-', not starting with '-', at most 63 characters. */
  static String field(String name) {
    if (name.length() > MAX) return "is " + name.length() + " characters long; at most " + MAX + " are allowed";
    if (!FIELD.matcher(name).matches()) return "may only hold letters, digits and '-', and must start with a letter or digit (e.g. 'my-step-1')";
    return null;
  }

  /** A parameter or artifact name: letters, digits, '_' and '-'. */
  static String param(String name) {
    if (!PARAM.matcher(name).matches()) return "may only hold letters, digits, '_' and '-' (e.g. 'my_param-1')";
    return null;
  }

  /** A Kubernetes object name (DNS subdomain: lower case letters, digits, '-' and '.'). */
  static String object(String name, int max) {
    if (name.length() > max) return "is " + name.length() + " characters long; at most " + max + " are allowed";
    if (!SUBDOMAIN.matcher(name).matches()) return "must be lower case letters, digits, '-' and '.', starting and ending with a letter or digit";
    return null;
  }

  /** A volume name (DNS label). */
  static String volume(String name) {
    if (name.length() > MAX) return "is " + name.length() + " characters long; at most " + MAX + " are allowed";
    if (!LABEL.matcher(name).matches()) return "must be lower case letters, digits and '-', starting and ending with a letter or digit";
    return null;
  }

  /** A label key: an optional DNS prefix and '/', then a name of at most 63 characters. */
  static String labelKey(String key) {
    int slash = key.lastIndexOf('/');
    String name = slash < 0 ? key : key.substring(slash + 1);
    if (slash >= 0) {
      String prefix = key.substring(0, slash);
      if (prefix.isEmpty() || prefix.length() > 253 || !SUBDOMAIN.matcher(prefix).matches()) return "has an invalid prefix '" + prefix + "' (a lower case DNS name)";
    }
    if (name.isEmpty() || name.length() > MAX || !QUALIFIED.matcher(name).matches()) {
      return "must be at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit";
    }
    return null;
  }

  /** A label value: empty, or like a label key's name part. */
  static String labelValue(String value) {
    if (value.isEmpty()) return null;
    if (value.length() > MAX || !QUALIFIED.matcher(value).matches()) {
      return "must be at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit";
    }
    return null;
  }

  static boolean metric(String name) {
    return METRIC.matcher(name).matches();
  }

  static boolean metricLabel(String key) {
    return METRIC_LABEL.matcher(key).matches();
  }
}
