package io.argowf.model.expr;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Sprig's generic functions ({@code sprig.trim(x)}, {@code sprig.add(1, 2)}, ...) with sprig's argument order (the
 * subject last: {@code sprig.replace(old, new, s)}) and its lenient conversions (a number that does not parse is 0).
 * {@code env} and {@code expandenv} are absent, as in Argo; random and crypto-key functions are not offered.
 */
final class Sprig {
  /** The value the name {@code sprig} has in an expression. */
  static final Namespace NAMESPACE = new Namespace();
  private static final Map<String, Fn> FUNCTIONS = new HashMap<>();

  /** The {@code sprig} object: members are its functions. */
  static final class Namespace {
    private Namespace() {}

    @Override
    public String toString() {
      return "sprig";
    }
  }

  private Sprig() {}

  /** The function of that name; sprig's {@code mustX} variants are X (errors are reported either way). */
  static Fn function(String name) {
    Fn f = FUNCTIONS.get(name);
    if (f == null && name.startsWith("must") && name.length() > 4) {
      f = FUNCTIONS.get(Character.toLowerCase(name.charAt(4)) + name.substring(5));
    }
    return f;
  }

  private static void def(String name, Fn f) {
    FUNCTIONS.put(name, f);
  }

  static {
    strings();
    conversions();
    math();
    lists();
    dicts();
    encodings();
    dates();
  }

  // ---- strings

  private static void strings() {
    def("trim", a -> GoStrings.trimSpace(s(a, 0)));
    def("trimAll", a -> GoStrings.trim(s(a, 1), s(a, 0)));
    def("trimPrefix", a -> GoStrings.trimPrefix(s(a, 1), s(a, 0)));
    def("trimSuffix", a -> GoStrings.trimSuffix(s(a, 1), s(a, 0)));
    def("upper", a -> s(a, 0).toUpperCase(Locale.ROOT));
    def("lower", a -> s(a, 0).toLowerCase(Locale.ROOT));
    def("title", a -> title(s(a, 0)));
    def("untitle", a -> untitle(s(a, 0)));
    def("swapcase", a -> swapcase(s(a, 0)));
    def("repeat", a -> s(a, 1).repeat((int) Math.max(0, toInt64(a.get(0)))));
    def("substr", a -> substr((int) toInt64(a.get(0)), (int) toInt64(a.get(1)), s(a, 2)));
    def("nospace", a -> s(a, 0).replaceAll("\\s+", ""));
    def("trunc", a -> trunc((int) toInt64(a.get(0)), s(a, 1)));
    def("abbrev", a -> abbrev((int) toInt64(a.get(0)), s(a, 1)));
    def("initials", a -> initials(s(a, 0)));
    def("contains", a -> s(a, 1).contains(s(a, 0)));
    def("hasPrefix", a -> s(a, 1).startsWith(s(a, 0)));
    def("hasSuffix", a -> s(a, 1).endsWith(s(a, 0)));
    def("quote", a -> joinNonNil(a, v -> GoStrings.quote(strval(v))));
    def("squote", a -> joinNonNil(a, v -> "'" + strval(v) + "'"));
    def("cat", a -> joinNonNil(a, Sprig::strval));
    def("indent", a -> indent((int) toInt64(a.get(0)), s(a, 1)));
    def("nindent", a -> "\n" + indent((int) toInt64(a.get(0)), s(a, 1)));
    def("replace", a -> s(a, 2).replace(s(a, 0), s(a, 1)));
    def("plural", a -> toInt64(a.get(2)) == 1 ? s(a, 0) : s(a, 1));
    def("snakecase", a -> words(s(a, 0), "_", false));
    def("kebabcase", a -> words(s(a, 0), "-", false));
    def("camelcase", a -> words(s(a, 0), "", true));
    def("wrap", a -> wrap((int) toInt64(a.get(0)), s(a, 1), "\n"));
    def("wrapWith", a -> wrap((int) toInt64(a.get(0)), s(a, 2), s(a, 1)));
    def("split", a -> parts(GoStrings.split(s(a, 1), s(a, 0), -1, false)));
    def("splitn", a -> parts(GoStrings.split(s(a, 2), s(a, 0), (int) toInt64(a.get(1)), false)));
    def("splitList", a -> new ArrayList<Object>(GoStrings.split(s(a, 1), s(a, 0), -1, false)));
    def("join", a -> String.join(s(a, 0), strslice(a.get(1))));
    def("sortAlpha", a -> {
      List<String> l = new ArrayList<>(strslice(a.get(0)));
      l.sort(null);
      return new ArrayList<Object>(l);
    });
    def("regexMatch", a -> Evaluator.pattern(s(a, 0)).matcher(s(a, 1)).find());
    def("regexFind", a -> {
      Matcher m = Evaluator.pattern(s(a, 0)).matcher(s(a, 1));
      return m.find() ? m.group() : "";
    });
    def("regexFindAll", a -> {
      Matcher m = Evaluator.pattern(s(a, 0)).matcher(s(a, 1));
      long n = toInt64(a.get(2));
      List<Object> out = new ArrayList<>();
      while ((n < 0 || out.size() < n) && m.find()) out.add(m.group());
      return out;
    });
    def("regexReplaceAll", a -> Evaluator.pattern(s(a, 0)).matcher(s(a, 1)).replaceAll(m -> Matcher.quoteReplacement(expand(m, s(a, 2)))));
    def("regexReplaceAllLiteral", a -> Evaluator.pattern(s(a, 0)).matcher(s(a, 1)).replaceAll(Matcher.quoteReplacement(s(a, 2))));
    def("regexSplit", a -> {
      int n = (int) toInt64(a.get(2));
      String[] parts = Evaluator.pattern(s(a, 0)).split(s(a, 1), n < 0 ? -1 : n);
      return new ArrayList<Object>(List.of(parts));
    });
    def("regexQuoteMeta", a -> s(a, 0).replaceAll("([\\\\.+*?()|\\[\\]{}^$])", "\\\\$1"));
  }

  // ---- conversions and defaults

  private static void conversions() {
    def("toString", a -> strval(a.get(0)));
    def("toStrings", a -> new ArrayList<Object>(strslice(a.get(0))));
    def("atoi", a -> {
      Long l = GoStrings.parseInt(s(a, 0));
      return l == null ? 0L : l;
    });
    def("int", a -> toInt64(a.get(0)));
    def("int64", a -> toInt64(a.get(0)));
    def("float64", a -> toFloat64(a.get(0)));
    def("toDecimal", a -> {
      try {
        return Long.parseLong(strval(a.get(0)), 8);
      } catch (NumberFormatException e) {
        return 0L;
      }
    });
    def("default", a -> a.size() < 2 || Values.isEmpty(a.get(1)) ? a.get(0) : a.get(1));
    def("empty", a -> Values.isEmpty(a.get(0)));
    def("coalesce", a -> {
      for (Object o : a) if (!Values.isEmpty(o)) return o;
      return null;
    });
    def("all", a -> {
      for (Object o : a) if (Values.isEmpty(o)) return false;
      return true;
    });
    def("any", a -> {
      for (Object o : a) if (!Values.isEmpty(o)) return true;
      return a.isEmpty();
    });
    def("ternary", a -> Boolean.TRUE.equals(a.get(2)) ? a.get(0) : a.get(1));
    def("typeOf", a -> goType(a.get(0)));
    def("kindOf", a -> goKind(a.get(0)));
    def("typeIs", a -> s(a, 0).equals(goType(a.get(1))));
    def("kindIs", a -> s(a, 0).equals(goKind(a.get(1))));
    def("deepEqual", a -> Values.deepEqual(a.get(0), a.get(1)));
    def("fail", a -> {
      throw new IllegalArgumentException(s(a, 0));
    });
  }

  // ---- math: int64 and float64 as sprig converts them

  private static void math() {
    def("add", a -> {
      long sum = 0;
      for (Object o : a) sum += toInt64(o);
      return sum;
    });
    def("add1", a -> toInt64(a.get(0)) + 1);
    def("sub", a -> toInt64(a.get(0)) - toInt64(a.get(1)));
    def("mul", a -> {
      long p = toInt64(a.get(0));
      for (Object o : a.subList(1, a.size())) p *= toInt64(o);
      return p;
    });
    def("div", a -> divide(toInt64(a.get(0)), toInt64(a.get(1))));
    def("mod", a -> {
      long d = toInt64(a.get(1));
      if (d == 0) throw new ArithmeticException("integer divide by zero");
      return toInt64(a.get(0)) % d;
    });
    def("max", a -> {
      long m = toInt64(a.get(0));
      for (Object o : a) m = Math.max(m, toInt64(o));
      return m;
    });
    def("biggest", function("max"));
    def("min", a -> {
      long m = toInt64(a.get(0));
      for (Object o : a) m = Math.min(m, toInt64(o));
      return m;
    });
    def("addf", a -> {
      double sum = 0;
      for (Object o : a) sum += toFloat64(o);
      return sum;
    });
    def("add1f", a -> toFloat64(a.get(0)) + 1);
    def("subf", a -> {
      double r = toFloat64(a.get(0));
      for (Object o : a.subList(1, a.size())) r -= toFloat64(o);
      return r;
    });
    def("mulf", a -> {
      double r = 1;
      for (Object o : a) r *= toFloat64(o);
      return r;
    });
    def("divf", a -> {
      double r = toFloat64(a.get(0));
      for (Object o : a.subList(1, a.size())) r /= toFloat64(o);
      return r;
    });
    def("maxf", a -> {
      double m = toFloat64(a.get(0));
      for (Object o : a) m = Math.max(m, toFloat64(o));
      return m;
    });
    def("minf", a -> {
      double m = toFloat64(a.get(0));
      for (Object o : a) m = Math.min(m, toFloat64(o));
      return m;
    });
    def("floor", a -> Math.floor(toFloat64(a.get(0))));
    def("ceil", a -> Math.ceil(toFloat64(a.get(0))));
    def("round", a -> {
      double p = Math.pow(10, a.size() > 1 ? toInt64(a.get(1)) : 0);
      double half = a.size() > 2 ? toFloat64(a.get(2)) : 0.5;
      double v = toFloat64(a.get(0)) * p;
      double digit = v - Math.floor(v);
      return (digit >= half ? Math.ceil(v) : Math.floor(v)) / p;
    });
    def("until", a -> untilStep(0, toInt64(a.get(0)), toInt64(a.get(0)) >= 0 ? 1 : -1));
    def("untilStep", a -> untilStep(toInt64(a.get(0)), toInt64(a.get(1)), toInt64(a.get(2))));
    def("seq", Sprig::seq);
  }

  private static long divide(long a, long b) {
    if (b == 0) throw new ArithmeticException("integer divide by zero");
    return a / b;
  }

  private static List<Object> untilStep(long start, long stop, long step) {
    List<Object> out = new ArrayList<>();
    if (step == 0 || (step > 0 && start >= stop) || (step < 0 && start <= stop)) return out;
    for (long i = start; step > 0 ? i < stop : i > stop; i += step) {
      if (out.size() >= 10_000_000) throw new IllegalArgumentException("until: too many items");
      out.add(i);
    }
    return out;
  }

  private static Object seq(List<Object> a) {
    long start = 1;
    long step = 1;
    long end;
    if (a.size() == 1) {
      end = toInt64(a.get(0));
    } else if (a.size() == 2) {
      start = toInt64(a.get(0));
      end = toInt64(a.get(1));
    } else {
      start = toInt64(a.get(0));
      step = toInt64(a.get(1));
      end = toInt64(a.get(2));
    }
    if (a.size() < 3 && end < start) step = -1;
    List<String> out = new ArrayList<>();
    for (Object o : untilStep(start, end + (step > 0 ? 1 : -1), step)) out.add(o.toString());
    return String.join(" ", out);
  }

  // ---- lists

  private static void lists() {
    def("list", ArrayList::new);
    def("first", a -> list(a.get(0)).isEmpty() ? null : list(a.get(0)).get(0));
    def("last", a -> list(a.get(0)).isEmpty() ? null : list(a.get(0)).get(list(a.get(0)).size() - 1));
    def("rest", a -> list(a.get(0)).isEmpty() ? new ArrayList<>() : new ArrayList<>(list(a.get(0)).subList(1, list(a.get(0)).size())));
    def("initial", a -> list(a.get(0)).isEmpty() ? new ArrayList<>() : new ArrayList<>(list(a.get(0)).subList(0, list(a.get(0)).size() - 1)));
    def("append", a -> {
      List<Object> l = new ArrayList<>(list(a.get(0)));
      l.add(a.get(1));
      return l;
    });
    def("push", function("append"));
    def("prepend", a -> {
      List<Object> l = new ArrayList<>(list(a.get(0)));
      l.add(0, a.get(1));
      return l;
    });
    def("concat", a -> {
      List<Object> l = new ArrayList<>();
      for (Object o : a) l.addAll(list(o));
      return l;
    });
    def("reverse", a -> {
      List<Object> l = new ArrayList<>(list(a.get(0)));
      java.util.Collections.reverse(l);
      return l;
    });
    def("uniq", a -> {
      List<Object> out = new ArrayList<>();
      for (Object o : list(a.get(0))) if (!contains(out, o)) out.add(o);
      return out;
    });
    def("without", a -> {
      List<Object> out = new ArrayList<>();
      for (Object o : list(a.get(0))) if (!contains(a.subList(1, a.size()), o)) out.add(o);
      return out;
    });
    def("has", a -> contains(list(a.get(1)), a.get(0)));
    def("compact", a -> {
      List<Object> out = new ArrayList<>();
      for (Object o : list(a.get(0))) if (!Values.isEmpty(o)) out.add(o);
      return out;
    });
    def("slice", a -> {
      List<Object> l = list(a.get(0));
      int from = a.size() > 1 ? (int) toInt64(a.get(1)) : 0;
      int to = a.size() > 2 ? (int) toInt64(a.get(2)) : l.size();
      return new ArrayList<>(l.subList(from, to));
    });
    def("chunk", a -> {
      int size = (int) toInt64(a.get(0));
      if (size <= 0) throw new IllegalArgumentException("chunk size must be positive");
      List<Object> l = list(a.get(1));
      List<Object> out = new ArrayList<>();
      for (int i = 0; i < l.size(); i += size) out.add(new ArrayList<>(l.subList(i, Math.min(l.size(), i + size))));
      return out;
    });
  }

  private static boolean contains(List<Object> l, Object v) {
    for (Object o : l) if (Values.deepEqual(Values.normalize(o), Values.normalize(v))) return true;
    return false;
  }

  // ---- dicts

  private static void dicts() {
    def("dict", a -> {
      Map<String, Object> m = new LinkedHashMap<>();
      for (int i = 0; i < a.size(); i += 2) m.put(strval(a.get(i)), i + 1 < a.size() ? a.get(i + 1) : "");
      return m;
    });
    def("get", a -> {
      Map<Object, Object> m = Builtins.map(a.get(0));
      return m.containsKey(s(a, 1)) ? m.get(s(a, 1)) : "";
    });
    def("set", a -> {
      Map<Object, Object> m = Builtins.map(a.get(0));
      m.put(s(a, 1), a.get(2));
      return m;
    });
    def("unset", a -> {
      Map<Object, Object> m = Builtins.map(a.get(0));
      m.remove(s(a, 1));
      return m;
    });
    def("hasKey", a -> Builtins.map(a.get(0)).containsKey(s(a, 1)));
    def("keys", a -> {
      List<Object> out = new ArrayList<>();
      for (Object d : a) out.addAll(Builtins.map(d).keySet());
      return out;
    });
    def("values", a -> new ArrayList<Object>(Builtins.map(a.get(0)).values()));
    def("pluck", a -> {
      List<Object> out = new ArrayList<>();
      for (Object d : a.subList(1, a.size())) {
        Map<Object, Object> m = Builtins.map(d);
        if (m.containsKey(s(a, 0))) out.add(m.get(s(a, 0)));
      }
      return out;
    });
    def("pick", a -> {
      Map<Object, Object> m = Builtins.map(a.get(0));
      Map<Object, Object> out = new LinkedHashMap<>();
      for (Object k : a.subList(1, a.size())) if (m.containsKey(k)) out.put(k, m.get(k));
      return out;
    });
    def("omit", a -> {
      Map<Object, Object> out = new LinkedHashMap<>(Builtins.map(a.get(0)));
      for (Object k : a.subList(1, a.size())) out.remove(k);
      return out;
    });
    def("merge", a -> {
      Map<Object, Object> dst = Builtins.map(a.get(0));
      for (Object d : a.subList(1, a.size())) Builtins.map(d).forEach(dst::putIfAbsent);
      return dst;
    });
    def("dig", a -> {
      Object cur = a.get(a.size() - 1);
      for (Object k : a.subList(0, a.size() - 2)) {
        if (!(cur instanceof Map<?, ?> m) || !m.containsKey(k)) return a.get(a.size() - 2);
        cur = m.get(k);
      }
      return cur;
    });
  }

  // ---- encodings and hashes

  private static void encodings() {
    def("b64enc", a -> Base64.getEncoder().encodeToString(strval(a.get(0)).getBytes(StandardCharsets.UTF_8)));
    def("b64dec", a -> {
      try {
        return new String(Base64.getDecoder().decode(GoStrings.trimSpace(s(a, 0))), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return "illegal base64 data: " + e.getMessage();
      }
    });
    def("b32enc", a -> base32(strval(a.get(0)).getBytes(StandardCharsets.UTF_8)));
    def("toJson", a -> GoJson.write(a.get(0), ""));
    def("toPrettyJson", a -> GoJson.write(a.get(0), "  "));
    def("toRawJson", a -> GoJson.write(a.get(0), ""));
    def("fromJson", a -> {
      try {
        return GoJson.read(s(a, 0));
      } catch (IllegalArgumentException e) {
        return "";
      }
    });
    def("mustFromJson", a -> GoJson.read(s(a, 0)));
    def("sha1sum", a -> digest("SHA-1", s(a, 0)));
    def("sha256sum", a -> digest("SHA-256", s(a, 0)));
    def("sha512sum", a -> digest("SHA-512", s(a, 0)));
    def("adler32sum", a -> {
      java.util.zip.Adler32 ad = new java.util.zip.Adler32();
      ad.update(s(a, 0).getBytes(StandardCharsets.UTF_8));
      return Long.toString(ad.getValue());
    });
    def("base", a -> {
      String p = s(a, 0).replaceAll("/+$", "");
      return p.isEmpty() ? (s(a, 0).isEmpty() ? "." : "/") : p.substring(p.lastIndexOf('/') + 1);
    });
    def("ext", a -> {
      String p = s(a, 0);
      int dot = p.lastIndexOf('.');
      return dot < 0 || p.indexOf('/', dot) >= 0 ? "" : p.substring(dot);
    });
  }

  private static String digest(String algorithm, String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " is missing from this JVM", e);
    }
  }

  private static String base32(byte[] data) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    StringBuilder b = new StringBuilder();
    int buffer = 0;
    int bits = 0;
    for (byte d : data) {
      buffer = (buffer << 8) | (d & 0xff);
      bits += 8;
      while (bits >= 5) {
        b.append(alphabet.charAt((buffer >> (bits - 5)) & 31));
        bits -= 5;
      }
    }
    if (bits > 0) b.append(alphabet.charAt((buffer << (5 - bits)) & 31));
    while (b.length() % 8 != 0) b.append('=');
    return b.toString();
  }

  // ---- dates

  private static void dates() {
    def("now", a -> ZonedDateTime.now());
    def("date", a -> GoTime.format(sprigTime(a.get(1)).withZoneSameInstant(ZoneId.systemDefault()), s(a, 0)));
    def("dateInZone", a -> GoTime.format(sprigTime(a.get(1)).withZoneSameInstant(GoTime.zone(s(a, 2))), s(a, 0)));
    def("toDate", a -> GoTime.parse(s(a, 1), s(a, 0), ZoneId.systemDefault()));
    def("htmlDate", a -> GoTime.format(sprigTime(a.get(0)), "2006-01-02"));
    def("dateModify", a -> sprigTime(a.get(1)).plus(GoTime.parseDuration(s(a, 0))));
    def("unixEpoch", a -> Long.toString(((ZonedDateTime) a.get(0)).toEpochSecond()));
    def("duration", a -> GoFormat.duration(Duration.ofSeconds(toInt64(a.get(0)))));
    def("ago", a -> GoFormat.duration(Duration.ofSeconds(Duration.between(sprigTime(a.get(0)), ZonedDateTime.now()).getSeconds())));
  }

  /** sprig's date argument: a time, or seconds since the epoch; anything else (a string too) means now. */
  private static ZonedDateTime sprigTime(Object v) {
    if (v instanceof ZonedDateTime t) return t;
    if (v instanceof Long l) return java.time.Instant.ofEpochSecond(l).atZone(ZoneId.systemDefault());
    return ZonedDateTime.now();
  }

  // ---- helpers

  private static String s(List<Object> a, int i) {
    return Builtins.str(a.get(i));
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object v) {
    if (v instanceof List<?> l) return (List<Object>) l;
    throw new IllegalArgumentException("expected a list, got " + Values.type(v));
  }

  /** sprig's strval: strings as they are, everything else as fmt's %v. */
  static String strval(Object v) {
    return v instanceof String s ? s : GoFormat.value(v);
  }

  private static List<String> strslice(Object v) {
    List<String> out = new ArrayList<>();
    if (v instanceof List<?> l) {
      for (Object o : l) if (o != null) out.add(strval(o));
    } else if (v != null) {
      out.add(strval(v));
    }
    return out;
  }

  private static String joinNonNil(List<Object> a, java.util.function.Function<Object, String> f) {
    List<String> out = new ArrayList<>();
    for (Object o : a) if (o != null) out.add(f.apply(o));
    return String.join(" ", out);
  }

  /** cast.ToInt64 as sprig uses it: strings in base 0 (0x.., 0o..), "12.0" as 12, bools as 0/1; failures give 0. */
  static long toInt64(Object v) {
    if (v == null) return 0;
    if (v instanceof Long l) return l;
    if (v instanceof Double d) return Values.toLong(d);
    if (v instanceof Boolean b) return b ? 1 : 0;
    if (v instanceof String s) {
      String t = s.replaceFirst("\\.0*$", "");
      try {
        if (t.matches("[+-]?0[xX][0-9a-fA-F_]+")) return Long.parseLong(t.replaceFirst("0[xX]", "").replace("_", ""), 16);
        if (t.matches("[+-]?0[oO]?[0-7_]+")) return Long.parseLong(t.replaceFirst("0[oO]?", "").replace("_", ""), 8);
        if (t.matches("[+-]?0[bB][01_]+")) return Long.parseLong(t.replaceFirst("0[bB]", "").replace("_", ""), 2);
        return Long.parseLong(t.startsWith("+") ? t.substring(1) : t);
      } catch (NumberFormatException e) {
        return 0;
      }
    }
    return 0;
  }

  /** cast.ToFloat64: failures give 0. */
  static double toFloat64(Object v) {
    if (v instanceof Long l) return l;
    if (v instanceof Double d) return d;
    if (v instanceof Boolean b) return b ? 1 : 0;
    if (v instanceof String s) {
      Double d = GoStrings.parseFloat(s);
      return d == null ? 0 : d;
    }
    return 0;
  }

  private static Map<String, Object> parts(List<String> pieces) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < pieces.size(); i++) m.put("_" + i, pieces.get(i));
    return m;
  }

  private static String title(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean start = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(start ? Character.toTitleCase(c) : c);
      start = !Character.isLetterOrDigit(c) && c != '_' && c != '\'';
    }
    return b.toString();
  }

  private static String untitle(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean start = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(start ? Character.toLowerCase(c) : c);
      start = Character.isWhitespace(c);
    }
    return b.toString();
  }

  private static String swapcase(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) b.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
    return b.toString();
  }

  private static String substr(int start, int end, String s) {
    if (start < 0) return s.substring(0, Math.min(Math.max(end, 0), s.length()));
    if (end < 0 || end > s.length()) return s.substring(Math.min(start, s.length()));
    return s.substring(Math.min(start, end), end);
  }

  private static String trunc(int c, String s) {
    if (c < 0 && s.length() + c > 0) return s.substring(s.length() + c);
    if (c >= 0 && s.length() > c) return s.substring(0, c);
    return s;
  }

  private static String abbrev(int width, String s) {
    if (width < 4 || s.length() <= width) return s;
    return s.substring(0, width - 3) + "...";
  }

  private static String initials(String s) {
    StringBuilder b = new StringBuilder();
    for (String w : s.trim().split("\\s+")) if (!w.isEmpty()) b.appendCodePoint(w.codePointAt(0));
    return b.toString();
  }

  private static String indent(int spaces, String s) {
    String pad = " ".repeat(Math.max(0, spaces));
    return pad + s.replace("\n", "\n" + pad);
  }

  private static String words(String s, String sep, boolean camel) {
    List<String> words = new ArrayList<>();
    for (String w : s.split("[^\\p{L}\\p{N}]+|(?<=\\p{Ll})(?=\\p{Lu})")) if (!w.isEmpty()) words.add(w);
    StringBuilder b = new StringBuilder();
    for (String w : words) {
      if (b.length() > 0) b.append(sep);
      b.append(camel ? Character.toUpperCase(w.charAt(0)) + w.substring(1).toLowerCase(Locale.ROOT) : w.toLowerCase(Locale.ROOT));
    }
    return b.toString();
  }

  private static String wrap(int width, String s, String newline) {
    StringBuilder out = new StringBuilder();
    int line = 0;
    for (String w : s.split(" ", -1)) {
      if (line > 0 && line + 1 + w.length() > width) {
        out.append(newline);
        line = 0;
      } else if (line > 0) {
        out.append(' ');
        line++;
      }
      out.append(w);
      line += w.length();
    }
    return out.toString();
  }

  /** Go's Regexp.Expand: $1, $name and ${name} (the longest name of letters, digits and _), $$ for $; unknown groups are empty. */
  private static String expand(java.util.regex.MatchResult m, String template) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c != '$' || i + 1 >= template.length()) {
        out.append(c);
        i++;
        continue;
      }
      if (template.charAt(i + 1) == '$') {
        out.append('$');
        i += 2;
        continue;
      }
      int start = i + 1;
      boolean braced = template.charAt(start) == '{';
      int end = braced ? template.indexOf('}', start) : start;
      if (!braced) while (end < template.length() && (Character.isLetterOrDigit(template.charAt(end)) || template.charAt(end) == '_')) end++;
      String name = braced ? (end < 0 ? "" : template.substring(start + 1, end)) : template.substring(start, end);
      if (name.isEmpty() || braced && end < 0) {
        out.append(c);
        i++;
        continue;
      }
      out.append(group(m, name));
      i = braced ? end + 1 : end;
    }
    return out.toString();
  }

  private static String group(java.util.regex.MatchResult m, String name) {
    try {
      String g = name.matches("\\d+") ? (Integer.parseInt(name) <= m.groupCount() ? m.group(Integer.parseInt(name)) : null)
          : ((Matcher) m).group(name);
      return g == null ? "" : g;
    } catch (IllegalArgumentException | IllegalStateException e) {
      return "";
    }
  }

  private static String goType(Object v) {
    if (v == null) return "<nil>";
    if (v instanceof Long) return "int64";
    if (v instanceof Double) return "float64";
    if (v instanceof List) return "[]interface {}";
    if (v instanceof Map) return "map[string]interface {}";
    if (v instanceof ZonedDateTime) return "time.Time";
    if (v instanceof Duration) return "time.Duration";
    return Values.type(v);
  }

  private static String goKind(Object v) {
    if (v == null) return "invalid";
    if (v instanceof List) return "slice";
    if (v instanceof ZonedDateTime) return "struct";
    return goType(v).replace("time.Duration", "int64");
  }
}
