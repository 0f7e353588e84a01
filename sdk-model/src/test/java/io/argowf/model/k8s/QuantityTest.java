package io.argowf.model.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class QuantityTest {
  @ParameterizedTest
  @ValueSource(strings = {"1", "0", "500m", "0.5", ".5", "1.", "+2", "-1", "8Gi", "1Ki", "2Ei", "100n", "3u", "1k", "1E",
      "1e3", "1E-2", "1e+3", "2.5G", "0001", "7P"})
  void kubernetesQuantitiesParse(String text) {
    assertThat(Quantity.parse(text).toString()).isEqualTo(text);
    assertThat(Quantity.of(text).isValid()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"8GG", "abc", "1GB", "1K", "1Kib", "1 Gi", "1e", "1e1.5", "1.2.3", "", "1Gi ", "--1", "1m5",
      "1e99999999999"})
  void malformedQuantitiesAreRefusedWithTheExpectedForm(String text) {
    assertThatThrownBy(() -> Quantity.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text + "' is not a Kubernetes quantity")
        .hasMessageContaining("binary SI (Ki, Mi, Gi");
  }

  @Test
  void surroundingBlanksAreIgnoredAsKubernetesDecodingIgnoresThem() {
    assertThat(Quantity.of(" 1Gi ").isValid()).isTrue();
    assertThat(Quantity.of(" 1Gi ").amount()).isEqualByComparingTo("1073741824");
  }

  @Test
  void amountsAreInBaseUnits() {
    assertThat(Quantity.parse("500m").amount()).isEqualByComparingTo("0.5");
    assertThat(Quantity.parse("1.5Gi").amount()).isEqualByComparingTo("1610612736");
    assertThat(Quantity.parse("-2k").amount()).isEqualByComparingTo("-2000");
    assertThat(Quantity.parse(".5").amount()).isEqualByComparingTo("0.5");
    assertThat(Quantity.parse("1.").amount()).isEqualByComparingTo("1");
    assertThat(Quantity.parse("1E-2").amount()).isEqualByComparingTo("0.01");
    assertThat(Quantity.parse("3E").amount()).isEqualByComparingTo("3000000000000000000");
  }
}
