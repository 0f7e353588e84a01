package io.argowf.dsl;

import io.argowf.model.workflow.ArtifactPaths;
import io.argowf.model.workflow.Data;
import io.argowf.model.workflow.DataSource;
import io.argowf.model.workflow.Template;
import io.argowf.model.workflow.TransformationStep;
import java.util.stream.Stream;

/**
 * A template that lists artifact paths and transforms the list with expressions; the list is its result.
 *
 * <pre>{@code
 * data("list-log-files")
 *     .source(ArtifactPaths.builder().name("logs").s3(S3Artifact.builder().bucket("my-bucket").build()).build())
 *     .transformation("filter(data, {# endsWith \"main.log\"})");
 * }</pre>
 */
public final class DataTemplate extends BaseTemplate<DataTemplate> {
  private Data data = Data.builder().build();

  DataTemplate(String name) {
    super(name);
  }

  /**
   * Where the paths come from.
   *
   * @param paths an artifact location whose paths are listed
   */
  public DataTemplate source(ArtifactPaths paths) {
    data = data.withSource(DataSource.builder().artifactPaths(paths).build());
    return this;
  }

  /**
   * The transformations, applied in order.
   *
   * @param expressions e.g. {@code filter(data, {# endsWith ".log"})}
   */
  public DataTemplate transformation(String... expressions) {
    data = data.withTransformation(Stream.of(expressions).map(e -> TransformationStep.builder().expression(e).build()).toList());
    return this;
  }

  @Override
  Template complete(Template common) {
    return common.withData(data);
  }
}
