package io.argowf.examples.patterns;

import static io.argowf.dsl.Argo.container;
import static io.argowf.dsl.Argo.item;
import static io.argowf.dsl.Argo.param;
import static io.argowf.dsl.Argo.script;
import static io.argowf.dsl.Argo.steps;
import static io.argowf.dsl.Argo.workflow;

import java.util.List;

/** {@code withParam}: a script prints a JSON list, the next step runs once per element. */
public final class LoopParam {
  private LoopParam() {}

  /** The workflow. */
  public static List<Object> manifests() {
    var shard = param("shard");
    var list = script("list-shards").image(Images.PYTHON).command("python3")
        .source("import json\nprint(json.dumps(['shard-0', 'shard-1', 'shard-2']))");
    var process = container("process").inputs(shard).image(Images.BUSYBOX).command("echo").args("processing", shard);
    var listed = list.step("list");
    return List.of(workflow().generateName("loop-param-")
        .entrypoint(steps("main").then(listed).then(process.step("process").with(shard, item()).withParam(listed.result())))
        .build());
  }
}
