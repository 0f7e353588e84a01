package io.argowf.examples.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.argowf.model.workflow.Template;
import io.argowf.model.workflow.Workflow;
import io.argowf.step.StepContext;
import io.argowf.step.spi.PodLayout;
import io.argowf.step.spi.StepClass;
import io.argowf.step.spi.StepOutputs;
import io.argowf.vci.Vci;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingJavaStepsTest {
  @TempDir Path dir;

  private static List<Template> javaSteps(Workflow wf) {
    return wf.spec().templates().stream().filter(t -> t.container() != null).toList();
  }

  @Test
  void everyJavaStepRunsTheEntryPointWithAStepClassOfThisModule() throws Exception {
    Workflow wf = TrainingJavaSteps.workflow();
    assertThat(javaSteps(wf)).extracting(Template::name)
        .containsExactly("collect-data", "preprocess", "train-model", "evaluate", "register-model", "report");
    for (Template t : javaSteps(wf)) {
      List<String> command = t.container().command();
      assertThat(command.subList(0, 4)).containsExactly("java", "-cp", "/app/resources:/app/classes:/app/libs/*",
          PodLayout.ENTRY_POINT);
      Class<?> step = Class.forName(command.get(4));
      assertThat(step.getPackageName()).isEqualTo("io.argowf.examples.training");
      assertThat(t.container().image()).isEqualTo(TrainingJavaSteps.IMAGE);
    }
  }

  @Test
  void trainingAsksForAGpuOnVciAndRetriesWithBackoff() {
    Template train = javaSteps(TrainingJavaSteps.workflow()).get(2);
    assertThat(train.container().resources().limits()).containsKey("nvidia.com/gpu");
    assertThat(train.metadata().annotations()).containsEntry("vci.vke.volcengine.com/preferred-instance-family", "vci.g1v");
    assertThat(train.retryStrategy().backoff().duration()).isEqualTo("30s");
    assertThat(Vci.lint(TrainingJavaSteps.workflow())).isEmpty();
  }

  @Test
  void theStepsChainedInProcessTrainAModelGoodEnoughToRegister() throws Exception {
    StepContext ctx = StepContext.of(dir);
    StepOutputs collected = StepClass.of(CollectData.class)
        .run(Map.of("source", "test", "samples", "400", "seed", "42"), Map.of(), ctx.withWorkDir(dir("collect")));
    StepOutputs prepared = StepClass.of(Preprocess.class)
        .run(Map.of("testFraction", "0.25"), Map.of("raw", collected.artifacts().get("raw")), ctx.withWorkDir(dir("prep")));
    assertThat(prepared.parameters().get("features")).isEqualTo("[\"f1\",\"f2\"]");
    StepOutputs trained = StepClass.of(TrainModel.class).run(Map.of("features", prepared.parameters().get("features"),
        "epochs", "60", "learningRate", "0.5"), Map.of("train", prepared.artifacts().get("train")), ctx.withWorkDir(dir("train")));
    StepOutputs evaluated = StepClass.of(Evaluate.class).run(Map.of(), Map.of("model", trained.artifacts().get("model"),
        "test", prepared.artifacts().get("test")), ctx.withWorkDir(dir("eval")));
    assertThat(Double.parseDouble(evaluated.parameters().get("accuracy"))).isGreaterThan(0.8);
    StepOutputs registered = StepClass.of(RegisterModel.class).run(Map.of("accuracy", evaluated.parameters().get("accuracy"),
        "name", "churn-classifier"), Map.of("model", trained.artifacts().get("model")), ctx.withWorkDir(dir("register")));
    assertThat(registered.parameters().get("uri")).matches("models:/churn-classifier/[0-9a-f]{12}");
  }

  private Path dir(String name) throws Exception {
    return Files.createDirectories(dir.resolve(name));
  }
}
