package io.argowf.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * A load-proof companion to JMH for ratios: runs a baseline and a candidate alternately, one operation each per
 * round, and times each with the thread's CPU clock, so other processes on a shared machine slow neither (JMH's
 * wall-clock figures swing 5x when the machine's load average is 10 on 2 cores). Reports the median CPU time and
 * the allocation of each, and their ratios. GC threads' time is not in a thread's CPU clock: allocation stands for
 * it.
 *
 * <pre>
 * java -Xms1g -Xmx1g -cp benchmarks/target/benchmarks.jar io.argowf.benchmarks.Paired yaml json [rounds]
 * </pre>
 */
public final class Paired {
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private Paired() {}

  /** One comparison: a baseline and a candidate doing the same work, and what to stop afterwards (a server). */
  public record Pair(String name, Callable<?> baseline, Callable<?> candidate, Runnable after) {
    Pair(String name, Callable<?> baseline, Callable<?> candidate) {
      this(name, baseline, candidate, () -> {});
    }
  }

  /** The medians of one comparison. */
  public record Result(String name, double baselineMs, double candidateMs, double baselineMb, double candidateMb) {
    double ratio() {
      return candidateMs / baselineMs;
    }

    @Override
    public String toString() {
      return String.format("%-10s baseline %8.2f ms cpu %8.1f MB | candidate %8.2f ms cpu %8.1f MB | time %.2fx, alloc %.2fx",
          name, baselineMs, baselineMb, candidateMs, candidateMb, ratio(), candidateMb / baselineMb);
    }
  }

  /**
   * Runs the pairs given by name.
   *
   * @param args names of {@link #pairs()} and, last, optionally the number of measured rounds (default 30)
   */
  public static void main(String[] args) throws Exception {
    Map<String, Callable<Pair>> known = pairs();
    int rounds = 30;
    for (String a : args) {
      if (a.matches("\\d+")) rounds = Integer.parseInt(a);
    }
    System.out.printf("load average %.2f, %d processors%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().availableProcessors());
    for (String a : args) {
      if (a.matches("\\d+")) continue;
      Callable<Pair> p = known.get(a);
      if (p == null) throw new IllegalArgumentException("unknown pair " + a + "; known: " + known.keySet());
      Pair pair = p.call();
      try {
        System.out.println(measure(pair, Math.max(5, rounds / 3), rounds));
      } finally {
        pair.after().run();
      }
    }
  }

  /** The comparisons this class knows, each set up only when asked for. */
  static Map<String, Callable<Pair>> pairs() {
    Map<String, Callable<Pair>> out = new LinkedHashMap<>();
    out.put("yaml", () -> { var m = manifests(); return new Pair("yaml", m::jacksonTreeReadWrite, m::manifestsReadWrite); });
    out.put("json", () -> { var m = manifests(); return new Pair("json", m::jacksonTreeReadWriteJson, m::manifestsReadWriteJson); });
    out.put("yaml-read", () -> { var m = manifests(); return new Pair("yaml-read", m::jacksonTreeRead, m::manifestsRead); });
    out.put("json-read", () -> { var m = manifests(); return new Pair("json-read", m::jacksonTreeReadJson, m::manifestsReadJson); });
    out.put("json-write", () -> { var m = manifests(); return new Pair("json-write", m::jacksonTreeWriteJson, m::manifestsWriteJson); });
    out.put("client-list", () -> {
      ClientListBenchmark c = new ClientListBenchmark();
      c.setUp();
      return new Pair("client-list", c::okHttpJacksonTrees, c::argoClientTyped, c::tearDown);
    });
    out.put("author", () -> {
      AuthorExportBenchmark a = new AuthorExportBenchmark();
      a.tasks = 2000;
      a.setUp();
      return new Pair("author", a::jacksonTreeBuildAndWrite, a::dslBuildAndWrite);
    });
    out.put("author-lint", () -> {
      AuthorExportBenchmark a = new AuthorExportBenchmark();
      a.tasks = 2000;
      a.setUp();
      return new Pair("author-lint", a::dslBuildAndWrite, a::lintOnly);
    });
    for (String shape : new String[] {"dag", "steps"}) {
      // baseline 1,000 tasks, candidate 10,000: linear lint gives 10x
      out.put("lint-" + shape, () -> new Pair("lint-" + shape, lint(shape, 1000)::lint, lint(shape, 10_000)::lint));
    }
    return out;
  }

  private static LintBenchmark lint(String shape, int tasks) {
    LintBenchmark l = new LintBenchmark();
    l.shape = shape;
    l.tasks = tasks;
    l.setUp();
    return l;
  }

  private static ManifestsBenchmark manifests() throws Exception {
    ManifestsBenchmark m = new ManifestsBenchmark();
    m.tasks = 1500;
    m.setUp();
    return m;
  }

  /**
   * Alternates the two, first warming both up.
   *
   * @param warmup rounds not counted
   * @param rounds rounds counted
   */
  public static Result measure(Pair p, int warmup, int rounds) throws Exception {
    for (int i = 0; i < warmup; i++) {
      p.baseline().call();
      p.candidate().call();
    }
    long[][] base = new long[2][rounds];
    long[][] cand = new long[2][rounds];
    for (int i = 0; i < rounds; i++) {
      once(p.baseline(), base, i);
      once(p.candidate(), cand, i);
    }
    return new Result(p.name(), median(base[0]) / 1e6, median(cand[0]) / 1e6, median(base[1]) / 1e6, median(cand[1]) / 1e6);
  }

  private static void once(Callable<?> op, long[][] into, int i) throws Exception {
    long id = Thread.currentThread().getId();
    long bytes = THREADS.getThreadAllocatedBytes(id);
    long cpu = THREADS.getCurrentThreadCpuTime();
    Object result = op.call();
    into[0][i] = THREADS.getCurrentThreadCpuTime() - cpu;
    into[1][i] = THREADS.getThreadAllocatedBytes(id) - bytes;
    if (result == null) throw new IllegalStateException("no result");
  }

  private static double median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
  }
}
