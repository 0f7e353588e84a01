package io.argowf.examples.training;

import static io.argowf.dsl.Argo.*;

import io.argowf.dsl.Argument;
import io.argowf.dsl.JavaSteps;
import io.argowf.dsl.ResourceAmount;
import io.argowf.model.k8s.Quantity;
import io.argowf.model.workflow.Workflow;
import io.argowf.vci.Vci;
import io.argowf.vci.placement.VciPlacement;

/**
 * The tutorial's AI-training pipeline with every step a Java class: collect, preprocess, train (a GPU on VCI,
 * retried with backoff), evaluate, and register only when the accuracy beats a threshold; an exit handler
 * reports. The step classes run in the image Jib builds from this module (see examples/README.md).
 *
 * <pre>{@code
 * java -jar examples/target/argowf-examples.jar show training-java-steps
 * java -jar examples/target/argowf-examples.jar run-local training-java-steps
 * }</pre>
 */
public final class TrainingJavaSteps {
  /** The image holding this module's classes and dependencies (built with Jib). */
  public static final String IMAGE = "paas-cn-shanghai.cr.volces.com/argowf/examples:0.1.0";
  /** Training's pods on VCI, on a GPU instance family (VCI requires one for GPU pods). */
  static final VciPlacement GPU_ON_VCI = Vci.placement().burstToVci().instanceFamilies("vci.g1v").build();

  static final Argument SOURCE = argument("source", "s3://datasets/churn/2026-12");
  static final Argument SAMPLES = argument("samples", 400);
  static final Argument EPOCHS = argument("epochs", 60);
  static final Argument THRESHOLD = argument("accuracy-threshold", 0.8);

  private TrainingJavaSteps() {}

  /** @return the pipeline */
  public static Workflow workflow() {
    var collect = javaStep(CollectData.class).task("collect")
        .with(CollectData.In::source).expr(SOURCE)
        .with(CollectData.In::samples).expr(SAMPLES)
        .with(CollectData.In::seed).value(42L);
    var preprocess = javaStep(Preprocess.class).task("preprocess").dependsOn(collect)
        .with(Preprocess.In::raw).from(collect.output(CollectData.Out::raw))
        .with(Preprocess.In::testFraction).value(0.25);
    var train = javaStep(TrainModel.class)
        .requests(cpu("4"), memory("16Gi")).limits(new ResourceAmount("nvidia.com/gpu", Quantity.of("1")))
        .retry(retry(3).withRetryPolicy("Always").withBackoff(backoff("30s", 2, "10m")))
        .customize(GPU_ON_VCI.forTemplate())
        .task("train").dependsOn(preprocess)
        .with(TrainModel.In::train).from(preprocess.output(Preprocess.Out::train))
        .with(TrainModel.In::features).from(preprocess.output(Preprocess.Out::features))
        .with(TrainModel.In::epochs).expr(EPOCHS)
        .with(TrainModel.In::learningRate).value(0.5);
    var evaluate = javaStep(Evaluate.class).task("evaluate").dependsOn(train, preprocess)
        .with(Evaluate.In::model).from(train.output(TrainModel.Out::model))
        .with(Evaluate.In::test).from(preprocess.output(Preprocess.Out::test));
    var register = javaStep(RegisterModel.class).task("register").dependsOn(evaluate, train)
        .with(RegisterModel.In::model).from(train.output(TrainModel.Out::model))
        .with(RegisterModel.In::accuracy).from(evaluate.output(Evaluate.Out::accuracy))
        .with(RegisterModel.In::name).value("churn-classifier")
        .when(evaluate.output(Evaluate.Out::accuracy) + " > " + THRESHOLD);
    var report = steps("report-outcome")
        .then(javaStep(Report.class).step("report").with(Report.In::status).expr(expr("workflow.status")));

    return io.argowf.dsl.Argo.workflow().generateName("training-java-steps-")
        .arguments(SOURCE, SAMPLES, EPOCHS, THRESHOLD)
        .customize(JavaSteps.image(IMAGE))
        .onExit(report)
        .entrypoint(dag("pipeline").tasks(collect, preprocess, train, evaluate, register))
        .build();
  }
}
