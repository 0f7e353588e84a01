package io.argowf.vci.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The value forms VCI accepts, each as a check that says what is wrong and what was expected. Shared by the
 * builders (which throw) and the lint (which reports).
 */
public final class Checks {
  /** A subnet ID, e.g. {@code subnet-5g1mi8e6aby873inqlbgzmar} (pattern inferred from examples). */
  public static final Form SUBNET = new Form(Pattern.compile("^subnet-[a-z0-9]+$"),
      "a subnet ID: subnet- followed by lower-case letters and digits, e.g. subnet-5g1mi8e6aby873inqlbgzmar");
  /** A security group ID, e.g. {@code sg-2ff4obnm8a7sw59gp6v5e} (pattern inferred from examples). */
  public static final Form SECURITY_GROUP = new Form(Pattern.compile("^sg-[a-z0-9]+$"),
      "a security group ID: sg- followed by lower-case letters and digits, e.g. sg-13fbyz0sjbbpc3n6nu4l8cwi3");
  /** An instance family, e.g. {@code vci.u1} (pattern inferred from examples). */
  public static final Form FAMILY = new Form(Pattern.compile("^vci\\.[a-z0-9]+$"),
      "an instance family: vci. followed by lower-case letters and digits, e.g. vci.u1");
  /** An instance type, e.g. {@code vci.g1v.2xlarge}. */
  public static final Form TYPE = new Form(Pattern.compile("^vci\\.[a-z0-9]+(\\.[a-z0-9-]+)+$"),
      "an instance type: family.size, e.g. vci.g1v.2xlarge");
  /** The smallest system storage VCI offers, in GiB [doc]. */
  public static final int MIN_STORAGE_GIB = 40;
  /** The largest system storage VCI offers, in GiB [doc]. */
  public static final int MAX_STORAGE_GIB = 500;

  private Checks() {}

  /**
   * One accepted form.
   *
   * @param pattern what a valid item matches
   * @param expected the words that describe it in a message
   */
  public record Form(Pattern pattern, String expected) {
    /**
     * The problem with one item, if any.
     *
     * @param path where the item sits
     * @param item the value
     * @return e.g. {@code "...[1]: 'subnet_x' is not ...; expected ..."}, or empty when valid
     */
    public Optional<String> problem(String path, String item) {
      if (item != null && pattern.matcher(item).matches()) return Optional.empty();
      return Optional.of(path + ": '" + item + "' is not valid; expected " + expected);
    }
  }

  /**
   * The problems of a comma-separated list value: empty items, spaces, and items not of the form.
   *
   * @param path where the value sits (items get {@code [i]})
   * @param value e.g. {@code subnet-a,subnet-b}
   * @param form the form of each item
   * @return one message per problem
   */
  public static List<String> commaList(String path, String value, Form form) {
    List<String> out = new ArrayList<>();
    if (value == null || value.isBlank()) {
      out.add(path + ": empty; expected a comma-separated list of " + form.expected());
      return out;
    }
    String[] items = value.split(",", -1);
    for (int i = 0; i < items.length; i++) {
      String item = items[i];
      if (item.isEmpty()) {
        out.add(path + "[" + i + "]: empty item; expected no empty items between commas");
      } else if (!item.equals(item.strip())) {
        out.add(path + "[" + i + "]: '" + item + "' has spaces around it; expected items without spaces");
      } else {
        form.problem(path + "[" + i + "]", item).ifPresent(out::add);
      }
    }
    return out;
  }

  /**
   * The problem of a system storage size, if any.
   *
   * @param path where the value sits
   * @param value whole GiB as text
   * @return the message, or empty when valid
   */
  public static Optional<String> storage(String path, String value) {
    int gib;
    try {
      gib = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      return Optional.of(path + ": '" + value + "' is not a whole number; expected GiB from "
          + MIN_STORAGE_GIB + " to " + MAX_STORAGE_GIB + ", e.g. \"60\"");
    }
    if (gib < MIN_STORAGE_GIB || gib > MAX_STORAGE_GIB) {
      return Optional.of(path + ": " + gib + " GiB is out of range; expected " + MIN_STORAGE_GIB + " to "
          + MAX_STORAGE_GIB + " GiB");
    }
    return Optional.empty();
  }

  /**
   * The problem of a boolean written as text, if any.
   *
   * @param path where the value sits
   * @param value the text
   * @return the message, or empty when it is {@code "true"} or {@code "false"}
   */
  public static Optional<String> bool(String path, String value) {
    if ("true".equals(value) || "false".equals(value)) return Optional.empty();
    return Optional.of(path + ": '" + value + "' is not valid; expected \"true\" or \"false\"");
  }

  /** Throws the first problem as an {@link IllegalArgumentException}. */
  static void require(List<String> problems) {
    if (!problems.isEmpty()) throw new IllegalArgumentException(String.join("; ", problems));
  }

  /**
   * Checks every item of a list against a form and throws on the first bad one.
   *
   * @param path where the list sits
   * @param form their form
   * @throws IllegalArgumentException naming the path and the expected form
   */
  public static void requireAll(String path, List<String> items, Form form) {
    require(commaList(path, String.join(",", items), form));
  }
}
